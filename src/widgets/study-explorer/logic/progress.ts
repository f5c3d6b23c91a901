/**
 * The pupil's progress, kept on this device only: answers, the question they
 * were at, the shortlist and the options to compare. DOM-free: this module
 * names the storage key and checks what storage returns; the explorer's
 * progress controller reads and writes it.
 */
import { isAnswer, isId, type Answer, type Answers } from './answers.js';

export interface Progress {
  answers: Answers;
  /** Index of the question on screen. */
  step: number;
  shortlist: string[];
  compare: string[];
}

export const MAX_COMPARE = 3;

export const EMPTY_PROGRESS: Progress = { answers: {}, step: 0, shortlist: [], compare: [] };

/** The storage key of a system's progress. */
export const progressKey = (system: string): string => `ontrack-study-explorer:${system}`;

const ids = (value: unknown) => (Array.isArray(value) ? [...new Set(value.filter(isId))] : []);

/** Progress from whatever storage held: anything malformed is dropped, piece by piece. */
export function toProgress(raw: unknown): Progress {
  if (!raw || typeof raw !== 'object') return EMPTY_PROGRESS;
  const r = raw as Record<string, unknown>;
  const answers: Record<string, Answer> = {};
  if (r.answers && typeof r.answers === 'object') {
    for (const [id, answer] of Object.entries(r.answers)) if (isId(id) && isAnswer(answer)) answers[id] = answer;
  }
  const step = typeof r.step === 'number' && Number.isInteger(r.step) && r.step >= 0 ? r.step : 0;
  return { answers, step, shortlist: ids(r.shortlist), compare: ids(r.compare).slice(0, MAX_COMPARE) };
}

/** `list` with `id` added or taken out; the compare list keeps at most three. */
export function toggled(progress: Progress, list: 'shortlist' | 'compare', id: string): Progress {
  const current = progress[list];
  const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  return { ...progress, [list]: list === 'compare' ? next.slice(0, MAX_COMPARE) : next };
}
