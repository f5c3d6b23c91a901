import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import * as z from 'zod/mini';
import { contentPack } from '../content/schema.js';
import { FocusController } from '../core/controllers/focus.controller.js';
import { LANGUAGE_TAG } from '../core/lib/patterns.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { getAt, insertAt, moveAt, pathId, removeAt, setAt, type Path } from './logic/path.js';
import { History } from './logic/history.js';
import { collectionsOf, controlOf, schemaAt, type JsonSchema } from './logic/schema-nodes.js';
import { checkPack, checkText, todayIso, type StudioProblem } from './logic/problems.js';
import { PREVIEW_MESSAGE, previewPack } from './logic/preview.js';
import { PreviewController } from './internal/preview.controller.js';
import { DraftController, type Draft } from './internal/draft.controller.js';
import type { EditContext, Selection, StatusKey, StudioView } from './internal/context.js';
import { getLocale, useLocale, type StudioLocale } from './internal/localize.js';
import { renderOpen, renderProblemList, renderStatus, renderToolbar } from './internal/shell.view.js';
import { navId, renderEditor, renderNav, renderPreview } from './internal/editor.view.js';
import { studioStyles } from './studio.styles.js';

/** The JSON Schema of a whole pack, as content producers write it; the forms are made from it. */
const PACK_SCHEMA = z.toJSONSchema(contentPack, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** Languages the widgets speak: the preview can show each. */
const WIDGET_LANGUAGES: readonly string[] = [sourceLocale, ...targetLocales];

export interface OntrackStudioSaveDetail {
  /** The pack as saved: JSON, two-space indented, ending in a new line. */
  readonly text: string;
  readonly fileName: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ontrack-studio-save': CustomEvent<OntrackStudioSaveDetail>;
  }
}

/**
 * An editor for Ontrack content packs: forms made from the content schema,
 * a translation table per item, the content checks as you type, and a live
 * preview of the item in its real widget. Nothing leaves the browser.
 *
 * @summary Edit a content pack without touching JSON.
 * @fires ontrack-studio-save - The editor saves the pack. Cancelable: a page that stores the pack itself prevents the download.
 */
export class OntrackStudio extends LitElement implements StudioView {
  static override styles = [studioStyles];

  /** Address of the preview page, relative to the page the studio is on. */
  @property({ attribute: 'preview-src' }) previewSrc = 'src/studio/preview.html';

  /** Key of the draft in this browser's storage. */
  @property({ attribute: 'storage-key' }) storageKey = 'ontrack-studio-draft';

  @state() private doc: unknown;
  @state() fileName = 'content.json';
  @state() selection: Selection = { index: 0 };
  @state() view: 'form' | 'translations' = 'form';
  @state() status: { key: StatusKey; detail?: string } | undefined;
  @state() openProblems: readonly StudioProblem[] = [];
  @state() previewLang = 'en';
  @state() previewWidth: 'phone' | 'full' = 'full';
  @state() extraLanguages: readonly string[] = [];
  @state() private expanded = new Set<string>();

  readonly collections = collectionsOf(PACK_SCHEMA);
  readonly previewLanguages = WIDGET_LANGUAGES;
  readonly today = todayIso();
  problemList: readonly StudioProblem[] = [];
  edit: EditContext | undefined;

  #history = new History<unknown>(undefined);
  #focus = new FocusController(this);
  #draft = new DraftController(this, () => this.storageKey, (draft) => this.#restore(draft));
  #preview = new PreviewController(this);
  /** Where the pack came from, for its relative addresses. */
  #base = document.baseURI;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('keydown', (e) => this.#onKey(e));
    this.addEventListener('dragover', (e) => e.preventDefault());
    this.addEventListener('drop', (e) => this.#onDrop(e));
  }

  get studioLocale(): string {
    return getLocale();
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** The pack being edited (a plain JSON value), or `undefined` before one is opened. */
  get pack(): unknown {
    return this.doc;
  }

  /** The pack as it would be saved. */
  get packText(): string {
    return `${JSON.stringify(this.doc, null, 2)}\n`;
  }

  // ---- opening -------------------------------------------------------------

  /** Opens a pack from its JSON text. */
  openText(text: string, name = 'content.json'): boolean {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.openProblems = checkText(text);
      this.status = { key: 'open-failed', detail: name };
      return false;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      this.openProblems = [];
      this.status = { key: 'not-a-pack' };
      return false;
    }
    this.#history.reset(data);
    this.doc = data;
    this.fileName = name;
    this.openProblems = [];
    this.selection = { index: 0 };
    this.#writeDraft();
    this.status = { key: 'opened', detail: name };
    this.#focus.focusAfterRender('#editor-title');
    return true;
  }

  async openFile(file: File): Promise<void> {
    this.#base = document.baseURI;
    this.openText(await file.text(), file.name);
  }

  /** Opens the pack at `url`: the one request the studio makes, when the editor asks for it. */
  async openUrl(url: string): Promise<boolean> {
    const name = url.split(/[?#]/)[0].split('/').pop() || 'content.json';
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`${response.status}`);
      const opened = this.openText(await response.text(), name);
      if (opened) this.#base = new URL(response.url || url, document.baseURI).href;
      return opened;
    } catch {
      this.status = { key: 'open-failed', detail: url };
      return false;
    }
  }

  #restore(draft: Draft) {
    this.#history.reset(draft.doc);
    this.doc = draft.doc;
    this.fileName = draft.name;
    this.status = { key: 'restored', detail: draft.name };
  }

  #onDrop(e: DragEvent) {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void this.openFile(file);
  }

  // ---- editing -------------------------------------------------------------

  #apply(next: unknown, group?: string) {
    this.#history.push(next, group);
    this.doc = next;
    this.#writeDraft();
  }

  #writeDraft() {
    const result = this.#draft.write(this.doc, this.fileName);
    if (!result.ok) this.status = { key: 'draft-failed' };
  }

  #set = (path: Path, value: unknown, group?: string, focus?: string) => {
    this.#apply(setAt(this.doc, path, value), group);
    if (focus) this.#focus.focusAfterRender(focus);
  };

  #remove = (path: Path, focus?: string) => {
    this.#apply(removeAt(this.doc, path));
    const [collection, index] = path;
    if (path.length === 2 && collection === this.selection.collection && typeof index === 'number') {
      const left = (getAt(this.doc, [collection]) as unknown[]).length;
      this.selection = left ? { collection, index: Math.min(index, left - 1) } : { index: 0 };
    }
    if (focus) this.#focus.focusAfterRender(focus);
  };

  #insert = (listPath: Path, value: unknown, index?: number) => {
    const list = getAt(this.doc, listPath);
    const at = index ?? (Array.isArray(list) ? list.length : 0);
    this.#apply(insertAt(this.doc, listPath, value, at));
    const path = [...listPath, at];
    if (listPath.length === 1) {
      this.selection = { collection: String(listPath[0]), index: at };
      this.view = 'form';
      this.#focus.focusAfterRender('#editor-title');
      return;
    }
    const item = controlOf(schemaAt(PACK_SCHEMA, this.doc, path), PACK_SCHEMA);
    if (item.kind === 'object' || item.kind === 'variants') {
      this.expanded = new Set([...this.expanded, pathId(path)]);
      this.#focus.focusAfterRender(`#sum-${CSS.escape(pathId(path))}`);
    } else this.#focus.focusAfterRender(`#f-${CSS.escape(pathId(path))}`);
  };

  #move = (listPath: Path, from: number, to: number, focus: string) => {
    this.#apply(moveAt(this.doc, listPath, from, to));
    if (listPath.length === 1 && listPath[0] === this.selection.collection && this.selection.index === from) {
      this.selection = { collection: this.selection.collection, index: to };
    }
    this.#focus.focusAfterRender(focus.replace(/^#(.*)$/, (_, id: string) => `#${CSS.escape(id)}`));
  };

  undo(): void {
    if (!this.#history.canUndo) return;
    this.doc = this.#history.undo();
    this.#afterTimeTravel('undone');
  }

  redo(): void {
    if (!this.#history.canRedo) return;
    this.doc = this.#history.redo();
    this.#afterTimeTravel('redone');
  }

  #afterTimeTravel(key: StatusKey) {
    const { collection, index } = this.selection;
    const list = collection ? getAt(this.doc, [collection]) : undefined;
    if (collection && (!Array.isArray(list) || index >= list.length)) {
      this.selection = Array.isArray(list) && list.length ? { collection, index: list.length - 1 } : { index: 0 };
    }
    this.#writeDraft();
    this.status = { key };
  }

  #onKey(e: KeyboardEvent) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || !this.doc) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) this.undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') this.redo();
    else return;
    e.preventDefault();
  }

  // ---- saving --------------------------------------------------------------

  save(): void {
    const detail: OntrackStudioSaveDetail = { text: this.packText, fileName: this.fileName };
    const event = new CustomEvent('ontrack-studio-save', { detail, bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) {
      const url = URL.createObjectURL(new Blob([detail.text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = detail.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
    this.status = { key: 'saved', detail: this.fileName };
  }

  async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.packText);
      this.status = { key: 'copied' };
    } catch {
      this.status = { key: 'copy-failed' };
    }
  }

  close(): void {
    this.#draft.clear();
    this.#history.reset(undefined);
    this.doc = undefined;
    this.status = { key: 'closed' };
    this.#focus.focusAfterRender('#open-file');
  }

  // ---- navigation and preview ------------------------------------------------

  select(selection: Selection, focus?: string): void {
    this.selection = selection;
    this.#focus.focusAfterRender(focus ?? '#editor-title');
  }

  showView(view: 'form' | 'translations'): void {
    this.view = view;
  }

  /** Shows the item a problem is in and focuses its field (or the nearest one around it). */
  goTo(path: readonly (string | number)[]): void {
    const [collection, index] = path;
    const inItem = typeof collection === 'string' && this.collections.includes(collection) && typeof index === 'number';
    this.selection = inItem ? { collection, index } : { index: 0 };
    this.view = 'form';
    this.#focus.focusAfterRender(() => {
      for (let n = path.length; n > 0; n--) {
        const id = `f-${pathId(path.slice(0, n))}`;
        const el = this.renderRoot.querySelector<HTMLElement>(`[id="${id}"], [id^="${id}."]`);
        if (el) return el;
      }
      return this.renderRoot.querySelector<HTMLElement>('#editor-title');
    });
  }

  setPreviewLang(lang: string): void {
    this.previewLang = lang;
  }

  setPreviewWidth(width: 'phone' | 'full'): void {
    this.previewWidth = width;
  }

  addLanguageColumn(lang: string): void {
    if (!this.extraLanguages.includes(lang)) this.extraLanguages = [...this.extraLanguages, lang];
  }

  setStudioLocale(locale: string): void {
    void useLocale(locale as StudioLocale);
  }

  previewLoaded(frame: HTMLIFrameElement): void {
    this.#preview.attach(frame);
  }

  #postPreview() {
    const { collection, index } = this.selection;
    if (!collection || !this.doc) return;
    const { pack, id } = previewPack(this.doc, this.collections, collection, index);
    this.#preview.post({ type: PREVIEW_MESSAGE, collection, id, pack, lang: this.previewLang, base: this.#base });
  }

  // ---- rendering -------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('doc' as keyof OntrackStudio)) {
      this.problemList = this.doc ? checkPack(this.doc, this.today) : [];
      const lang = getAt(this.doc, ['defaultLanguage']);
      if (changed.get('doc' as keyof OntrackStudio) === undefined && typeof lang === 'string' && WIDGET_LANGUAGES.includes(lang)) {
        this.previewLang = lang;
      }
    }
    this.edit = this.doc ? this.#context() : undefined;
  }

  #context(): EditContext {
    const problems = new Map<string, StudioProblem[]>();
    for (const p of this.problemList) {
      if (!p.path) continue;
      const key = pathId(p.path);
      problems.set(key, [...(problems.get(key) ?? []), p]);
    }
    const lang = getAt(this.doc, ['defaultLanguage']);
    return {
      root: PACK_SCHEMA,
      doc: this.doc,
      defaultLanguage: typeof lang === 'string' && LANGUAGE_TAG.test(lang) ? lang : 'en',
      languages: WIDGET_LANGUAGES,
      locale: getLocale(),
      problems,
      expanded: this.expanded,
      set: this.#set,
      remove: this.#remove,
      insert: this.#insert,
      move: this.#move,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('doc' as keyof OntrackStudio) || changed.has('selection') || changed.has('previewLang')) {
      this.#postPreview();
    }
  }

  protected override render(): unknown {
    const ctx = this.edit;
    return html`
      ${renderToolbar(this)} ${renderStatus(this)}
      ${ctx
        ? html`<div class="workspace">
            ${renderNav(this, ctx)}
            <main class="main">${renderEditor(this, ctx)} ${renderProblemList(this)}</main>
            ${renderPreview(this)}
          </div>`
        : html`<main class="main">${renderOpen(this)}</main>`}
    `;
  }
}

export { navId };
