/**
 * A budget of calls per time window, for browser APIs that refuse to be
 * called too often (Safari throws `SecurityError` after 100 history writes in
 * 10 seconds, 30 on some versions). DOM-free: the clock is passed in.
 */
export class CallBudget {
  readonly #times: number[] = [];

  /**
   * @param limit calls allowed in any window
   * @param window length of the window in milliseconds
   */
  constructor(
    readonly limit: number,
    readonly window: number,
  ) {}

  /** Calls still allowed at `now`. */
  left(now: number): number {
    while (this.#times.length && this.#times[0] <= now - this.window) this.#times.shift();
    return Math.max(0, this.limit - this.#times.length);
  }

  /** Takes one call from the budget; `false` (and nothing taken) when it is spent. */
  take(now: number): boolean {
    if (this.left(now) === 0) return false;
    this.#times.push(now);
    return true;
  }
}
