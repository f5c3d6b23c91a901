/**
 * The pupil's progress, kept on this device only (localStorage): answers,
 * the question they were at, the shortlist and the options to compare.
 * Blocked storage (privacy settings) keeps progress for the page's life only.
 */
import { isAnswer, isId, type Answer, type Answers } from './answers.js';

export interface Progress {
  answers: Answers;
  /** Index of the question on screen. */
  step: number;
  shortlist: string[];
  compare: string[];
}

export const EMPTY_PROGRESS: Progress = { answers: {}, step: 0, shortlist: [], compare: [] };

const keyOf = (system: string) => `ontrack-study-explorer:${system}`;
const memory = new Map<string, Progress>();

const ids = (value: unknown) => (Array.isArray(value) ? [...new Set(value.filter(isId))] : []);

export function loadProgress(system: string): Progress {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(keyOf(system)) ?? 'null');
  } catch {
    raw = memory.get(system); // storage blocked or unreadable: this page's copy
  }
  if (!raw || typeof raw !== 'object') return EMPTY_PROGRESS;
  const r = raw as Record<string, unknown>;
  const answers: Record<string, Answer> = {};
  if (r.answers && typeof r.answers === 'object') {
    for (const [id, answer] of Object.entries(r.answers)) if (isId(id) && isAnswer(answer)) answers[id] = answer;
  }
  const step = typeof r.step === 'number' && Number.isInteger(r.step) && r.step >= 0 ? r.step : 0;
  return { answers, step, shortlist: ids(r.shortlist), compare: ids(r.compare).slice(0, 3) };
}

export function saveProgress(system: string, progress: Progress): void {
  memory.set(system, progress);
  try {
    localStorage.setItem(keyOf(system), JSON.stringify(progress));
  } catch {
    /* storage blocked or full: kept in memory for this page */
  }
}

export function clearProgress(system: string): void {
  memory.delete(system);
  try {
    localStorage.removeItem(keyOf(system));
  } catch {
    /* nothing stored */
  }
}
