/**
 * From the values of the form's controls to the submission that is sent,
 * DOM-free. When a form asks the age (a number field named `age`), whether
 * the person is a minor follows from that answer instead of a second question.
 */
import type { Trajectory } from '../../../content/schema/trajectories.js';
import { DEFAULT_GUARDIAN_AGE, upcomingSessions, type AnswerValue, type Submission } from './validation.js';

export type Values = Readonly<Record<string, unknown>>;

/** The field that gives the age, if the form has one. */
export const ageField = (t: Trajectory) => t.fields.find((f) => f.type === 'number' && f.name.toLowerCase() === 'age');

const asNumber = (raw: unknown): number | undefined => {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const n = Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
};

/**
 * Whether the person is below the guardian age: from the age answer when the
 * form asks it, else from the yes/no question; undefined while unknown.
 */
export function isMinor(t: Trajectory, values: Values): boolean | undefined {
  const field = ageField(t);
  if (field) {
    const age = asNumber(values[`answers.${field.name}`]);
    if (age !== undefined) return age < (t.guardianBelowAge ?? DEFAULT_GUARDIAN_AGE);
  }
  const minor = values.minor;
  return minor === 'yes' ? true : minor === 'no' ? false : undefined;
}

/** True when the yes/no age question is needed (no usable age answer). */
export const asksMinor = (t: Trajectory, values: Values): boolean =>
  Boolean(t.minorsPossible) && !(ageField(t) && asNumber(values[`answers.${ageField(t)!.name}`]) !== undefined);

export function buildSubmission(t: Trajectory, values: Values, language: string, now = Date.now()): Submission {
  const answers: Record<string, AnswerValue> = {};
  for (const field of t.fields) {
    const raw = values[`answers.${field.name}`];
    if (raw === undefined || raw === '') continue;
    if (field.type === 'number' && typeof raw === 'string') {
      const number = asNumber(raw);
      answers[field.name] = number === undefined ? raw : number;
    } else answers[field.name] = raw as AnswerValue;
  }
  const submission: Submission = { trajectory: t.id, answers, language };
  if (upcomingSessions(t, now).length) submission.session = (values.session as string) || undefined;
  if (t.receivers?.length) submission.municipality = (values.municipality as string) || undefined;
  if (t.minorsPossible) {
    submission.minor = isMinor(t, values);
    if (submission.minor) {
      submission.guardian = {
        name: (values['guardian.name'] as string) ?? '',
        contact: (values['guardian.contact'] as string) ?? '',
        consent: values['guardian.consent'] === true,
      };
    }
  }
  return submission;
}
