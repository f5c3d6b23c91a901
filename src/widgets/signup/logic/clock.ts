/**
 * A clock that a wrong device clock cannot fool for long: within one page it
 * runs on the monotonic timer (setting the clock while the page is open does
 * not move it), and it corrects itself to the receiver's `Date` header when
 * an answer brings one. DOM-free.
 */
export interface Clock {
  now(): number;
  /** Learns the true time from an HTTP `Date` header. */
  learn(dateHeader: string | null | undefined): void;
}

export function createClock(wall: () => number = Date.now, mono: () => number = () => performance.now()): Clock {
  let base = wall();
  let start = mono();
  return {
    now: () => base + (mono() - start),
    learn(dateHeader) {
      const server = dateHeader ? Date.parse(dateHeader) : Number.NaN;
      if (Number.isNaN(server)) return;
      // One-second precision: only correct errors larger than a few seconds.
      if (Math.abs(server - (base + (mono() - start))) > 5_000) {
        base = server;
        start = mono();
      }
    },
  };
}
