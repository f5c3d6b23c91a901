/** What the studio's views get from the element: the document, its schema, its problems, and the edits. */
import type { JsonSchema } from '../logic/schema-nodes.js';
import type { Path } from '../logic/path.js';
import type { StudioProblem } from '../logic/problems.js';

export interface EditContext {
  readonly root: JsonSchema;
  readonly doc: unknown;
  readonly defaultLanguage: string;
  /** Languages content may be written in, for "add a language" menus. */
  readonly languages: readonly string[];
  /** The studio's interface language, for language names. */
  readonly locale: string;
  /** Problems by `pathId` of their field. */
  readonly problems: ReadonlyMap<string, readonly StudioProblem[]>;
  /** Nested items shown opened (by `pathId`). */
  readonly expanded: ReadonlySet<string>;
  /** Sets (or with `undefined`, removes) the value at `path`; changes with the same `group` are one undo step; `focus` is a selector to focus after. */
  set(path: Path, value: unknown, group?: string, focus?: string): void;
  /** Removes an object key or a list item. */
  remove(path: Path, focus?: string): void;
  /** Adds `value` to the list at `listPath` (before `index`, or at the end) and focuses it. */
  insert(listPath: Path, value: unknown, index?: number): void;
  /** Moves an item one place and keeps the focus on the button that moved it. */
  move(listPath: Path, from: number, to: number, focus: string): void;
}

export interface Selection {
  /** The collection of the item shown, or `undefined` for the pack's own details. */
  readonly collection?: string;
  readonly index: number;
}

export type StatusKey =
  | 'opened'
  | 'restored'
  | 'saved'
  | 'copied'
  | 'copy-failed'
  | 'draft-failed'
  | 'open-failed'
  | 'not-a-pack'
  | 'undone'
  | 'redone'
  | 'closed';

/** What the studio's views read and call on the element. */
export interface StudioView {
  readonly edit: EditContext | undefined;
  readonly collections: readonly string[];
  readonly selection: Selection;
  readonly view: 'form' | 'translations';
  readonly problemList: readonly import('../logic/problems.js').StudioProblem[];
  readonly openProblems: readonly import('../logic/problems.js').StudioProblem[];
  readonly status: { key: StatusKey; detail?: string } | undefined;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly fileName: string;
  readonly today: string;
  readonly previewSrc: string;
  readonly previewLang: string;
  readonly previewWidth: 'phone' | 'full';
  readonly previewLanguages: readonly string[];
  readonly extraLanguages: readonly string[];
  readonly studioLocale: string;
  select(selection: Selection, focus?: string): void;
  showView(view: 'form' | 'translations'): void;
  openFile(file: File): void;
  openUrl(url: string): void;
  save(): void;
  copy(): void;
  undo(): void;
  redo(): void;
  close(): void;
  goTo(path: readonly (string | number)[]): void;
  setPreviewLang(lang: string): void;
  setPreviewWidth(width: 'phone' | 'full'): void;
  addLanguageColumn(lang: string): void;
  setStudioLocale(locale: string): void;
  previewLoaded(frame: HTMLIFrameElement): void;
}
