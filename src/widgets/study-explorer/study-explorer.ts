import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { OntrackElement } from '../../core/ontrack-element.js';
import { reserveStyles } from '../../core/reserve.styles.js';
import { FocusController } from '../../core/controllers/focus.controller.js';
import { RovingGridController } from '../../core/controllers/roving-grid.controller.js';
import { formatNumber, listFormat } from '../../core/lib/intl.js';
import type { LoadedPack as Loaded } from '../../content/load.js';
import { studySystemsPack, type StudyOption, type StudySystem, type StudySystemsPack } from '../../content/schema/study-systems.js';
import type { Answer, Answers } from './logic/answers.js';
import { toggled } from './logic/progress.js';
import { interestScores, rankByInterests, type Ranked } from './logic/rank.js';
import { buildIndex, NO_FILTERS, search, type Filters, type SearchIndex } from './logic/search.js';
import { restoredProgress } from './logic/share.js';
import { PAGE, type ExplorerView, type Place } from './logic/views.js';
import type { ExplorerContext } from './internal/context.js';
import { compareView, parentsView } from './internal/compare.view.js';
import { interestsView } from './internal/interests.view.js';
import { navView } from './internal/nav.view.js';
import { detailView, searchView } from './internal/options.view.js';
import { overviewView } from './internal/overview.view.js';
import { ExplorerPlaceController } from './internal/place.controller.js';
import { ProgressController } from './internal/progress.controller.js';
import { ShareController } from './internal/share.controller.js';
import { summaryView } from './internal/summary.view.js';
import { studyExplorerStyles } from './study-explorer.styles.js';

type LoadedPack = Loaded<StudySystemsPack>;

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
 * where the page's own script manages history. Where the browser refuses a
 * history write (Safari allows 100 in 10 seconds), that step simply adds no
 * entry.
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
  static override styles = [...OntrackElement.styles, reserveStyles('ontrack-study-explorer'), studyExplorerStyles];

  protected override readonly packSchema = studySystemsPack;

  /** Id of the study system to show; the first in the pack when empty. */
  @property() system = '';

  /**
   * Level of the widget's title (2–6); the headings inside it are one or two
   * levels below. Default: one below the nearest heading before the widget on
   * the page (an `<h1>` then the explorer: 2), else 3.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Leave the browser's history alone: the back button then leaves the page, as it does without the explorer. */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  @state() private view: ExplorerView = 'overview';
  /** Id of the option whose page is open. */
  @state() private detail = '';
  /** Level shown in the matrix. */
  @state() private level = '';
  @state() private filters: Filters = NO_FILTERS;
  @state() private shown = PAGE;

  readonly #progress = new ProgressController(this);
  readonly #focus = new FocusController(this);
  readonly #grid = new RovingGridController(this, { rtl: () => this.direction === 'rtl' });
  readonly #share = new ShareController(this, () => this.#linkFollowed());
  readonly #place = new ExplorerPlaceController(this, {
    system: () => this.#current,
    current: () => ({ view: this.view, detail: this.detail }),
    returnTo: (place) => this.#returnTo(place),
  });

  #current?: StudySystem;
  #index?: SearchIndex;
  #scoresFor?: Answers;
  #scores = new Map<string, Ranked>();
  #results: StudyOption[] = [];
  #ranked: Ranked[] = [];
  #restoredFromLink = false;
  #started = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.content.value;
    const system = loaded ? (this.system ? this.find(loaded.pack.studySystems, this.system, 'system') : loaded.pack.studySystems[0]) : undefined;
    if (system !== this.#current) {
      this.#current = system;
      this.#index = system ? buildIndex(system.options) : undefined;
      this.#scoresFor = undefined;
      if (system) this.#start(system);
    }
    if (!system || !this.#index) return;
    const { answers } = this.#progress.value;
    if (this.#scoresFor !== answers) {
      this.#scoresFor = answers;
      this.#scores = interestScores(system.options, system.questions, answers);
    }
    if (this.view === 'search') this.#results = search(this.#index, this.filters, this.#scores);
    if (this.view === 'interests') this.#ranked = rankByInterests(system.options, system.questions, answers).slice(0, 10);
  }

  /**
   * A system to show: its stored progress; on the first one, a shared link
   * (which wins) or the place recorded in the current history entry (a
   * reload, a return from another page). Only reads here: what must be
   * written (the restored progress, the starting place) is written by the
   * controllers once this update is done. Never a new entry: nothing
   * happened yet.
   */
  #start(system: StudySystem) {
    this.#progress.load(system.id);
    this.level = system.levels[0].id;
    this.detail = '';
    if (!this.#restoredFromLink) this.#restoreFromLink(system);
    if (this.#started) return;
    this.#started = true;
    const saved = this.#restoredFromLink ? undefined : this.#place.recorded();
    if (saved) this.#show(saved.view, saved.detail);
    else this.#place.recordAfterUpdate();
  }

  /** A shared link for this system (`#ontrack-study=…`) opens its summary. */
  #restoreFromLink(system: StudySystem): boolean {
    const restored = restoredProgress(this.#share.fromAddress(), system, this.#progress.value);
    if (!restored) return false;
    this.#restoredFromLink = true;
    this.#progress.set(restored);
    this.#show('summary', '');
    return true;
  }

  /** Following a shared link made a history entry of its own: it records the summary. */
  #linkFollowed() {
    if (this.#current && this.#restoreFromLink(this.#current)) this.#place.recordAfterUpdate();
  }

  /** Shows a view, or an option's page on it (`detail`). */
  #show(view: ExplorerView, detail: string) {
    this.view = view;
    this.detail = detail;
    this.#share.reset();
  }

  /**
   * A move the visitor asked for: to another view, or to an option's page
   * (`back`: closing it can step back to where it was opened from). Adds a
   * history entry, unless nothing changes.
   */
  #moveTo(view: ExplorerView, detail: string, back = false) {
    if (view === this.view && detail === this.detail) return;
    this.#place.move({ view, detail, back });
    this.#show(view, detail);
  }

  /** After back or forward: show the recorded place and put focus where the visitor continues. */
  #returnTo(place: Place) {
    const from = { view: this.view, detail: this.detail };
    if (place.view === from.view && place.detail === from.detail) return;
    this.#show(place.view, place.detail);
    if (place.detail) this.#focusFirst('#detail-title');
    else if (from.detail && place.view === from.view) this.#focusFirst(...this.#optionButton(from.detail));
    else this.#focusFirst(`.nav [data-view="${place.view}"]`);
  }

  /** Where focus goes when an option's page closes: its button in the view, else the view's first button, else the view's own button in the nav. */
  #optionButton(id: string): string[] {
    const quoted = CSS.escape(id);
    return [`.view [data-id="${quoted}"] .option`, `.view .option[data-id="${quoted}"]`, '.view button', `.nav [data-view="${this.view}"]`];
  }

  /**
   * After the next render, focuses the first selector that matches a visible
   * element (the matrix exists twice, as a table and as a phone's list, and
   * only one of them is shown).
   */
  #focusFirst(...selectors: string[]) {
    this.#focus.focusAfterRender(() => {
      for (const selector of selectors) {
        const target = [...this.renderRoot.querySelectorAll<HTMLElement>(selector)].find((el) => el.getClientRects().length > 0);
        if (target) return target;
      }
      return undefined;
    });
  }

  /** The option's page closes. When the current entry is the one opening it added, closing steps back in history, as the back button would: a "close" entry on top would make the next back press reopen it, and history would grow with every option looked at. */
  #close() {
    const id = this.detail;
    if (this.#place.opened()) {
      this.#show(this.view, '');
      this.#place.back();
    } else {
      this.#moveTo(this.view, '');
    }
    this.#focusFirst(...this.#optionButton(id));
  }

  #open(id: string) {
    this.#moveTo(this.view, id, true);
    this.#focusFirst('#detail-title');
  }

  #searchCell(domain: string, track: string) {
    this.filters = { ...NO_FILTERS, domain, track, level: this.level };
    this.shown = PAGE;
    this.#moveTo('search', '');
    this.#focusFirst('#query');
  }

  #step(step: number) {
    this.#progress.set({ ...this.#progress.value, step: Math.max(0, step) });
    this.#focusFirst('#question, #suggestions');
  }

  #answer(id: string, answer: Answer) {
    const progress = this.#progress.value;
    const total = this.#current?.questions.length ?? 0;
    this.#progress.set({ ...progress, answers: { ...progress.answers, [id]: answer }, step: Math.min(total, progress.step + 1) });
    this.#focusFirst('#question, #suggestions');
  }

  #showMore() {
    const first = this.shown;
    this.shown += PAGE;
    this.#focusFirst(`.results > li:nth-child(${first + 1}) .option`);
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

  #context(system: StudySystem, loaded: LoadedPack): ExplorerContext {
    const progress = this.#progress.value;
    const name = (text: Parameters<ExplorerContext['name']>[0]) => this.pick(text, loaded).text;
    const list = (items: readonly string[]) => listFormat(this.locale, { type: 'conjunction' }).format(items);
    const axis: ExplorerContext['axis'] = (axes, id) => axes.find((a) => a.id === id);
    const summary = { system: system.id, answers: progress.answers, shortlist: progress.shortlist };
    return {
      system,
      view: this.view,
      detail: this.detail,
      level: this.level,
      filters: this.filters,
      shown: this.shown,
      results: this.#results,
      ranked: this.#ranked,
      progress,
      saved: this.#progress.saved,
      shareLink: this.view === 'summary' ? this.#share.link(summary) : '',
      copied: this.#share.copied,
      grid: this.#grid,
      text: (text) => this.text(text, loaded),
      name,
      link: (url) => this.link(url, loaded),
      heading: (level, content, id) =>
        html`<p role="heading" aria-level=${this.headingFor(this.headingLevel, 3, level)} class="heading h${level}" id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>${content}</p>`,
      number: (n) => formatNumber(this.locale, n),
      list,
      axis,
      meta: (o) => {
        const levels = o.levels.map((id) => axis(system.levels, id)).filter((l) => l !== undefined);
        return [axis(system.domains, o.domain), axis(system.tracks, o.track)]
          .map((a) => (a ? name(a.name) : ''))
          .concat(list(levels.map((l) => name(l.name))))
          .filter(Boolean)
          .join(' · ');
      },
      moveTo: (view) => this.#moveTo(view, ''),
      open: (id) => this.#open(id),
      close: () => this.#close(),
      toggle: (which, id) => this.#progress.set(toggled(this.#progress.value, which, id)),
      answer: (id, answer) => this.#answer(id, answer),
      step: (step) => this.#step(step),
      restart: () => this.#progress.set({ ...this.#progress.value, answers: {}, step: 0 }),
      filter: (patch) => {
        this.filters = { ...this.filters, ...patch };
        this.shown = PAGE;
      },
      showMore: () => this.#showMore(),
      chooseLevel: (level) => {
        this.level = level;
        this.#grid.reset();
      },
      searchCell: (domain, track) => this.#searchCell(domain, track),
      copy: () =>
        void this.#share.copy(summary, () => {
          // Clipboard blocked: select the link so it can be copied by hand.
          const input = this.renderRoot.querySelector<HTMLInputElement>('#share');
          input?.focus();
          input?.select();
        }),
    };
  }

  protected override renderReady(loaded: LoadedPack): TemplateResult {
    const system = this.#current!;
    const c = this.#context(system, loaded);
    const option = this.detail ? system.options.find((o) => o.id === this.detail) : undefined;
    return html`<div class="explorer">
      ${c.heading(0, c.text(system.name))}
      ${navView(c)}
      <div class="view">${option ? detailView(c, option) : this.#view(c)}</div>
      ${summaryView(c)}
    </div>`;
  }

  #view(c: ExplorerContext): unknown {
    switch (this.view) {
      case 'interests':
        return interestsView(c);
      case 'search':
        return searchView(c);
      case 'compare':
        return compareView(c);
      case 'parents':
        return parentsView(c);
      case 'summary':
        return nothing;
      default:
        return overviewView(c);
    }
  }
}
