import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { ContentError } from '../content/content-error.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT,
  editorWording,
  loadedWording,
  loadPack,
  parsePack,
  validatePack,
  type LoadedPack,
  type PackSchema,
} from '../content/load.js';
import type { ContentPackInput } from '../content/schema.js';
import { readerOf, type LocalizedText, type PackHeader } from '../content/schema/common.js';
import { pickText, type PickedText } from '../content/text.js';
import { sameLanguage } from './lib/lang.js';
import { emit } from './events.js';
import { frameStyles } from './frame.styles.js';
import { headingLevel } from './lib/heading.js';
import { directionOf } from './locale.js';
import { LocalizedElement } from './localized-element.js';
import { levelOfHeadingBefore, observeOutline } from './outline.js';
import { renderTurn, watchScreen } from './render-turn.js';
import { safeMediaUrl, safeUrl } from './url.js';

/** Where a widget is: reflected on its `state` attribute. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/** A content text picked for the visitor, with the direction it is written in. */
export interface ContentText extends PickedText {
  dir: 'ltr' | 'rtl';
  /** Whether it is in the interface's language (then it needs no `lang` of its own). */
  native: boolean;
}

/** Unicode's first-strong isolate and pop directional isolate: `<bdi>` for plain strings. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The frame every Ontrack widget stands on: content (from `src`, inline JSON
 * or the `pack` property), language (the widget's own, from LocalizedElement),
 * and state.
 *
 * A widget implements `hasContent()` and `renderReady()`; the frame renders
 * loading, empty and error states, announces changes, and shows the element's
 * own light-DOM children as the fallback when content fails.
 *
 * @slot - Fallback shown before the script loads and when content fails,
 *   e.g. a link to the same information on a normal page.
 * @csspart base - The wrapper that carries the widget's language and direction.
 * @csspart loading - The loading message.
 * @csspart error - The error notice.
 * @csspart empty - The notice shown when there is nothing to show.
 * @csspart fallback - The wrapper of the slotted fallback content.
 * @fires ontrack-load - Content arrived and was valid.
 * @fires ontrack-error - Content could not be loaded or was invalid, or the element's id attribute names nothing in it.
 * @fires ontrack-problems - Content loaded, but some items were left out because of mistakes (`detail.problems`).
 */
export abstract class OntrackElement<P extends PackHeader = PackHeader> extends LocalizedElement {
  static override styles = [frameStyles];

  /** URL of the content pack (JSON). Several widgets with the same `src` share one request. */
  @property() src = '';

  /** The content pack as a value or a promise, for pages that build it in script. Takes precedence over `src`. */
  @property({ attribute: false }) pack?: ContentPackInput | Promise<ContentPackInput>;

  /** Milliseconds to wait for the content before showing an error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Largest content pack accepted, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  @state() private inline?: string;

  #state: WidgetState = 'loading';

  /** Set by `reload()`: the next load asks the server again. */
  #fresh = false;

  /** The editor error of this update's `find()`, when the id attribute names nothing. */
  #lookupError?: ContentError;
  #reportedLookup = '';

  /** One below the nearest page heading before this widget: looked up on connect and when the page's headings change. */
  #outlineLevel?: number;
  #stopOutline?: () => void;
  #stopWatching?: () => void;

  /** `loading`, `ready`, `empty` or `error`; also reflected on the `state` attribute. */
  get state(): WidgetState {
    return this.#state;
  }

  /** The header plus the collection this widget reads: all it validates of a pack. */
  protected abstract readonly packSchema: PackSchema<P>;

  protected readonly content = new Task(this, {
    task: async ([src, pack, inline], { signal }): Promise<LoadedPack<P>> => {
      if (pack !== undefined) return validatePack(await pack, this.packSchema);
      const fresh = this.#fresh;
      this.#fresh = false;
      if (src) return loadPack(src, this.packSchema, { signal, timeout: this.timeout, maxBytes: this.maxBytes, fresh });
      if (inline !== undefined) return parsePack(inline, this.packSchema);
      throw new ContentError('missing', 'No content: set the "src" attribute, or put a <script type="application/json"> inside the element');
    },
    args: () => [this.src, this.pack, this.inline] as const,
    onComplete: (loaded) => {
      // Problems come only from the editor's reader, so its wording is loaded.
      const report = loadedWording()?.problemsReport;
      if (loaded.problems.length && report) {
        console.warn(`[ontrack] <${this.localName}>: ${report(loaded.problems)}`);
        emit(this, 'ontrack-problems', { problems: loaded.problems });
      }
      emit(this, 'ontrack-load', { pack: loaded.pack });
    },
    onError: (error) => {
      const problem = toContentError(error);
      console.warn(`[ontrack] <${this.localName}>: ${problem.details.join('\n  ')}`);
      emit(this, 'ontrack-error', { error: problem });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInline();
    this.#readOutline();
    this.#stopOutline = observeOutline(() => this.#readOutline());
    this.#stopWatching = watchScreen(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopOutline?.();
    this.#stopOutline = undefined;
    this.#stopWatching?.();
  }

  /** Where the widget sits in the page's outline; renders again only when that changed. */
  #readOutline() {
    const before = levelOfHeadingBefore(this);
    const level = before === undefined ? undefined : before + 1;
    if (level === this.#outlineLevel) return;
    this.#outlineLevel = level;
    this.requestUpdate();
  }

  /** Loads the content again from the server (after an error, or when it changed there), not from the page's shared copy. */
  reload(): void {
    this.#fresh = true;
    void this.content.run();
  }

  /**
   * The item of `items` whose id is `id` (the value of the element's
   * `attribute`). When there is none (in a collection that has items), the widget shows an error for the
   * editor (the ids that exist, the closest one) and visitors see the
   * element's fallback children.
   */
  protected find<T extends { id: string }>(items: readonly T[], id: string, attribute: string): T | undefined {
    const found = id ? items.find((item) => item.id === id) : undefined;
    const loaded = this.content.value;
    // An empty collection is content not published yet: the widget is empty, not wrong.
    if (!found && loaded && items.length) {
      const wording = loadedWording();
      const key = readerOf(this.packSchema)?.key;
      // Until the editor's wording is loaded (see updated()), the error names only the attribute.
      this.#lookupError = wording
        ? wording.notFound(loaded, items, id, attribute, (key && wording.nounOf(key)) ?? attribute)
        : new ContentError('not-found', id ? `Nothing in the content has the ${attribute} "${id}"` : `The ${attribute} attribute is not set`);
    }
    return found;
  }

  #readInline() {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.inline) this.inline = text;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#lookupError = undefined;
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const lookup = this.#lookupError;
    if (lookup && !loadedWording()) {
      // The editor's error (the ids that exist, the closest one) needs the wording: load it, then render again.
      void editorWording().then(
        () => this.requestUpdate(),
        () => this.#reportLookup(lookup),
      );
      return;
    }
    this.#reportLookup(lookup);
  }

  #reportLookup(lookup: ContentError | undefined) {
    if (lookup && lookup.message !== this.#reportedLookup) {
      console.warn(`[ontrack] <${this.localName}>: ${lookup.details.join('\n  ')}`);
      emit(this, 'ontrack-error', { error: lookup });
    }
    this.#reportedLookup = lookup?.message ?? '';
  }

  /**
   * The first render of the content is the largest piece of work a widget
   * does, and widgets sharing one pack all get it in the same task: each
   * renders it in a turn of its own (see render-turn.ts), instead of all of
   * them blocking the page in one long task.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.#state === 'loading' && this.content.status === TaskStatus.COMPLETE) await renderTurn(this);
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    const next = this.#computeState();
    if (next !== this.#state || !this.hasAttribute('state')) {
      this.#state = next;
      this.setAttribute('state', next);
    }
    super.update(changed);
  }

  #computeState(): WidgetState {
    switch (this.content.status) {
      case TaskStatus.COMPLETE: {
        const has = this.hasContent(this.content.value!);
        return this.#lookupError ? 'error' : has ? 'ready' : 'empty';
      }
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  /** Whether the loaded pack has anything this widget would show. */
  protected abstract hasContent(loaded: LoadedPack<P>): boolean;

  /** The widget itself, once content is loaded and not empty. */
  protected abstract renderReady(loaded: LoadedPack<P>): unknown;

  /** Name of what the widget shows, for the loading message (e.g. "stories"). */
  protected abstract loadingMessage(): string;

  /** What the visitor reads when there is nothing to show. */
  protected emptyMessage(): string {
    return msg('There is nothing to show here yet. Please come back later.');
  }

  protected override render(): TemplateResult {
    return html`
      <div part="base" class="frame" lang=${this.locale} dir=${this.direction}>
        ${this.#renderBody()}
        <div class="visually-hidden" role="status">${this.#announcement()}</div>
        <div part="fallback" class="fallback" ?hidden=${this.#state !== 'error'}>
          <slot @slotchange=${() => this.#readInline()}></slot>
        </div>
      </div>
    `;
  }

  #renderBody(): unknown {
    return this.content.render({
      initial: () => this.#renderLoading(),
      pending: () => this.#renderLoading(),
      complete: (loaded) => {
        if (this.#lookupError) return this.#renderError(this.#lookupError);
        return this.hasContent(loaded)
          ? this.renderReady(loaded)
          : html`<p part="empty" class="notice">${this.emptyMessage()}</p>`;
      },
      error: (error) => this.#renderError(toContentError(error)),
    });
  }

  #renderLoading() {
    return html`<p part="loading" class="loading">
      <span class="spinner" aria-hidden="true"></span>${this.loadingMessage()}
    </p>`;
  }

  #renderError(error: ContentError) {
    const retry = error.kind === 'network' || error.kind === 'timeout' || error.kind === 'http';
    return html`<div part="error" class="notice error">
      <p>${visitorMessage(error)}</p>
      ${retry ? html`<p><button type="button" @click=${() => this.reload()}>${msg('Try again')}</button></p>` : nothing}
      <details>
        <summary>${msg('Details for the website editor')}</summary>
        <ul lang="en" dir="ltr">
          ${error.details.map((line) => html`<li>${line}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  /** Text for the polite live region: errors and empty results are announced. */
  #announcement(): string {
    if (this.#state === 'error') return visitorMessage(this.#lookupError ?? toContentError(this.content.error));
    if (this.#state === 'empty' && this.content.value) return this.emptyMessage();
    return '';
  }

  /** Picks a content text in the visitor's language (with fallback). */
  protected pick(text: LocalizedText, loaded: LoadedPack<P>): PickedText {
    return pickText(text, this.visitorLanguages, loaded.pack.defaultLanguage);
  }

  /**
   * A content text in the visitor's language, with its direction: for an
   * element that holds the text alone (a quote, a paragraph), put `lang` and
   * `dir` on that element, so alignment, quote marks and hyphenation follow
   * the text rather than the interface.
   */
  protected contentText(text: LocalizedText, loaded: LoadedPack<P>): ContentText {
    const picked = this.pick(text, loaded);
    return { ...picked, dir: directionOf(picked.lang), native: sameLanguage(picked.lang, this.locale) };
  }

  /**
   * Renders a content text as text (never HTML), inline. A text in another
   * language than the interface carries its own `lang` and `dir`, which also
   * isolates it from the words around it (so "Play: <English title>" reads
   * right in Arabic).
   */
  protected text(text: LocalizedText | undefined, loaded: LoadedPack<P>): unknown {
    if (!text) return nothing;
    const picked = this.contentText(text, loaded);
    if (picked.native) return picked.text;
    return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
  }

  /**
   * A content text as a plain string, for attributes (`alt`, `aria-label`,
   * `title`) and for messages that quote it: a text whose direction differs
   * from the interface is wrapped in Unicode isolates (first-strong isolate …
   * pop directional isolate), the plain-text form of `<bdi>`.
   */
  protected plainText(text: LocalizedText | undefined, loaded: LoadedPack<P>): string {
    if (!text) return '';
    const picked = this.contentText(text, loaded);
    return picked.dir === this.direction ? picked.text : `${FSI}${picked.text}${PDI}`;
  }

  /**
   * The level for one of this widget's headings: its `heading-level` when set
   * (`own`), else one below the nearest heading before the widget on the page,
   * else `fallback`; plus `offset` for headings nested inside the widget.
   * Always between 2 and 6.
   */
  protected headingFor(own: number | undefined, fallback: number, offset = 0): number {
    return headingLevel(own, this.#outlineLevel ?? fallback, offset);
  }

  /** A link address from content, resolved and checked (https, http, mailto, tel). */
  protected link(url: string | undefined, loaded: LoadedPack<P>): string | undefined {
    return safeUrl(url, loaded.base);
  }

  /** A media address from content, resolved and checked (https, http). */
  protected media(url: string | undefined, loaded: LoadedPack<P>): string | undefined {
    return safeMediaUrl(url, loaded.base);
  }
}

function toContentError(error: unknown): ContentError {
  if (error instanceof ContentError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ContentError('network', message);
}

/** What a visitor reads when content fails, by kind of failure. */
function visitorMessage(error: ContentError): string {
  switch (error.kind) {
    case 'network':
      return msg('This part of the page could not be loaded. Check your internet connection and try again.');
    case 'timeout':
      return msg('This part of the page is taking too long to load. Please try again.');
    case 'http':
      return error.status === 404
        ? msg('The information for this part of the page could not be found.')
        : msg('The server could not deliver this part of the page. Please try again later.');
    default:
      return msg('This part of the page cannot be shown because its information contains a mistake. The website editor can fix it.');
  }
}
