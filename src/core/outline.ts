/**
 * Where a widget sits in the page's outline: the level of the nearest heading
 * before it in the document. Only the page's own headings count (not those
 * inside another widget, nor hidden ones): a widget's headings fit under the
 * page's, not under a neighbouring widget's.
 *
 * Finding it walks the document backwards from the widget, so a widget looks
 * it up when it is connected and again only when the page's headings change
 * (`observeOutline`), not at every update.
 */

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function levelOf(heading: Element): number {
  const aria = Number(heading.getAttribute('aria-level'));
  if (Number.isInteger(aria) && aria > 0) return aria;
  const match = /^h([1-6])$/.exec(heading.localName);
  return match ? Number(match[1]) : 2; // role="heading" without a level means 2
}

/** Whether `heading` belongs to the page, seen from `el`: not hidden, not another widget's fallback. */
function counts(heading: Element, el: Element): boolean {
  if (heading.closest('[hidden], [aria-hidden="true"], template')) return false;
  for (let node = heading.parentElement; node; node = node.parentElement) {
    if (node.localName.startsWith('ontrack-') && !node.contains(el)) return false;
  }
  return true;
}

/**
 * The level (1–6) of the nearest heading before `el` in tree order, looking
 * out of shadow roots into the hosts' trees; `undefined` when there is none.
 */
export function levelOfHeadingBefore(el: Element): number | undefined {
  for (let node: Element | undefined = el; node; ) {
    const root = node.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) return undefined;
    const walker = (node.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = node;
    for (let prev = walker.previousNode() as Element | null; prev; prev = walker.previousNode() as Element | null) {
      if (prev.matches(HEADING) && counts(prev, node)) return Math.min(6, levelOf(prev));
    }
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/** Attributes that can make a heading count or not, or change its level. */
const OUTLINE_ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-level', 'role'];

const outlineListeners = new Set<() => void>();
let outlineObserver: MutationObserver | undefined;

/** Whether a node added, removed or changed can move the page's outline: it is or holds a heading. */
function touchesHeadings(node: Node): boolean {
  return node instanceof Element && (node.matches(HEADING) || node.querySelector(HEADING) !== null);
}

function outlineChanged(records: MutationRecord[]): void {
  const changed = records.some((record) =>
    record.type === 'attributes'
      ? touchesHeadings(record.target)
      : [...record.addedNodes, ...record.removedNodes].some(touchesHeadings),
  );
  if (changed) for (const listener of outlineListeners) listener();
}

/**
 * Calls `listener` when headings are added to or removed from the document,
 * or hidden, shown or given another level. One observer serves every widget;
 * mutations that touch no heading (most of a page's) cost a quick check.
 * Headings inside other components' shadow roots are not observed.
 */
export function observeOutline(listener: () => void): () => void {
  if (!outlineObserver) {
    outlineObserver = new MutationObserver(outlineChanged);
    outlineObserver.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: OUTLINE_ATTRIBUTES,
    });
  }
  outlineListeners.add(listener);
  return () => {
    outlineListeners.delete(listener);
    if (outlineListeners.size === 0) {
      outlineObserver?.disconnect();
      outlineObserver = undefined;
    }
  };
}
