/**
 * When a widget renders content that has just arrived. Every widget on a page
 * usually reads the same pack, so all of them get it in the same task; their
 * first renders are the largest work they do. Each takes a turn of its own:
 * a widget on screen right away, next in line (so the page stays responsive
 * between widgets), and a widget off screen once the page is idle (at most
 * half a second later), so that what the visitor sees is painted first.
 */

const onScreen = new WeakMap<Element, boolean>();
let observer: IntersectionObserver | undefined;

/** Starts following whether `el` is on screen (or near it); returns how to stop. */
export function watchScreen(el: Element): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) onScreen.set(entry.target, entry.isIntersecting);
    },
    { rootMargin: '25% 0px' },
  );
  observer.observe(el);
  return () => {
    observer?.unobserve(el);
    onScreen.delete(el);
  };
}

/** Resolves when it is `el`'s turn to render arrived content. */
export function renderTurn(el: Element): Promise<void> {
  if (onScreen.get(el) === false) {
    // Where there is no idle callback (Safari), a short timer lets the widgets on screen go first.
    return new Promise((resolve) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 50),
    );
  }
  // `scheduler.yield()` keeps the widget's place in line; a timer where there is none.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
