import type { TemplateResult } from 'lit';
import type { LoadedPack } from '../../../content/load.js';
import type { LocalizedText } from '../../../content/schema/common.js';
import type { Session, TrajectoriesPack, Trajectory } from '../../../content/schema/trajectories.js';
import type { OutboxEntry } from '../logic/delivery.js';
import type { Values } from '../logic/submission.js';
import type { FieldErrors, Submission } from '../logic/validation.js';

export type Loaded = LoadedPack<TrajectoriesPack>;

/** Everything a view of the sign-up reads, and the actions it may call. Built by the element for each render. */
export interface SignupContext {
  t: Trajectory;
  loaded: Loaded;
  locale: string;
  values: Values;
  errors: FieldErrors;
  showSummary: boolean;
  /** True while a sign-up is being sent: the form cannot be changed. */
  readOnly: boolean;
  notice: string;
  /** Whether the device keeps the draft (undefined: nothing written yet). */
  draftStored?: boolean;
  /** The honeypot's value. */
  trap: string;
  entry?: OutboxEntry;
  entryStored: boolean;
  now: number;
  /** The mailto submission (e-mail receiver), once handed over. */
  emailed?: Submission;
  /** Places left in a session: the receiver's count when offered, else the content's. */
  places(session: Session): number;
  text(value: LocalizedText | undefined): unknown;
  pick(value: LocalizedText): string;
  link(url: string | undefined): string | undefined;
  heading(text: unknown, offset?: number, id?: string): TemplateResult;
  dateTime(value: string | number): string;
  set(path: string, value: unknown): void;
  fillTrap(value: string): void;
  submit(event: Event): void;
  clear(): void;
  again(): void;
  retry(): void;
  backToForm(): void;
  jump(event: Event, path: string): void;
}

/** `answers.email` → `c-answers-email` (ids of controls, errors and help texts). */
export const idFor = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

export const CHOICE_TYPES = new Set(['select', 'radio']);
