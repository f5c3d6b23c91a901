/** Shared by the sign-up's browser tests: the fixture pack on a fresh receiver bucket, the receiver's counts, and typing. */
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OntrackSignup } from '../../src/widgets/signup/signup.js';
import { loadFixture, waitForState } from './helpers.js';

export interface Pack {
  trajectories: {
    id: string;
    receiver?: { type: string; url?: string };
    receivers?: { id: string; receiver: { type: string; url?: string } }[];
    fields: { name: string; required?: boolean }[];
  }[];
}

let bucketCounter = 0;
/** The fixture pack with every https receiver pointed at a fresh bucket of the test receiver. */
export async function packWithBucket(): Promise<{ pack: Pack; bucket: string }> {
  const bucket = `b${Date.now()}-${bucketCounter++}`;
  const pack = (await loadFixture('signup')) as Pack;
  for (const t of pack.trajectories) {
    if (t.receiver?.url) t.receiver.url = `/api/signups?bucket=${bucket}`;
  }
  return { pack, bucket };
}

export async function receiverCount(bucket: string) {
  const response = await fetch(`/test-api/signups/count?bucket=${bucket}`);
  return (await response.json()) as {
    records: number;
    requests: number;
    submissions: Record<string, unknown>[];
    /** Idempotency keys of the stored sign-ups. */
    keys: string[];
    /** The Idempotency-Key header of every request, stored or not. */
    requestKeys: string[];
    /** Every request body as sent. */
    bodies: Record<string, unknown>[];
  };
}

/** Everything the outbox keeps on this device, as one text. */
export const outboxText = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('ontrack-signup:outbox:'))
    .map((k) => localStorage.getItem(k))
    .join('');

export const fault = (bucket: string, query: string) => fetch(`/test-api/signups/fault?bucket=${bucket}&${query}`);

export async function signup(pack: unknown, trajectory = 'school-climate', extra: Record<string, string> = {}): Promise<OntrackSignup> {
  const host = await fixture<HTMLElement>('<div lang="en"></div>');
  const el = document.createElement('ontrack-signup');
  el.setAttribute('trajectory', trajectory);
  el.setAttribute('min-fill-seconds', '0');
  el.setAttribute('retry-delay', '100');
  for (const [name, value] of Object.entries(extra)) el.setAttribute(name, value);
  el.pack = pack as OntrackSignup['pack'];
  host.append(el);
  await waitForState(el, 'ready');
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: OntrackSignup, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const control = (el: OntrackSignup, path: string) => $<HTMLInputElement>(el, `[data-path="${path}"]`);
export const active = (el: OntrackSignup) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Types into a field as a person does: focus, then keys. */
export async function type(el: OntrackSignup, path: string, text: string) {
  control(el, path).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

export async function fillSchool(el: OntrackSignup) {
  await type(el, 'answers.school', 'Atheneum North');
  await type(el, 'answers.email', 'team@example.org');
  $<HTMLInputElement>(el, '#c-answers-level-1').click();
  control(el, 'answers.consent').click();
  await el.updateComplete;
}

/**
 * Fills the Skaraborg form ("back-to-studies"): a first name, a phone number
 * (unless `phone` is false), the municipality, and "not a minor" (unless
 * `adult` is false, for the guardian's step or an age field).
 */
export async function fillBackToStudies(el: OntrackSignup, { municipality = 'east', phone = true, adult = true } = {}) {
  await type(el, 'answers.firstName', 'Saga');
  if (phone) await type(el, 'answers.phone', '0701234567');
  const select = control(el, 'municipality') as unknown as HTMLSelectElement;
  select.value = municipality;
  select.dispatchEvent(new Event('change'));
  if (adult) $<HTMLInputElement>(el, '#c-minor-no').click();
  await el.updateComplete;
}

export const submit = async (el: OntrackSignup) => {
  $<HTMLButtonElement>(el, '[part="submit"]').click();
  await el.updateComplete;
};

