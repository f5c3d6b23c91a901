import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Spam guards that never discard a person: a hidden field people do not see
 * (and autofill leaves alone), and the time taken to fill the form. A tripped
 * guard does not stop the sign-up: it is sent marked `suspect`, for the
 * receiver to hold for a person to review. Reset for each new sign-up.
 */
export class SpamGuardController implements ReactiveController {
  /** The hidden field's value (bound back to the field, so a reset empties it). */
  trap = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly minFillSeconds: () => number,
  ) {
    host.addController(this);
  }

  /** A form put back into a page starts with an empty trap. */
  hostConnected(): void {
    this.trap = '';
  }

  fill(value: string): void {
    this.trap = value;
  }

  /** True when the sign-up should be held for review: the trap is filled, or the form (begun at `startedAt`) was filled too fast. */
  tripped(startedAt: number, now = Date.now()): boolean {
    return this.trap !== '' || now - startedAt < this.minFillSeconds() * 1000;
  }

  /** Ready for the next person: the trap emptied (the form's timing restarts with its new draft). */
  reset(): void {
    this.trap = '';
    this.host.requestUpdate();
  }
}
