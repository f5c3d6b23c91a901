/**
 * The content checks as the studio shows them: the very messages of the
 * `ontrack-validate` command (from `checkContent`), each with the path of the
 * field it is about, so the form can mark that field.
 */
import { checkContent, checkContentText } from '../../content/check.js';
import type { Path } from './path.js';

export type Severity = 'error' | 'warning';

export interface StudioProblem {
  readonly severity: Severity;
  /** The field the problem is about, when the message names one. */
  readonly path?: Path;
  /** The message, as the command line prints it. */
  readonly text: string;
}

/** `testimonials[2].quote.nl: …` → `["testimonials", 2, "quote", "nl"]` */
export function pathOfLine(line: string): Path | undefined {
  const head = /^([A-Za-z_$][\w$-]*(?:\[\d+\]|\.[\w$-]+)*)(?::|\s\()/.exec(line)?.[1];
  if (!head) return undefined;
  const path: (string | number)[] = [];
  for (const [, key, index] of head.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(index !== undefined ? Number(index) : key);
  return path;
}

interface ProblemLike {
  severity?: string;
  path?: readonly (string | number)[];
  where?: string;
  message?: string;
}

function normalize(entry: unknown, severity: Severity): StudioProblem {
  if (typeof entry === 'string') return { severity, path: pathOfLine(entry), text: entry };
  const p = (entry ?? {}) as ProblemLike;
  const text = p.where && p.message ? `${p.where}: ${p.message}` : String(p.message ?? entry);
  return {
    severity: p.severity === 'warning' || p.severity === 'error' ? p.severity : severity,
    path: p.path ? [...p.path] : undefined,
    text,
  };
}

/** Reads whatever shape the check's report has: lists of lines or of problems. */
function fromReport(report: unknown): StudioProblem[] {
  const r = (report ?? {}) as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(r[key]) ? (r[key] as unknown[]) : []);
  return [
    ...list('problems').map((p) => normalize(p, 'error')),
    ...list('errors').map((p) => normalize(p, 'error')),
    ...list('warnings').map((p) => normalize(p, 'warning')),
    ...list('notes').map((p) => normalize(p, 'warning')),
  ];
}

/** Every problem of a pack, errors first. */
export function checkPack(doc: unknown, today?: string): StudioProblem[] {
  const problems = fromReport(today ? checkContent(doc, new Date(`${today}T12:00:00Z`)) : checkContent(doc));
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
}

/** Why a file could not be opened (not JSON), in the command line's words. */
export function checkText(text: string): StudioProblem[] {
  return fromReport(checkContentText(text));
}

export type ConsentState = 'ended' | 'ending' | 'valid' | 'unknown';

const DAY = 24 * 60 * 60 * 1000;

/** Whether a story's consent has ended, or ends within `warnDays`, on `today` (YYYY-MM-DD). */
export function consentState(until: unknown, today: string, warnDays = 30): { state: ConsentState; days: number } {
  if (typeof until !== 'string' || Number.isNaN(Date.parse(until))) return { state: 'unknown', days: 0 };
  const days = Math.round((Date.parse(until) - Date.parse(today)) / DAY);
  if (days < 0) return { state: 'ended', days };
  return { state: days <= warnDays ? 'ending' : 'valid', days };
}

/** Today as YYYY-MM-DD (UTC, as the command line counts). */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
