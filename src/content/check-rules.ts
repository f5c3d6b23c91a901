/**
 * What a schema cannot say about a pack, checked on its valid items: ids used
 * twice inside an item, references to things that do not exist, age rules
 * that contradict each other, dates in the past, consent that ended or ends
 * soon, texts missing in the default language, machine-translated languages
 * without text. Errors mean a visitor would meet something broken; warnings
 * never fail a check.
 */
import type { ContentPack } from './schema.js';
import type { PackHeader } from './schema/common.js';
import type { Trajectory } from './schema/trajectories.js';
import type { Practice } from './schema/practices.js';
import { didYouMean, problemAt, type ContentProblem, type ProblemSeverity } from './problems.js';

/** Below this age a guardian takes part when a trajectory does not say (kept equal to the sign-up's default). */
const DEFAULT_GUARDIAN_AGE = 16;
const DAY = 24 * 60 * 60 * 1000;
const SOON_DAYS = 30;
const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type Key = string | number;
type Report = (path: Key[], message: string, severity?: ProblemSeverity) => void;

const day = (date: Date) => date.toISOString().slice(0, 10);
const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** Every deeper check; `pack` holds only the items that passed their schema. */
export function deepChecks(root: unknown, header: PackHeader, pack: Partial<ContentPack>, now: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (path, message, severity = 'error') => problems.push(problemAt(root, path, message, severity));
  const at = (key: string, id: string) => (root as Record<string, { id?: unknown }[]>)[key].findIndex((item) => item?.id === id);

  for (const t of pack.testimonials ?? []) {
    const path = ['testimonials', at('testimonials', t.id), 'consent', 'until'];
    const left = (Date.parse(t.consent.until) - Date.parse(day(now))) / DAY;
    if (left < 0) report(path, `consent ended on ${t.consent.until}, so the story is no longer shown; renew the consent or remove the story`);
    else if (left <= SOON_DAYS) report(path, `consent ends on ${t.consent.until}, in ${left} days; renew it in time or the story disappears`, 'warning');
  }
  for (const t of pack.trajectories ?? []) checkTrajectory(t, ['trajectories', at('trajectories', t.id)], now, report);
  for (const p of pack.practices ?? []) checkMachineTranslated(p, ['practices', at('practices', p.id)], report);
  for (const s of pack.studySystems ?? []) {
    const offered = new Set(s.options.flatMap((o) => o.tags));
    s.questions.forEach((q, i) =>
      q.tags.forEach((tag, j) => {
        if (!offered.has(tag)) {
          report(['studySystems', at('studySystems', s.id), 'questions', i, 'tags', j], `no option has the tag "${tag}", so this answer counts for nothing${didYouMean(tag, [...offered])}`);
        }
      }),
    );
  }
  for (const key of ['testimonials', 'trajectories', 'practices', 'studySystems'] as const) {
    for (const item of pack[key] ?? []) missingDefault(item, [key, at(key, item.id)], header.defaultLanguage, report);
  }
  return problems;
}

function unique(list: readonly { [k: string]: unknown }[], key: string, path: Key[], what: string, report: Report) {
  const seen = new Set<unknown>();
  list.forEach((item, i) => {
    if (seen.has(item[key])) report([...path, i, key], `"${String(item[key])}" is used by two ${what}; each needs its own`);
    seen.add(item[key]);
  });
}

function checkTrajectory(t: Trajectory, path: Key[], now: Date, report: Report) {
  unique(t.fields, 'name', [...path, 'fields'], 'fields', report);
  unique(t.sessions, 'id', [...path, 'sessions'], 'sessions', report);
  unique(t.receivers ?? [], 'id', [...path, 'receivers'], 'receivers', report);
  t.fields.forEach((f, i) => {
    if (f.options) unique(f.options, 'value', [...path, 'fields', i, 'options'], 'options', report);
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) report([...path, 'fields', i, 'min'], `is ${f.min}, more than "max" (${f.max}): no answer fits`);
  });
  if (!t.receiver && !t.receivers?.length) report(path, 'has no "receiver" nor "receivers", so nobody gets the sign-ups and the form is not shown');
  const codes = new Map<string, string>();
  (t.receivers ?? []).forEach((r, i) =>
    r.postalCodes.forEach((code, j) => {
      const other = codes.get(code);
      if (other) report([...path, 'receivers', i, 'postalCodes', j], `"${code}" also belongs to receiver "${other}"; a sign-up can go to only one`);
      else codes.set(code, r.id);
    }),
  );
  checkAges(t, path, report);
  const deadline = t.deadline ? Date.parse(t.deadline) : undefined;
  if (deadline !== undefined && deadline < now.getTime() && t.sessions.length === 0) {
    report([...path, 'deadline'], `passed on ${t.deadline!.slice(0, 10)}: the form is closed`, 'warning');
  }
  t.sessions.forEach((s, i) => {
    const start = Date.parse(s.start);
    if (s.end && Date.parse(s.end) < start) report([...path, 'sessions', i, 'end'], 'is before the start');
    if (start < now.getTime()) report([...path, 'sessions', i, 'start'], `is in the past (${s.start.slice(0, 10)}): the session is not offered any more; remove it`, 'warning');
    else if (deadline !== undefined && start > deadline) {
      report([...path, 'sessions', i, 'start'], `is after the sign-up deadline (${t.deadline!.slice(0, 10)}): nobody can sign up once the session is near; move the deadline or the session`, 'warning');
    }
  });
}

/** Age rules: the age field's range, `minorsPossible` and `guardianBelowAge` must agree. */
function checkAges(t: Trajectory, path: Key[], report: Report) {
  const index = t.fields.findIndex((f) => f.name === 'age' && f.type === 'number');
  const guardian = t.guardianBelowAge ?? DEFAULT_GUARDIAN_AGE;
  if (t.guardianBelowAge !== undefined && !t.minorsPossible) {
    report([...path, 'guardianBelowAge'], 'is set, but "minorsPossible" is not true, so no guardian step is ever asked; set "minorsPossible": true or remove it');
  }
  if (index < 0) return;
  const age = t.fields[index];
  const fieldPath = [...path, 'fields', index];
  if (t.minorsPossible && age.min !== undefined && age.min >= guardian) {
    report([...fieldPath, 'min'], `is ${age.min}, so nobody younger than ${guardian} can sign up, yet "minorsPossible" adds a guardian step for them; lower "min" or raise "guardianBelowAge"`);
  }
  if (!t.minorsPossible && (age.min === undefined || age.min < guardian)) {
    report([...fieldPath, 'min'], `lets people younger than ${guardian} sign up, but "minorsPossible" is not true, so no guardian takes part; set "min" to ${guardian} or "minorsPossible": true`);
  }
}

/** Every localized text (an object whose keys are all language tags) inside `value`. */
function walkTexts(value: unknown, path: Key[], visit: (path: Key[], text: Record<string, string>) => void) {
  if (Array.isArray(value)) value.forEach((item, i) => walkTexts(item, [...path, i], visit));
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length && entries.every(([k, v]) => TAG.test(k) && typeof v === 'string')) {
      visit(path, value as Record<string, string>);
      return;
    }
    for (const [key, item] of entries) walkTexts(item, [...path, key], visit);
  }
}

function missingDefault(item: unknown, path: Key[], defaultLanguage: string, report: Report) {
  walkTexts(item, path, (at, text) => {
    const langs = Object.keys(text);
    if (!langs.some((lang) => base(lang) === base(defaultLanguage))) {
      report(at, `has no text in the default language "${defaultLanguage}"; visitors who read it see ${langs.join(' or ')}`, 'warning');
    }
  });
}

function checkMachineTranslated(p: Practice, path: Key[], report: Report) {
  const present = new Set<string>();
  walkTexts(p, [], (_, text) => Object.keys(text).forEach((lang) => present.add(base(lang))));
  p.machineTranslated.forEach((lang, i) => {
    if (!present.has(base(lang))) report([...path, 'machineTranslated', i], `"${lang}" is marked as machine-translated, but the practice has no text in it`, 'warning');
  });
}
