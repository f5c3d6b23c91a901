/**
 * Every event an Ontrack widget fires, typed once. All bubble and cross
 * shadow boundaries, so a host page can listen on `document`.
 */
import type { PackHeader } from '../content/schema/common.js';
import type { ContentError } from '../content/errors.js';
import type { ContentProblem } from '../content/problems.js';
import type { Submission } from '../widgets/signup/logic/validation.js';

export interface OntrackEventDetails {
  /** Content arrived and was valid. */
  'ontrack-load': { pack: PackHeader };
  /** Content could not be loaded or was invalid, or the element's id attribute names nothing in it. */
  'ontrack-error': { error: ContentError };
  /** Content loaded, but some items were left out (or had unknown fields): one problem each, by id and field. */
  'ontrack-problems': { problems: readonly ContentProblem[] };
  /** The visitor asked to play a video. Cancelable: a page can first ask for cookie consent. */
  'ontrack-video-play': { testimonial: string; url: string };
  /** The carousel moved to another slide at the visitor's request. */
  'ontrack-slide-change': { index: number };
  /** A valid sign-up is about to be sent. Cancelable: the page can stop it. `receiver` is the address it goes to. */
  'ontrack-submit': { trajectory: string; submission: Submission; receiver: string };
  /**
   * A sign-up left the form: `sent` (the receiver stored it), `queued` (saved on the
   * device, sent when the connection is back; `sent` follows then), or `email`
   * (handed to the visitor's e-mail app). `id` is the idempotency key.
   */
  'ontrack-submitted': { trajectory: string; id: string; delivery: 'sent' | 'queued' | 'email'; waitlist: boolean };
  /** For the website editor: the receiver cannot take sign-ups (a redirect, an answer without receipt, a refusal, a bad address). */
  'ontrack-delivery-problem': { trajectory: string; id: string; receiver: string; reason: string; status?: number };
}

export type OntrackEventName = keyof OntrackEventDetails;
export type OntrackEvent<K extends OntrackEventName> = CustomEvent<OntrackEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ontrack-load': OntrackEvent<'ontrack-load'>;
    'ontrack-error': OntrackEvent<'ontrack-error'>;
    'ontrack-problems': OntrackEvent<'ontrack-problems'>;
    'ontrack-video-play': OntrackEvent<'ontrack-video-play'>;
    'ontrack-slide-change': OntrackEvent<'ontrack-slide-change'>;
    'ontrack-submit': OntrackEvent<'ontrack-submit'>;
    'ontrack-submitted': OntrackEvent<'ontrack-submitted'>;
  }
}

/** Fires an Ontrack event; returns false when a listener cancelled it. */
export function emit<K extends OntrackEventName>(
  target: EventTarget,
  type: K,
  detail: OntrackEventDetails[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
