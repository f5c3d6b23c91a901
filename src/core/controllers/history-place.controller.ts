import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CallBudget } from '../lib/rate-limit.js';

export type HistoryWrite = 'push' | 'replace';

/** What a deferred write puts in the current entry, computed when it runs. */
export interface HistoryEntry {
  state: unknown;
  /** Address of the entry; the current one when absent. */
  url?: string;
}

/**
 * Each widget may write history 30 times in 10 seconds: far more than a
 * visitor clicking needs, far less than a loop would do. Safari also counts
 * the page's own writes (100 in 10 seconds for the whole page, 30 seconds on
 * some versions): when the browser refuses one, every widget stops writing
 * for `REFUSED_PAUSE`.
 */
const WIDGET_LIMIT = 30;
const WIDGET_WINDOW = 10_000;
const REFUSED_PAUSE = 30_000;
let refusedUntil = -Infinity;

/** Milliseconds a deferred write waits for the next one (typing in a field). */
export const HISTORY_DEBOUNCE = 400;

const now = () => performance.now();

/**
 * A widget's place in the browser's session history: guarded, rate-limited
 * writes and the `popstate` that brings the visitor back.
 *
 * Every write can be refused, by the budget above or by the browser itself
 * (`SecurityError` when its own limit is reached, `DataCloneError` for a
 * state it cannot keep): a refused write returns `false` and the widget
 * carries on without history for that step. Writes while typing go through `writeSoon()`: one write once the
 * visitor pauses, not one per key.
 */
export class HistoryPlaceController implements ReactiveController {
  readonly #budget = new CallBudget(WIDGET_LIMIT, WIDGET_WINDOW);
  #timer?: ReturnType<typeof setTimeout>;
  #deferred?: () => HistoryEntry;

  constructor(
    host: ReactiveControllerHost,
    private readonly onPopState: (state: unknown) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#popped);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#popped);
    this.cancel();
  }

  #popped = (event: PopStateEvent) => {
    // A deferred write belongs to the entry the visitor just left.
    this.cancel();
    this.onPopState(event.state);
  };

  /** The current entry's state (the page's and every widget's). */
  get state(): unknown {
    return history.state;
  }

  /** Whether a deferred write waits. */
  get pending(): boolean {
    return this.#deferred !== undefined;
  }

  /**
   * Writes into the current entry (`replace`) or into a new one (`push`).
   * A deferred write runs first, so entries keep their order. `false` when
   * the write was refused.
   */
  write(how: HistoryWrite, state: unknown, url?: string): boolean {
    this.flush();
    return this.#guardedWrite(how, state, url);
  }

  /** Replaces the current entry once no further call came for `delay` ms; the last call's entry wins. */
  writeSoon(entry: () => HistoryEntry, delay = HISTORY_DEBOUNCE): void {
    this.#deferred = entry;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), delay);
  }

  /** Runs a deferred write now. */
  flush(): void {
    const entry = this.#deferred;
    this.cancel();
    if (!entry) return;
    const { state, url } = entry();
    this.#guardedWrite('replace', state, url);
  }

  /** Drops a deferred write. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#deferred = undefined;
  }

  #guardedWrite(how: HistoryWrite, state: unknown, url?: string): boolean {
    const t = now();
    if (t < refusedUntil || !this.#budget.take(t)) return false;
    try {
      if (how === 'push') history.pushState(state, '', url);
      else history.replaceState(state, '', url);
      return true;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'SecurityError') refusedUntil = t + REFUSED_PAUSE;
      return false;
    }
  }
}
