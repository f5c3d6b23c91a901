/**
 * What a sign-up must contain, built from a trajectory in the content pack.
 *
 * The same code runs in the browser (before sending) and on a server
 * (`validateSubmission`), so a city's backend refuses exactly what the form
 * refuses. Nothing here touches the DOM. Errors are codes (`required`,
 * `email`, …), never sentences: the widget turns them into the visitor's
 * language, a server sends them back in a 422 answer.
 */
import * as z from 'zod/mini';
import type { FormField, Receiver, Session, Trajectory } from '../../../content/schema/trajectories.js';
import { DATE, EMAIL, TEL } from '../../../core/lib/patterns.js';

/** Why a field was refused. */
export type FieldErrorCode =
  | 'required'
  | 'email'
  | 'tel'
  | 'contact'
  | 'number'
  | 'too-small'
  | 'too-big'
  | 'too-long'
  | 'choice'
  | 'date'
  | 'consent'
  | 'closed'
  | 'invalid';

const CODES = new Set<string>([
  'required', 'email', 'tel', 'contact', 'number', 'too-small', 'too-big', 'too-long', 'choice', 'date', 'consent', 'closed', 'invalid',
]);

/**
 * Problems by path: `answers.email`, `session`, `municipality`, `minor`,
 * `guardian.name`, `guardian.contact`, `guardian.consent`; `form` for the
 * sign-up as a whole (e.g. after the deadline).
 */
export type FieldErrors = Record<string, FieldErrorCode>;

export type AnswerValue = string | number | boolean | string[];

/** What the browser sends and a receiver stores. */
export interface Submission {
  trajectory: string;
  answers: Record<string, AnswerValue>;
  /** The chosen session, when the trajectory has sessions. */
  session?: string;
  /** True when the chosen session is full and the person joins its waiting list. */
  waitlist?: boolean;
  /** The chosen municipality, when the trajectory routes by municipality. */
  municipality?: string;
  /** Whether the person is below the age of digital consent (only asked when minors may sign up). */
  minor?: boolean;
  guardian?: { name?: string; contact?: string; consent?: boolean };
  /** The interface language the person used. */
  language?: string;
  /** True when a spam guard tripped: the receiver stores the sign-up and holds it for review. */
  suspect?: boolean;
}

export type SubmissionResult =
  | { ok: true; value: Submission; receiver: Receiver | undefined }
  | { ok: false; errors: FieldErrors };


/** Default age below which a parent or guardian takes part (the age of digital consent differs per country). */
export const DEFAULT_GUARDIAN_AGE = 16;

const filled = (message: FieldErrorCode) => z.refine<string>((v) => v.trim().length > 0, message);

function fieldSchema(field: FormField): z.ZodMiniType {
  const values = (field.options ?? []).map((o) => o.value) as [string, ...string[]];
  switch (field.type) {
    case 'number': {
      const checks: z.core.$ZodCheck<number>[] = [];
      if (field.min !== undefined) checks.push(z.gte(field.min, 'too-small'));
      if (field.max !== undefined) checks.push(z.lte(field.max, 'too-big'));
      return z.number('number').check(z.refine((v) => Number.isFinite(v), 'number'), ...checks);
    }
    case 'date':
      return z.string('date').check(
        z.regex(DATE, 'date'),
        z.refine((v) => !Number.isNaN(Date.parse(v)), 'date'),
      );
    case 'select':
    case 'radio':
      return z.enum(values, 'choice');
    case 'checkboxes': {
      const list = z.array(z.enum(values, 'choice'));
      return field.required ? list.check(z.minLength(1, 'required')) : list;
    }
    case 'consent':
      return field.required ? z.literal(true, 'consent') : z.boolean('invalid');
    default: {
      const checks: z.core.$ZodCheck<string>[] = [];
      if (field.required) checks.push(filled('required'));
      if (field.maxLength) checks.push(z.maxLength(field.maxLength, 'too-long'));
      if (field.type === 'email') checks.push(z.regex(EMAIL, 'email'));
      if (field.type === 'tel') checks.push(z.regex(TEL, 'tel'));
      return z.string('invalid').check(...checks);
    }
  }
}

/** Sessions that have not started yet at `now`. */
export function upcomingSessions(trajectory: Trajectory, now = Date.now()): Session[] {
  return trajectory.sessions.filter((s) => Date.parse(s.start) > now);
}

/** Places left in a session; `Infinity` when it has no limit. */
export function placesLeft(session: Session): number {
  return session.capacity === undefined ? Infinity : Math.max(0, session.capacity - session.taken);
}

/** True once the trajectory's deadline has passed. */
export function isClosed(trajectory: Trajectory, now = Date.now()): boolean {
  if (trajectory.deadline && Date.parse(trajectory.deadline) <= now) return true;
  // A trajectory with sessions that have all taken place is closed too.
  return trajectory.sessions.length > 0 && upcomingSessions(trajectory, now).length === 0;
}

/** Where a submission goes: the municipality's receiver, else the trajectory's own. */
export function receiverFor(trajectory: Trajectory, municipality?: string): Receiver | undefined {
  if (trajectory.receivers?.length) return trajectory.receivers.find((r) => r.id === municipality)?.receiver;
  return trajectory.receiver;
}

/** The municipality a postal code belongs to (by prefix), if any. */
export function municipalityForPostalCode(trajectory: Trajectory, postalCode: string): string | undefined {
  const code = postalCode.replace(/\s+/g, '');
  if (code.length < 3) return undefined;
  return trajectory.receivers?.find((r) => r.postalCodes.some((prefix) => code.startsWith(prefix.replace(/\s+/g, ''))))?.id;
}

/** The zod schema of a submission for one trajectory (sessions and deadline as of `now`). */
export function submissionSchema(trajectory: Trajectory, now = Date.now()) {
  const answers: Record<string, z.ZodMiniType> = {};
  for (const field of trajectory.fields) {
    const schema = fieldSchema(field);
    answers[field.name] = field.required ? schema : z.optional(schema);
  }
  const shape: Record<string, z.ZodMiniType> = {
    trajectory: z.literal(trajectory.id, 'invalid'),
    answers: z.object(answers),
    language: z.optional(z.string().check(z.maxLength(35))),
    suspect: z.optional(z.boolean()),
  };
  const sessions = upcomingSessions(trajectory, now).map((s) => s.id);
  if (sessions.length) {
    shape.session = z.enum(sessions as [string, ...string[]], 'choice');
    shape.waitlist = z.optional(z.boolean());
  }
  if (trajectory.receivers?.length) {
    shape.municipality = z.enum(trajectory.receivers.map((r) => r.id) as [string, ...string[]], 'choice');
  }
  if (trajectory.minorsPossible) {
    shape.minor = z.boolean('required');
    shape.guardian = z.optional(
      z.object({
        name: z.optional(z.string().check(z.maxLength(200, 'too-long'))),
        contact: z.optional(z.string().check(z.maxLength(200, 'too-long'))),
        consent: z.optional(z.boolean()),
      }),
    );
  }
  return z.object(shape);
}

function codeOf(issue: z.core.$ZodIssue, field?: FormField): FieldErrorCode {
  if (issue.input === undefined || (issue.code === 'invalid_type' && issue.input === null)) {
    return field?.type === 'consent' && field.required ? 'consent' : 'required';
  }
  return CODES.has(issue.message) ? (issue.message as FieldErrorCode) : 'invalid';
}

/** Empty answers count as not given: `""`, blank text and empty lists are dropped. */
function withoutEmpty(answers: unknown): unknown {
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return answers;
  return Object.fromEntries(
    Object.entries(answers).filter(
      ([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

/**
 * Checks a submission against one trajectory of a pack.
 *
 * ```js
 * const result = validateSubmission(pack, 'samen-maakt-school', body);
 * if (!result.ok) reply(422, { errors: result.errors });
 * ```
 */
export function validateSubmission(
  pack: { readonly trajectories: readonly Trajectory[] },
  trajectoryId: string,
  data: unknown,
  { now = Date.now() }: { now?: number } = {},
): SubmissionResult {
  const trajectory = pack.trajectories.find((t) => t.id === trajectoryId);
  if (!trajectory) return { ok: false, errors: { trajectory: 'invalid' } };
  if (isClosed(trajectory, now)) return { ok: false, errors: { form: 'closed' } };
  const input =
    data && typeof data === 'object' ? { ...(data as Record<string, unknown>), answers: withoutEmpty((data as Record<string, unknown>).answers) } : data;
  const result = submissionSchema(trajectory, now).safeParse(input, { reportInput: true });
  const errors: FieldErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [first, second] = issue.path;
      let key: string;
      let field: FormField | undefined;
      if (first === 'answers' && typeof second === 'string') {
        key = `answers.${second}`;
        field = trajectory.fields.find((f) => f.name === second);
      } else if (first === 'guardian' && typeof second === 'string') key = `guardian.${second}`;
      else if (typeof first === 'string') key = first;
      else key = 'form';
      errors[key] ??= codeOf(issue, field);
    }
  }
  const value = (result.success ? result.data : input) as Submission;
  if (trajectory.minorsPossible && value?.minor === true) {
    const guardian = value.guardian ?? {};
    if (!guardian.name?.trim()) errors['guardian.name'] ??= 'required';
    const contact = guardian.contact?.trim() ?? '';
    if (!contact) errors['guardian.contact'] ??= 'required';
    else if (!EMAIL.test(contact) && !TEL.test(contact)) errors['guardian.contact'] ??= 'contact';
    if (guardian.consent !== true) errors['guardian.consent'] ??= 'consent';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const submission = result.data as unknown as Submission;
  if (submission.minor !== true) delete submission.guardian;
  if (submission.session) {
    const session = trajectory.sessions.find((s) => s.id === submission.session)!;
    submission.waitlist = placesLeft(session) === 0;
  }
  return { ok: true, value: submission, receiver: receiverFor(trajectory, submission.municipality) };
}
