/** The sign-up's interface sentences, translated when they are rendered (so always in the widget's language). */
import { msg, str } from '@lit/localize';
import type { FormField, Trajectory } from '../../../content/schema/trajectories.js';
import { formatNumber, pluralRules } from '../../../core/lib/intl.js';
import { DEFAULT_GUARDIAN_AGE, type AnswerValue, type FieldErrorCode, type Submission } from '../logic/validation.js';
import { CHOICE_TYPES } from './context.js';

export function errorText(path: string, code: FieldErrorCode, t: Trajectory, locale: string): string {
  const field = path.startsWith('answers.') ? t.fields.find((f) => `answers.${f.name}` === path) : undefined;
  const number = (n: number) => formatNumber(locale, n);
  switch (code) {
    case 'required':
      if (field?.type === 'checkboxes') return msg('Choose at least one.');
      if ((field && CHOICE_TYPES.has(field.type)) || ['session', 'municipality', 'minor'].includes(path)) return msg('Choose one of the options.');
      return msg('Fill this in, please.');
    case 'consent':
      return msg('Tick this box to go on.');
    case 'email':
      return msg('Write an e-mail address, like name@example.org.');
    case 'tel':
      return msg('Write a phone number with digits only (spaces and + are fine).');
    case 'contact':
      return msg('Write an e-mail address or a phone number.');
    case 'number':
      return msg('Write a number.');
    case 'too-small':
      return field?.min !== undefined ? msg(str`Write a number of ${number(field.min)} or more.`) : msg('This number is too small.');
    case 'too-big':
      return field?.max !== undefined ? msg(str`Write a number of ${number(field.max)} or less.`) : msg('This number is too big.');
    case 'too-long':
      return field?.maxLength !== undefined ? msg(str`Make this shorter: ${number(field.maxLength)} characters at most.`) : msg('Make this shorter.');
    case 'choice':
      return msg('Choose one of the options.');
    case 'date':
      return msg('Write a date that exists.');
    case 'closed':
      return msg('Sign-up for this has closed.');
    default:
      return msg('Please check this answer.');
  }
}

export const guardianAge = (t: Trajectory, locale: string) => formatNumber(locale, t.guardianBelowAge ?? DEFAULT_GUARDIAN_AGE);

/** The name of a question in the error summary. */
export function pathLabel(path: string, t: Trajectory, locale: string, pick: (field: FormField) => string): string {
  if (path.startsWith('answers.')) {
    const field = t.fields.find((f) => `answers.${f.name}` === path);
    if (field) return pick(field);
  }
  switch (path) {
    case 'session':
      return msg('Date');
    case 'municipality':
      return msg('Municipality');
    case 'minor':
      return msg(str`Are you younger than ${guardianAge(t, locale)}?`);
    case 'guardian.name':
      return msg('Name of your parent or guardian');
    case 'guardian.contact':
      return msg('Phone or e-mail of your parent or guardian');
    case 'guardian.consent':
      return msg('Agreement of your parent or guardian');
    default:
      return msg('The form');
  }
}

/** "Label: problem", without doubled punctuation ("…below.: Tick" → "…below: Tick"; "…school? Choose"). */
export function summaryLine(label: string, problem: string): string {
  const trimmed = label.trim().replace(/[.:;,]+$/, '');
  return /[?!]$/.test(trimmed) ? `${trimmed} ${problem}` : `${trimmed}: ${problem}`;
}

export function placesText(left: number, locale: string): string {
  if (left === Infinity) return '';
  if (left === 0) return msg('Full: you can join the waiting list');
  const n = formatNumber(locale, left);
  return pluralRules(locale).select(left) === 'one' ? msg(str`${n} place left`) : msg(str`${n} places left`);
}

/** One answer as a person reads it (option labels, yes/no), for the e-mail text. */
export function answerText(field: FormField, value: AnswerValue, option: (field: FormField, value: string) => string): string {
  if (Array.isArray(value)) return value.map((v) => option(field, v)).join(', ');
  if (typeof value === 'boolean') return value ? msg('yes') : msg('no');
  return CHOICE_TYPES.has(field.type) ? option(field, String(value)) : String(value);
}

/** The e-mail's lines: title, then each answer, municipality and guardian. */
export function emailLines(
  t: Trajectory,
  submission: Submission,
  pick: (text: FormField['label']) => string,
  municipality: (id: string) => string,
): string[] {
  const option = (field: FormField, value: string) => {
    const found = field.options?.find((o) => o.value === value);
    return found ? pick(found.label) : value;
  };
  const lines = [pick(t.title), ''];
  for (const field of t.fields) {
    const value = submission.answers[field.name];
    if (value !== undefined) lines.push(`${pick(field.label)}: ${answerText(field, value, option)}`);
  }
  if (submission.municipality) lines.push(`${msg('Municipality')}: ${municipality(submission.municipality)}`);
  if (submission.guardian) lines.push(`${msg('Parent or guardian')}: ${submission.guardian.name ?? ''}, ${submission.guardian.contact ?? ''}`);
  return lines;
}

export const emailSubject = (title: string) => msg(str`Sign-up: ${title}`);
