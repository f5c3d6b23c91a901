import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OutboxEntry } from '../logic/delivery.js';
import { add, clock, forForm, isStored, pump, read, removeEntry, subscribe, update } from './outbox.js';

/**
 * Connects one form to the page's outbox: it follows the sign-up the form
 * shows (`entry`), re-renders when that entry changes in this tab or another,
 * and hands new sign-ups over. Entries belong to their form: this controller
 * only changes entries of its own form.
 */
export class DeliveryController implements ReactiveController {
  /** Key of the sign-up this form shows, if any. */
  current?: string;
  #form = '';
  #stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed: (entry: OutboxEntry | undefined) => void,
    /** The form shown; undefined until content is loaded. */
    private readonly form: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Before each update: a newly shown form picks up its sign-ups still in the outbox. */
  hostUpdate(): void {
    const form = this.form();
    if (form && form !== this.#form) this.follow(form);
  }

  hostConnected(): void {
    this.#stop = subscribe((key) => {
      if (key !== this.current) return;
      this.changed(read(key));
      this.host.requestUpdate();
    });
    void pump();
  }

  hostDisconnected(): void {
    this.#stop?.();
  }

  get entry(): OutboxEntry | undefined {
    return this.current ? read(this.current) : undefined;
  }

  get stored(): boolean {
    return this.current ? isStored(this.current) : true;
  }

  get now(): number {
    return clock.now();
  }

  /** Shows the sign-up of `form` that most needs the visitor: a refused one first, then expired, then the newest waiting one. */
  follow(form: string): void {
    this.#form = form;
    const mine = forForm(form);
    const open = (['fields', 'permanent', 'expired', 'pending'] as const).map((state) => mine.find((e) => e.state === state)).find(Boolean);
    this.current = open?.key;
    if (open) this.changed(open);
    this.host.requestUpdate();
  }

  /** Writes the sign-up to the outbox, then sends it at once. */
  send(entry: OutboxEntry): { stored: boolean } {
    this.current = entry.key;
    const result = add(entry);
    void pump({ key: entry.key, force: true });
    this.host.requestUpdate();
    return result;
  }

  /** Tries the shown sign-up again now. */
  retry(): void {
    const key = this.current;
    if (!key) return;
    update(key, (e) => ({ ...e, state: 'pending', problem: undefined, nextAttemptAt: clock.now() }));
    void pump({ key, force: true });
  }

  /** Stops showing the sign-up (it keeps being sent if it is waiting). */
  release(): void {
    this.current = undefined;
    this.host.requestUpdate();
  }

  /** Deletes the shown sign-up from the outbox (its answers are safe elsewhere). */
  discard(): void {
    if (this.current) removeEntry(this.current);
    this.release();
  }
}
