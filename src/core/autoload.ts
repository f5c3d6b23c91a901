/**
 * Defines widgets when the page uses them. `dist/ontrack.js` makes every
 * widget available from one script tag, but a page with one sign-up form
 * should not download the study explorer: each widget's module is imported
 * the first time its tag is in the document (now, or added later).
 *
 * Elements inside other components' shadow roots are not seen by the
 * document observer; pages that build such components call `loadWidget()`.
 */
import { reserveBeforeDefinition } from './reserve.js';

export type WidgetLoaders = Record<string, () => Promise<unknown>>;

const requested = new Map<string, Promise<unknown>>();
let loaders: WidgetLoaders = {};

/** Imports the module that defines `tag` (once), and resolves when it is defined. */
export function loadWidget(tag: string): Promise<CustomElementConstructor> {
  const load = loaders[tag];
  if (!load) return Promise.reject(new Error(`[ontrack] unknown widget <${tag}>`));
  if (!requested.has(tag)) {
    requested.set(
      tag,
      load().catch((error: unknown) => {
        requested.delete(tag);
        console.warn(`[ontrack] could not load <${tag}>`, error);
      }),
    );
  }
  return customElements.whenDefined(tag);
}

/** Starts watching the document for the given widgets' tags. */
export function autoload(widgets: WidgetLoaders): void {
  loaders = { ...loaders, ...widgets };
  const waiting = new Set(Object.keys(widgets).filter((tag) => !customElements.get(tag)));
  // Until a widget's module arrives, it keeps the space it will take (see reserve.ts).
  reserveBeforeDefinition([...waiting]);
  const scan = (root: ParentNode) => {
    for (const tag of waiting) {
      if ((root as Element).localName === tag || root.querySelector(tag)) {
        waiting.delete(tag);
        void loadWidget(tag);
      }
    }
    if (waiting.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan(document);
}
