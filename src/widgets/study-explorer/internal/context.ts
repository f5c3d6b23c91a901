import type { TemplateResult } from 'lit';
import type { RovingGridController } from '../../../core/controllers/roving-grid.controller.js';
import type { LocalizedText } from '../../../content/schema/common.js';
import type { StudyAxis, StudyOption, StudySystem } from '../../../content/schema/study-systems.js';
import type { Answer } from '../logic/answers.js';
import type { Progress } from '../logic/progress.js';
import type { Ranked } from '../logic/rank.js';
import type { Filters } from '../logic/search.js';
import type { ExplorerView } from '../logic/views.js';

/**
 * What the explorer's views read and call: the element's state, content
 * texts in the visitor's language, and the visitor's actions. The element
 * builds it for each render; views are plain functions of it.
 */
export interface ExplorerContext {
  readonly system: StudySystem;
  readonly view: ExplorerView;
  readonly detail: string;
  readonly level: string;
  readonly filters: Filters;
  readonly shown: number;
  readonly results: readonly StudyOption[];
  readonly ranked: readonly Ranked[];
  readonly progress: Progress;
  /** Whether the progress reached the browser's storage. */
  readonly saved: boolean;
  readonly shareLink: string;
  readonly copied: boolean;
  readonly grid: RovingGridController;

  /** A content text, with its own `lang` when it is in another language. */
  text(text: LocalizedText | undefined): unknown;
  /** A content text as a plain string (for labels and lists). */
  name(text: LocalizedText): string;
  /** A link from content, checked. */
  link(url: string | undefined): string | undefined;
  /** A heading `level` steps below the widget's own; with an `id`, a focus target. */
  heading(level: number, content: unknown, id?: string): TemplateResult;
  number(n: number): string;
  list(items: readonly string[]): string;
  axis(list: readonly StudyAxis[], id: string): StudyAxis | undefined;
  /** Domain · track · grades of an option. */
  meta(option: StudyOption): string;

  moveTo(view: ExplorerView): void;
  open(id: string): void;
  close(): void;
  toggle(list: 'shortlist' | 'compare', id: string): void;
  answer(id: string, answer: Answer): void;
  step(step: number): void;
  restart(): void;
  filter(patch: Partial<Filters>): void;
  showMore(): void;
  chooseLevel(level: string): void;
  searchCell(domain: string, track: string): void;
  copy(): void;
}
