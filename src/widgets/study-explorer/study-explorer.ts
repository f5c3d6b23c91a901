import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OntrackElement } from '../../core/ontrack-element.js';
import type { LoadedPack as Loaded } from '../../content/load.js';
import type { LocalizedText } from '../../content/schema/common.js';
import {
  studySystemsPack,
  type StudyAxis,
  type StudyOption,
  type StudySystem,
  type StudySystemsPack,
} from '../../content/schema/study-systems.js';
import type { Answer, Answers } from '../../study-explorer/answers.js';
import { moveInGrid, type GridPosition } from '../../study-explorer/grid-nav.js';
import { loadProgress, saveProgress, type Progress } from '../../study-explorer/progress.js';
import { interestScores, rankByInterests, type Ranked } from '../../study-explorer/rank.js';
import { buildIndex, NO_FILTERS, search, type Filters, type SearchIndex } from '../../study-explorer/search.js';
import { readPlace, withPlace, type HistoryPlace } from '../../study-explorer/history.js';
import { decodeSummary, shareUrl } from '../../study-explorer/share.js';
import { studyExplorerStyles } from './study-explorer.styles.js';

type LoadedPack = Loaded<StudySystemsPack>;

const VIEWS = ['overview', 'interests', 'search', 'compare', 'parents', 'summary'] as const;
export type ExplorerView = (typeof VIEWS)[number];
const isView = (view: string): view is ExplorerView => (VIEWS as readonly string[]).includes(view);

/** A history record checked against the system: a view and an option it has. */
type Place = HistoryPlace & { view: ExplorerView };

/** Options a matrix cell lists before a "show all" button. */
const CELL_LIMIT = 5;
/** Search results shown at first, and added by "Show more". */
const PAGE = 20;
const MAX_COMPARE = 3;

/**
 * A study-choice explorer for pupils and their parents: the system's matrix
 * (domains × tracks per level) as a keyboard grid that becomes a list on a
 * phone, a one-question-per-screen interest questionnaire with ranked,
 * explained suggestions, search and filters, an option's page, a side-by-side
 * comparison, a plain-language view for parents, and a summary to print or
 * share as a link. Progress stays on the device; nothing is sent anywhere.
 *
 * The browser's back button (and a phone's back gesture) steps back through
 * the explorer: each move to another view and each option opened adds an
 * entry to the session history, with the same address, so the page's URL is
 * never rewritten. The explorer keeps its place under the
 * `ontrack-study-explorer` key of `history.state`, next to whatever the page
 * keeps there, with one record per element: by its `id` when it has one,
 * otherwise by its position among the page's explorers. A page that adds or
 * removes explorers after loading should give each an `id`. Set `no-history`
 * where the page's own script manages history.
 *
 * @summary Study-choice explorer.
 * @tag ontrack-study-explorer
 *
 * @csspart nav - The bar with the ways to explore.
 * @csspart matrix - The domains × tracks grid.
 * @csspart option - A button that opens an option.
 * @csspart question - The questionnaire's current question.
 * @csspart results - The list of suggestions or search results.
 * @csspart detail - An option's page.
 * @csspart compare - The comparison table.
 * @csspart summary - The summary to print or share.
 * @cssproperty --ontrack-study-explorer-cell-min - Narrowest matrix column (default 9rem).
 */
export class OntrackStudyExplorer extends OntrackElement<StudySystemsPack> {
  static override styles = [...OntrackElement.styles, studyExplorerStyles];

  protected override readonly packSchema = studySystemsPack;

  /** Id of the study system to show; the first in the pack when empty. */
  @property() system = '';

  /** Level of the widget's headings, to fit the page's outline (2–5). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Leave the browser's history alone: the back button then leaves the page, as it does without the explorer. */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  @state() private view: ExplorerView = 'overview';
  /** Id of the option whose page is open. */
  @state() private detail = '';
  /** Level shown in the matrix. */
  @state() private level = '';
  @state() private filters: Filters = NO_FILTERS;
  @state() private shown = PAGE;
  @state() private progress: Progress = { answers: {}, step: 0, shortlist: [], compare: [] };
  @state() private copied = false;

  #current?: StudySystem;
  #index?: SearchIndex;
  #scoresFor?: Answers;
  #scores = new Map<string, Ranked>();
  #results: StudyOption[] = [];
  #grid: GridPosition = { row: 0, col: 0, item: 0 };
  #restoredFromLink = false;
  /** Whether the place was taken from, and written to, the current history entry yet. */
  #historySynced = false;
  /**
   * What to focus once the next update is rendered: the first selector that
   * matches a visible element (the matrix exists twice, as a table and as a
   * phone's list, and only one of them is shown).
   */
  #focusNext?: string | string[];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('popstate', this.#onPopState);
  }

  #onHashChange = () => {
    // Following a shared link made a history entry of its own: it records the summary.
    if (this.#current && this.#restoreFromLink(this.#current)) this.#writePlace('replace');
  };

  /** Back or forward to an entry: the explorer returns to the place recorded there. */
  #onPopState = (e: PopStateEvent) => {
    if (this.noHistory || !this.#current) return;
    const place = this.#placeIn(e.state, this.#current);
    // An entry without a record was added by the page or another widget while
    // the explorer stayed where it is.
    if (place) this.#returnTo(place);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.content.value;
    const system = loaded ? (this.system ? this.find(loaded.pack.studySystems, this.system, 'system') : loaded.pack.studySystems[0]) : undefined;
    if (system !== this.#current) {
      this.#current = system;
      this.#index = system ? buildIndex(system.options) : undefined;
      this.#scoresFor = undefined;
      if (system) {
        this.progress = loadProgress(system.id);
        this.level = system.levels[0].id;
        this.detail = '';
        if (!this.#restoredFromLink) this.#restoreFromLink(system);
        if (!this.#historySynced) this.#syncHistory(system);
      }
    }
    if (!system || !this.#index) return;
    if (this.#scoresFor !== this.progress.answers) {
      this.#scoresFor = this.progress.answers;
      this.#scores = interestScores(system.options, system.questions, this.progress.answers);
    }
    if (this.view === 'search') this.#results = search(this.#index, this.filters, this.#scores);
  }

  /** A shared link for this system (`#ontrack-study=…`) opens its summary. */
  #restoreFromLink(system: StudySystem): boolean {
    const shared = decodeSummary(location.hash);
    if (!shared || shared.system !== system.id) return false;
    this.#restoredFromLink = true;
    const known = new Set(system.options.map((o) => o.id));
    const questions = new Set(system.questions.map((q) => q.id));
    const answers = Object.fromEntries(Object.entries(shared.answers).filter(([id]) => questions.has(id)));
    this.#save({
      ...this.progress,
      answers,
      step: system.questions.length,
      shortlist: shared.shortlist.filter((id) => known.has(id)),
    });
    this.detail = '';
    this.view = 'summary';
    return true;
  }

  // --------------------------------------------------------------- history

  /** This element's record in `history.state`: its `id`, or its position among the explorers of its document or shadow root. */
  #historyKey(): string {
    if (this.id) return `id:${this.id}`;
    const all = [...(this.getRootNode() as ParentNode).querySelectorAll(this.localName)];
    return `nth:${Math.max(0, all.indexOf(this))}`;
  }

  /** The place recorded in a history state, made safe for this system (a view it has, an option it has). */
  #placeIn(state: unknown, system: StudySystem): Place | undefined {
    const place = readPlace(state, this.#historyKey());
    if (!place) return undefined;
    const view = isView(place.view) && (place.view !== 'interests' || system.questions.length) ? place.view : 'overview';
    const detail = system.options.some((o) => o.id === place.detail) ? place.detail : '';
    return { view, detail, back: place.back && detail === place.detail };
  }

  /**
   * On the first render with content: a reload, or a return from another
   * page, finds the place recorded in the current entry; otherwise the
   * current entry records where the explorer starts. A shared link wins over
   * a recorded place. Never a new entry: nothing happened yet.
   */
  #syncHistory(system: StudySystem) {
    this.#historySynced = true;
    if (this.noHistory) return;
    const saved = this.#restoredFromLink ? undefined : this.#placeIn(history.state, system);
    if (saved) this.#show(saved.view, saved.detail);
    else this.#writePlace('replace');
  }

  /** Shows a view, or an option's page on it (`detail`). */
  #show(view: ExplorerView, detail: string) {
    this.view = view;
    this.detail = detail;
    this.copied = false;
  }

  /**
   * Writes the explorer's place into the current entry (`replace`) or into a
   * new one (`push`), merged with what the page keeps in `history.state`.
   * No address is passed, so the page's URL stays as it is.
   */
  #writePlace(how: 'push' | 'replace', back = false) {
    if (this.noHistory) return;
    const state = withPlace(history.state, this.#historyKey(), { view: this.view, detail: this.detail, back }, how === 'push');
    if (!state) return;
    if (how === 'push') history.pushState(state, '');
    else history.replaceState(state, '');
  }

  /**
   * A move the visitor asked for: to another view, or to an option's page
   * (`back`: closing it can step back to where it was opened from). Adds a
   * history entry, unless nothing changes.
   */
  #moveTo(view: ExplorerView, detail: string, back = false) {
    if (view === this.view && detail === this.detail) return;
    if (!this.noHistory) {
      // The current entry may lack a record (the page replaced its state, or
      // added an entry of its own): write where the explorer is before
      // leaving, so coming back to it finds this place.
      const recorded = readPlace(history.state, this.#historyKey());
      if (recorded?.view !== this.view || recorded.detail !== this.detail) this.#writePlace('replace');
    }
    this.#show(view, detail);
    this.#writePlace('push', back);
  }

  /** After back or forward: show the recorded place and put focus where the visitor continues. */
  #returnTo(place: Place) {
    const from = { view: this.view, detail: this.detail };
    if (place.view === from.view && place.detail === from.detail) return;
    this.#show(place.view, place.detail);
    if (place.detail) this.#focusNext = '#detail-title';
    else if (from.detail && place.view === from.view) this.#focusNext = this.#optionButton(from.detail);
    else this.#focusNext = `.nav [data-view="${place.view}"]`;
  }

  /** Where focus goes when an option's page closes: its button in the view, else the view's first button, else the view's own button in the nav. */
  #optionButton(id: string): string[] {
    const quoted = CSS.escape(id);
    return [`.view [data-id="${quoted}"] .option`, `.view .option[data-id="${quoted}"]`, '.view button', `.nav [data-view="${this.view}"]`];
  }

  protected override hasContent(): boolean {
    return (this.#current?.options.length ?? 0) > 0;
  }

  protected override loadingMessage(): string {
    return msg('Loading study options…');
  }

  protected override emptyMessage(): string {
    return msg('There are no study options to show here yet.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusNext) {
      for (const selector of [this.#focusNext].flat()) {
        const target = [...this.renderRoot.querySelectorAll<HTMLElement>(selector)].find((el) => el.getClientRects().length > 0);
        if (target) {
          target.focus();
          break;
        }
      }
      this.#focusNext = undefined;
    }
  }

  #save(progress: Progress) {
    this.progress = progress;
    if (this.#current) saveProgress(this.#current.id, progress);
  }

  /** A heading `level` steps below the widget's own; with an `id`, a focus target. */
  #heading(level: number, content: unknown, id?: string) {
    const aria = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3) + level);
    return html`<p role="heading" aria-level=${aria} class="heading h${level}" id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>${content}</p>`;
  }

  #name(text: LocalizedText, loaded: LoadedPack): string {
    return this.pick(text, loaded).text;
  }

  #axis(list: readonly StudyAxis[], id: string): StudyAxis | undefined {
    return list.find((a) => a.id === id);
  }

  #list(items: string[]): string {
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
  }

  #number(n: number): string {
    return new Intl.NumberFormat(this.locale).format(n);
  }

  protected override renderReady(loaded: LoadedPack): unknown {
    const system = this.#current!;
    const option = this.detail ? system.options.find((o) => o.id === this.detail) : undefined;
    return html`<div class="explorer">
      ${this.#heading(0, this.text(system.name, loaded))}
      ${this.#renderNav(system)}
      <div class="view">${option ? this.#renderDetail(system, option, loaded) : this.#renderView(system, loaded)}</div>
      ${this.#renderSummary(system, loaded)}
    </div>`;
  }

  #renderNav(system: StudySystem) {
    const compare = this.progress.compare.length;
    const items: [ExplorerView, string][] = [
      ['overview', msg('Overview')],
      ...(system.questions.length ? [['interests', msg('Your interests')] as [ExplorerView, string]] : []),
      ['search', msg('Search')],
      ['compare', compare ? `${msg('Compare')} (${this.#number(compare)})` : msg('Compare')],
      ['parents', msg('For parents')],
      ['summary', msg('Summary')],
    ];
    return html`<nav part="nav" class="nav" aria-label=${msg('Ways to explore')}>
      <ul role="list">
        ${items.map(
          ([view, label]) => html`<li>
            <button
              type="button"
              data-view=${view}
              aria-current=${this.view === view && !this.detail ? 'true' : 'false'}
              @click=${() => this.#moveTo(view, '')}
            >${label}</button>
          </li>`,
        )}
      </ul>
    </nav>`;
  }

  #renderView(system: StudySystem, loaded: LoadedPack): unknown {
    switch (this.view) {
      case 'interests':
        return this.#renderInterests(system, loaded);
      case 'search':
        return this.#renderSearch(system, loaded);
      case 'compare':
        return this.#renderCompare(system, loaded);
      case 'parents':
        return this.#renderParents(system, loaded);
      case 'summary':
        return nothing;
      default:
        return this.#renderOverview(system, loaded);
    }
  }

  // ---------------------------------------------------------------- matrix

  /** Options per cell of the matrix at the chosen level: [domain][track]. */
  #cells(system: StudySystem): StudyOption[][][] {
    const cells = system.domains.map(() => system.tracks.map(() => [] as StudyOption[]));
    const row = new Map(system.domains.map((d, i) => [d.id, i]));
    const col = new Map(system.tracks.map((t, i) => [t.id, i]));
    for (const o of system.options) {
      if (!o.levels.includes(this.level)) continue;
      cells[row.get(o.domain)!][col.get(o.track)!].push(o);
    }
    return cells;
  }

  #renderOverview(system: StudySystem, loaded: LoadedPack) {
    const cells = this.#cells(system);
    const level = this.#axis(system.levels, this.level);
    const stops = cells.map((row) => row.map((c) => Math.min(c.length, CELL_LIMIT) + (c.length > CELL_LIMIT ? 1 : 0)));
    const pos = this.#grid;
    const isStop = (r: number, c: number, i: number) => r === pos.row && c === pos.col && i === pos.item;
    const caption = level ? this.#name(level.name, loaded) : '';
    return html`<div class="overview">
      ${system.levels.length > 1
        ? html`<p class="field level">
            <label for="level">${msg('Grade')}</label>
            <select id="level" @change=${(e: Event) => this.#chooseLevel((e.target as HTMLSelectElement).value)}>
              ${system.levels.map((l) => html`<option value=${l.id} ?selected=${l.id === this.level}>${this.#name(l.name, loaded)}</option>`)}
            </select>
          </p>`
        : nothing}
      ${level?.explain ? html`<p class="explain">${this.text(level.explain, loaded)}</p>` : nothing}
      <div class="matrix-wrap">
        <table part="matrix" class="matrix" role="grid" aria-label=${caption} @keydown=${(e: KeyboardEvent) => this.#gridKey(e, stops)} @focusin=${this.#gridFocus}>
          <thead>
            <tr>
              <th scope="col">${msg('Domain')}</th>
              ${system.tracks.map((t) => html`<th scope="col">${this.text(t.name, loaded)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${system.domains.map(
              (d, r) => html`<tr>
                <th scope="row">${this.text(d.name, loaded)}</th>
                ${system.tracks.map((t, c) => {
                  const list = cells[r][c];
                  const empty = list.length === 0;
                  return html`<td data-stop=${empty ? `${r}-${c}-0` : nothing} tabindex=${empty ? (isStop(r, c, 0) ? 0 : -1) : nothing}>
                    ${list.slice(0, CELL_LIMIT).map(
                      (o, i) => html`<button type="button" part="option" class="option" data-id=${o.id} data-stop="${r}-${c}-${i}" tabindex=${isStop(r, c, i) ? 0 : -1} @click=${() => this.#open(o.id)}>${this.text(o.name, loaded)}</button>`,
                    )}
                    ${list.length > CELL_LIMIT
                      ? html`<button type="button" class="more" data-stop="${r}-${c}-${CELL_LIMIT}" tabindex=${isStop(r, c, CELL_LIMIT) ? 0 : -1} @click=${() => this.#searchCell(d.id, t.id)}>${msg(str`Show all ${this.#number(list.length)}`)}</button>`
                      : nothing}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="matrix-list">
        ${system.domains.map((d, r) => {
          const tracks = system.tracks.map((t, c) => [t, cells[r][c]] as const).filter(([, list]) => list.length);
          if (!tracks.length) return nothing;
          return html`<section class="domain">
            ${this.#heading(1, this.text(d.name, loaded))}
            ${tracks.map(
              ([t, list]) => html`<p class="track-name">${this.text(t.name, loaded)}</p>
                <ul role="list" class="chips">
                  ${list.slice(0, CELL_LIMIT).map((o) => html`<li><button type="button" class="option" data-id=${o.id} @click=${() => this.#open(o.id)}>${this.text(o.name, loaded)}</button></li>`)}
                  ${list.length > CELL_LIMIT
                    ? html`<li><button type="button" class="more" @click=${() => this.#searchCell(d.id, t.id)}>${msg(str`Show all ${this.#number(list.length)}`)}</button></li>`
                    : nothing}
                </ul>`,
            )}
          </section>`;
        })}
      </div>
    </div>`;
  }

  #chooseLevel(level: string) {
    this.level = level;
    this.#grid = { row: 0, col: 0, item: 0 };
  }

  #gridFocus = (e: FocusEvent) => {
    const stop = (e.target as HTMLElement).dataset?.stop;
    if (!stop) return;
    const [row, col, item] = stop.split('-').map(Number);
    this.#moveStop({ row, col, item });
  };

  #gridKey(e: KeyboardEvent, stops: number[][]) {
    const next = moveInGrid(stops, this.#grid, e.key, { ctrl: e.ctrlKey || e.metaKey, rtl: this.direction === 'rtl' });
    if (!next) return;
    e.preventDefault();
    this.#moveStop(next);
    this.renderRoot.querySelector<HTMLElement>(`[data-stop="${next.row}-${next.col}-${next.item}"]`)?.focus();
  }

  /** Roving tabindex: exactly one stop of the grid is in the tab order. */
  #moveStop(next: GridPosition) {
    const { row, col, item } = this.#grid;
    this.renderRoot.querySelector(`[data-stop="${row}-${col}-${item}"]`)?.setAttribute('tabindex', '-1');
    this.#grid = next;
    this.renderRoot.querySelector(`[data-stop="${next.row}-${next.col}-${next.item}"]`)?.setAttribute('tabindex', '0');
  }

  #searchCell(domain: string, track: string) {
    this.filters = { ...NO_FILTERS, domain, track, level: this.level };
    this.shown = PAGE;
    this.#moveTo('search', '');
    this.#focusNext = '#query';
  }

  // --------------------------------------------------------- questionnaire

  #renderInterests(system: StudySystem, loaded: LoadedPack) {
    const questions = system.questions;
    const step = Math.min(this.progress.step, questions.length);
    if (step >= questions.length) return this.#renderSuggestions(system, loaded);
    const q = questions[step];
    const answer = this.progress.answers[q.id];
    const choices: [Answer, string][] = [
      ['yes', msg('Yes')],
      ['bit', msg('A bit')],
      ['no', msg('No')],
    ];
    return html`<section part="question" class="question">
      <p class="step">${msg(str`Question ${this.#number(step + 1)} of ${this.#number(questions.length)}`)}</p>
      <progress max=${questions.length} value=${step} aria-hidden="true"></progress>
      <fieldset>
        <legend class="question-text" id="question" tabindex="-1">${this.text(q.text, loaded)}</legend>
        <div class="answers">
          ${choices.map(
            ([value, label]) => html`<button type="button" class="answer" data-answer=${value} aria-pressed=${answer === value ? 'true' : 'false'} @click=${() => this.#answer(q.id, value, questions.length)}>${label}</button>`,
          )}
        </div>
      </fieldset>
      <p class="steps">
        <button type="button" class="back" ?disabled=${step === 0} @click=${() => this.#step(step - 1)}>${msg('Back')}</button>
        <button type="button" class="skip" @click=${() => this.#step(step + 1)}>${msg('Skip')}</button>
      </p>
    </section>`;
  }

  #answer(id: string, answer: Answer, total: number) {
    this.#save({ ...this.progress, answers: { ...this.progress.answers, [id]: answer }, step: Math.min(total, this.progress.step + 1) });
    this.#focusNext = '#question, #suggestions';
  }

  #step(step: number) {
    this.#save({ ...this.progress, step: Math.max(0, step) });
    this.#focusNext = '#question, #suggestions';
  }

  #interestsChosen(system: StudySystem, loaded: LoadedPack): string[] {
    return system.questions
      .filter((q) => this.progress.answers[q.id] === 'yes' || this.progress.answers[q.id] === 'bit')
      .map((q) => this.#name(q.interest, loaded));
  }

  #renderSuggestions(system: StudySystem, loaded: LoadedPack) {
    const ranked = rankByInterests(system.options, system.questions, this.progress.answers).slice(0, 10);
    const interestOf = new Map(system.questions.map((q) => [q.id, q.interest]));
    return html`<section class="suggestions">
      ${this.#heading(1, msg('Suggestions for you'), 'suggestions')}
      ${ranked.length
        ? html`<ol part="results" class="results" role="list">
            ${ranked.map(
              (r) => html`<li class="result" data-id=${r.option.id}>
                ${this.#renderCardBody(system, r.option, loaded)}
                <p class="why">${msg(str`Why: ${this.#list(r.reasons.map((id) => this.#name(interestOf.get(id)!, loaded)))}`)}</p>
              </li>`,
            )}
          </ol>`
        : html`<p class="notice">${msg('Answer a few questions to get suggestions.')}</p>`}
      <p class="steps">
        <button type="button" class="back" @click=${() => this.#step(system.questions.length - 1)}>${msg('Back')}</button>
        <button type="button" class="restart" @click=${() => this.#save({ ...this.progress, answers: {}, step: 0 })}>${msg('Start again')}</button>
      </p>
    </section>`;
  }

  // ----------------------------------------------------- search and cards

  #renderSearch(system: StudySystem, loaded: LoadedPack) {
    const f = this.filters;
    const set = (patch: Partial<Filters>) => {
      this.filters = { ...this.filters, ...patch };
      this.shown = PAGE;
    };
    const select = (id: keyof Filters, label: string, list: readonly StudyAxis[]) => html`<p class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => set({ [id]: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!f[id]}>${msg('All')}</option>
        ${list.map((a) => html`<option value=${a.id} ?selected=${f[id] === a.id}>${this.#name(a.name, loaded)}</option>`)}
      </select>
    </p>`;
    const results = this.#results;
    return html`<section class="search">
      <div class="filters" role="search">
        <p class="field query">
          <label for="query">${msg('Search')}</label>
          <input id="query" type="search" autocomplete="off" .value=${f.query} @input=${(e: Event) => set({ query: (e.target as HTMLInputElement).value })} />
        </p>
        ${select('domain', msg('Domain'), system.domains)}
        ${select('track', msg('Track'), system.tracks)}
        ${system.levels.length > 1 ? select('level', msg('Grade'), system.levels) : nothing}
        <p class="field">
          <label for="place">${msg('School or place')}</label>
          <input id="place" type="search" autocomplete="off" .value=${f.place} @input=${(e: Event) => set({ place: (e.target as HTMLInputElement).value })} />
        </p>
      </div>
      <p class="count" role="status">${msg(str`Options found: ${this.#number(results.length)}`)}</p>
      <ul part="results" class="results" role="list">
        ${results.slice(0, this.shown).map((o) => html`<li class="result" data-id=${o.id}>${this.#renderCardBody(system, o, loaded)}</li>`)}
      </ul>
      ${results.length > this.shown
        ? html`<p><button type="button" class="show-more" @click=${() => this.#showMore()}>${msg('Show more')}</button></p>`
        : nothing}
    </section>`;
  }

  #showMore() {
    const first = this.shown;
    this.shown += PAGE;
    this.#focusNext = `.results > li:nth-child(${first + 1}) .option`;
  }

  #meta(system: StudySystem, o: StudyOption, loaded: LoadedPack): string {
    const domain = this.#axis(system.domains, o.domain);
    const track = this.#axis(system.tracks, o.track);
    const levels = o.levels.map((id) => this.#axis(system.levels, id)).filter((l) => l !== undefined);
    return [domain, track].map((a) => (a ? this.#name(a.name, loaded) : '')).concat(this.#list(levels.map((l) => this.#name(l.name, loaded)))).filter(Boolean).join(' · ');
  }

  #renderCardBody(system: StudySystem, o: StudyOption, loaded: LoadedPack) {
    return html`<p class="card-title"><button type="button" part="option" class="option link" data-id=${o.id} @click=${() => this.#open(o.id)}>${this.text(o.name, loaded)}</button></p>
      <p class="meta">${this.#meta(system, o, loaded)}</p>
      <p class="learn">${this.text(o.learn, loaded)}</p>
      ${this.#renderToggles(o)}`;
  }

  #renderToggles(o: StudyOption) {
    const listed = this.progress.shortlist.includes(o.id);
    const compared = this.progress.compare.includes(o.id);
    const full = this.progress.compare.length >= MAX_COMPARE && !compared;
    return html`<p class="toggles">
      <button type="button" class="toggle shortlist" aria-pressed=${listed ? 'true' : 'false'} @click=${() => this.#toggle('shortlist', o.id)}>
        <span class="tick" aria-hidden="true">${listed ? '✓' : '+'}</span>${msg('Shortlist')}
      </button>
      <button type="button" class="toggle compare" aria-pressed=${compared ? 'true' : 'false'} ?disabled=${full} @click=${() => this.#toggle('compare', o.id)}>
        <span class="tick" aria-hidden="true">${compared ? '✓' : '+'}</span>${msg('Compare')}
      </button>
    </p>`;
  }

  #toggle(list: 'shortlist' | 'compare', id: string) {
    const current = this.progress[list];
    const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
    this.#save({ ...this.progress, [list]: list === 'compare' ? next.slice(0, MAX_COMPARE) : next });
  }

  // ----------------------------------------------------------- detail page

  #open(id: string) {
    this.#moveTo(this.view, id, true);
    this.#focusNext = '#detail-title';
  }

  /**
   * The option page's own Back button. When the current entry is the one
   * opening this option added, closing steps back in history, as the
   * browser's back button would: a "close" entry on top would make the next
   * back press reopen the option the visitor just closed, and history would
   * grow with every option looked at. The page closes at once; the popstate
   * that follows finds the explorer already in the recorded place. Otherwise
   * (history off, or the entry is not that one, e.g. the page added one of its
   * own since), closing is a move like any other: a new entry.
   */
  #close() {
    const id = this.detail;
    const recorded = this.noHistory ? undefined : readPlace(history.state, this.#historyKey());
    const stepBack = recorded?.back === true && recorded.detail === id && recorded.view === this.view;
    if (stepBack) {
      this.#show(this.view, '');
      history.back();
    } else {
      this.#moveTo(this.view, '');
    }
    this.#focusNext = this.#optionButton(id);
  }

  #renderDetail(system: StudySystem, o: StudyOption, loaded: LoadedPack) {
    const list = (items: LocalizedText[]) => html`<ul>${items.map((t) => html`<li>${this.text(t, loaded)}</li>`)}</ul>`;
    return html`<article part="detail" class="detail" data-id=${o.id}>
      <p><button type="button" class="back" @click=${() => this.#close()}><span class="arrow" aria-hidden="true">←</span> ${msg('Back')}</button></p>
      ${this.#heading(1, this.text(o.name, loaded), 'detail-title')}
      <p class="meta">${this.#meta(system, o, loaded)}</p>
      ${this.#renderToggles(o)}
      ${this.#heading(2, msg('What you learn'))}
      <p>${this.text(o.learn, loaded)}</p>
      ${o.subjects.length ? html`${this.#heading(2, msg('Subjects'))}${list(o.subjects)}` : nothing}
      ${o.studies.length || o.jobs.length
        ? html`${this.#heading(2, msg('Where it leads'))}
            ${o.studies.length ? html`<p class="sub">${msg('Further studies')}</p>${list(o.studies)}` : nothing}
            ${o.jobs.length ? html`<p class="sub">${msg('Jobs')}</p>${list(o.jobs)}` : nothing}`
        : nothing}
      ${o.schools.length
        ? html`${this.#heading(2, msg('Schools'))}
            <ul class="schools">
              ${o.schools.map((s) => {
                const url = this.link(s.url, loaded);
                return html`<li>${url ? html`<a href=${url} rel="noopener">${s.name}</a>` : s.name}, ${s.place}</li>`;
              })}
            </ul>`
        : nothing}
    </article>`;
  }

  // --------------------------------------------------------------- compare

  #renderCompare(system: StudySystem, loaded: LoadedPack) {
    const chosen = this.progress.compare.map((id) => system.options.find((o) => o.id === id)).filter((o) => o !== undefined);
    if (chosen.length < 2) {
      return html`<p class="notice">${msg('Choose two or three options to compare.')}</p>`;
    }
    const row = (label: string, cell: (o: StudyOption) => unknown) => html`<tr>
      <th scope="row">${label}</th>
      ${chosen.map((o) => html`<td>${cell(o)}</td>`)}
    </tr>`;
    const axis = (list: readonly StudyAxis[], id: string) => {
      const a = this.#axis(list, id);
      return a ? this.text(a.name, loaded) : nothing;
    };
    const items = (texts: LocalizedText[]) => html`<ul>${texts.map((t) => html`<li>${this.text(t, loaded)}</li>`)}</ul>`;
    return html`<div class="compare-wrap" role="region" aria-label=${msg('Compare')} tabindex="0">
      <table part="compare" class="compare">
        <thead>
          <tr>
            <td></td>
            ${chosen.map((o) => html`<th scope="col"><button type="button" part="option" class="option link" data-id=${o.id} @click=${() => this.#open(o.id)}>${this.text(o.name, loaded)}</button></th>`)}
          </tr>
        </thead>
        <tbody>
          ${row(msg('Domain'), (o) => axis(system.domains, o.domain))}
          ${row(msg('Track'), (o) => axis(system.tracks, o.track))}
          ${row(msg('Grade'), (o) => this.#list(o.levels.map((id) => this.#axis(system.levels, id)).filter((l) => l !== undefined).map((l) => this.#name(l.name, loaded))))}
          ${row(msg('What you learn'), (o) => this.text(o.learn, loaded))}
          ${row(msg('Where it leads'), (o) => items([...o.studies, ...o.jobs]))}
          ${row(msg('Schools'), (o) => html`<ul>${o.schools.map((s) => html`<li>${s.name}, ${s.place}</li>`)}</ul>`)}
        </tbody>
        <tfoot>
          <tr>
            <td></td>
            ${chosen.map((o) => html`<td>${this.#renderToggles(o)}</td>`)}
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  // --------------------------------------------------------------- parents

  #renderParents(system: StudySystem, loaded: LoadedPack) {
    const axes = (label: string, list: readonly StudyAxis[]) => html`${this.#heading(1, label)}
      <dl class="axes">
        ${list.map((a) => html`<dt>${this.text(a.name, loaded)}</dt><dd>${a.explain ? this.text(a.explain, loaded) : nothing}</dd>`)}
      </dl>`;
    return html`<section class="parents">
      ${system.guide.map((p) => html`<p>${this.text(p, loaded)}</p>`)}
      ${axes(msg('Grade'), system.levels)}
      ${axes(msg('Track'), system.tracks)}
      ${axes(msg('Domain'), system.domains)}
    </section>`;
  }

  // --------------------------------------------------------------- summary

  #shareLink(system: StudySystem): string {
    return shareUrl(location.href, {
      system: system.id,
      answers: this.progress.answers,
      shortlist: this.progress.shortlist,
    });
  }

  #renderSummary(system: StudySystem, loaded: LoadedPack): TemplateResult {
    const on = this.view === 'summary' && !this.detail;
    const interests = this.#interestsChosen(system, loaded);
    const shortlist = this.progress.shortlist.map((id) => system.options.find((o) => o.id === id)).filter((o) => o !== undefined);
    const none = html`<p class="none">${msg('Nothing chosen yet.')}</p>`;
    return html`<section part="summary" class="summary ${on ? '' : 'off'}">
      ${this.#heading(1, msg('Summary'))}
      ${this.#heading(2, msg('Your interests'))}
      ${interests.length ? html`<ul class="interests">${interests.map((i) => html`<li>${i}</li>`)}</ul>` : none}
      ${this.#heading(2, msg('Shortlist'))}
      ${shortlist.length
        ? html`<ul class="shortlisted">${shortlist.map((o) => html`<li data-id=${o.id}><strong>${this.text(o.name, loaded)}</strong> (${this.#meta(system, o, loaded)})</li>`)}</ul>`
        : none}
      ${system.askSchool.length
        ? html`${this.#heading(2, msg('Questions to ask the school'))}
            <ul class="ask">${system.askSchool.map((q) => html`<li>${this.text(q, loaded)}</li>`)}</ul>`
        : nothing}
      ${on ? this.#renderShare(system) : nothing}
    </section>`;
  }

  #renderShare(system: StudySystem) {
    return html`<div class="tools">
      <p><button type="button" class="print" @click=${() => window.print()}>${msg('Print')}</button></p>
      <p class="field share">
        <label for="share">${msg('Link to share')}</label>
        <input id="share" type="text" readonly .value=${this.#shareLink(system)} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      </p>
      <p>
        <button type="button" class="copy" @click=${() => this.#copy(system)}>${msg('Copy link')}</button>
        <span role="status" class="copied">${this.copied ? msg('Link copied.') : ''}</span>
      </p>
    </div>`;
  }

  async #copy(system: StudySystem) {
    try {
      await navigator.clipboard.writeText(this.#shareLink(system));
      this.copied = true;
    } catch {
      // Clipboard blocked: select the link so it can be copied by hand.
      const input = this.renderRoot.querySelector<HTMLInputElement>('#share');
      input?.focus();
      input?.select();
    }
  }
}
