import { expect } from '@open-wc/testing';

/**
 * Safari's history limit, in any engine: after `limit` calls of pushState and
 * replaceState within `window` ms, each further call throws a SecurityError,
 * as Safari does (100 calls in 10 s; 30 s on some versions). Returns a way to
 * count the calls and to take the limit off again.
 */
export function limitHistory(limit = 100, window = 10_000) {
  const push = history.pushState;
  const replace = history.replaceState;
  const times: number[] = [];
  let refused = 0;
  const guard = <A extends unknown[]>(original: (this: History, ...args: A) => void) =>
    function (this: History, ...args: A) {
      const now = performance.now();
      while (times.length && times[0] <= now - window) times.shift();
      times.push(now);
      if (times.length > limit) {
        refused++;
        throw new DOMException('Attempt to use history.pushState() more than 100 times per 10 seconds', 'SecurityError');
      }
      return original.apply(this, args);
    };
  history.pushState = guard(push);
  history.replaceState = guard(replace);
  return {
    /** Calls made (refused ones included) in the current window. */
    get calls() {
      return times.length;
    },
    get refused() {
      return refused;
    },
    restore() {
      history.pushState = push;
      history.replaceState = replace;
    },
  };
}

/** Collects errors nobody caught (in a listener, a Lit update, a promise), which a test must not leave behind. */
export function uncaughtErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Holds a whole test file to Safari's history budget in every engine: every
 * pushState and replaceState of the page (the widgets' and the tests' own)
 * counts, and a test fails once the file has made more than 100 in 10 seconds.
 * WebKit would refuse those writes anyway, only with less telling failures;
 * Chromium and Firefox would let them through. Call it at the top of a file,
 * before any code keeps a reference to the history methods.
 */
export function stayWithinHistoryBudget(limit = 100, window = 10_000) {
  const budget = limitHistory(limit, window);
  afterEach(() => {
    expect(budget.refused, `this file spent Safari's history budget (${limit} writes in ${window / 1000} s): make fewer writes, or move tests to a file of their own`).to.equal(0);
  });
  after(() => budget.restore());
}
