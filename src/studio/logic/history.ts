/**
 * Undo and redo over whole documents. Typing in one field is one step: a
 * change with the same `group` as the one before it (within `mergeWithin` ms)
 * replaces that step instead of adding one.
 */

export interface HistoryOptions {
  /** Steps kept for undo. */
  limit?: number;
  /** Milliseconds within which changes of the same group merge. */
  mergeWithin?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export class History<T> {
  #past: T[] = [];
  #future: T[] = [];
  #present: T;
  #lastGroup: string | undefined;
  #lastTime = 0;
  readonly #limit: number;
  readonly #mergeWithin: number;
  readonly #now: () => number;

  constructor(initial: T, options: HistoryOptions = {}) {
    this.#present = initial;
    this.#limit = options.limit ?? 200;
    this.#mergeWithin = options.mergeWithin ?? 1500;
    this.#now = options.now ?? (() => Date.now());
  }

  get present(): T {
    return this.#present;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Records a new present; a change with the same group as the last one, soon after it, merges. */
  push(next: T, group?: string): void {
    if (next === this.#present) return;
    const time = this.#now();
    const merge = group !== undefined && group === this.#lastGroup && time - this.#lastTime <= this.#mergeWithin;
    if (!merge) {
      this.#past.push(this.#present);
      if (this.#past.length > this.#limit) this.#past.shift();
    }
    this.#present = next;
    this.#future = [];
    this.#lastGroup = group;
    this.#lastTime = time;
  }

  undo(): T {
    const previous = this.#past.pop();
    if (previous !== undefined) {
      this.#future.push(this.#present);
      this.#present = previous;
    }
    this.#lastGroup = undefined;
    return this.#present;
  }

  redo(): T {
    const next = this.#future.pop();
    if (next !== undefined) {
      this.#past.push(this.#present);
      this.#present = next;
    }
    this.#lastGroup = undefined;
    return this.#present;
  }

  /** Starts over from `value` (a newly opened pack): nothing to undo. */
  reset(value: T): void {
    this.#present = value;
    this.#past = [];
    this.#future = [];
    this.#lastGroup = undefined;
  }
}
