/**
 * The studio's preview frame: the real widgets, in a page of their own, shown
 * with the pack and options the studio posts. A separate page keeps the
 * widgets' language set-up apart from the studio's.
 */
import '../widgets/testimonials/define.js';
import '../widgets/signup/define.js';
import '../widgets/practice/define.js';
import '../widgets/study-explorer/define.js';
import { PREVIEW_MESSAGE, PREVIEW_SIZE_MESSAGE, type PreviewMessage } from './logic/preview.js';

/** Which widget shows an item of each collection, and the attribute that names the item. */
const WIDGETS: Record<string, { tag: string; idAttribute?: string; flags?: string[] }> = {
  testimonials: { tag: 'ontrack-testimonials' },
  trajectories: { tag: 'ontrack-signup', idAttribute: 'trajectory' },
  practices: { tag: 'ontrack-practice', idAttribute: 'practice' },
  studySystems: { tag: 'ontrack-study-explorer', idAttribute: 'system', flags: ['no-history'] },
};

const main = document.querySelector('main')!;

function show(message: PreviewMessage) {
  const widget = WIDGETS[message.collection];
  document.documentElement.lang = message.lang;
  const base = document.querySelector('base') ?? document.head.appendChild(document.createElement('base'));
  if (/^https?:/.test(message.base)) base.href = message.base;
  if (!widget) {
    main.replaceChildren();
    return;
  }
  let el = main.firstElementChild as (HTMLElement & { pack?: unknown }) | null;
  if (el?.localName !== widget.tag) {
    el = document.createElement(widget.tag);
    for (const flag of widget.flags ?? []) el.setAttribute(flag, '');
    main.replaceChildren(el);
  }
  el.lang = message.lang;
  if (widget.idAttribute) el.setAttribute(widget.idAttribute, message.id);
  el.pack = message.pack;
}

addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.origin !== location.origin || event.source !== parent) return;
  if (event.data?.type === PREVIEW_MESSAGE) show(event.data);
});

// The preview sends nothing anywhere: a sign-up sent from it stops here.
document.addEventListener('ontrack-submit', (event) => event.preventDefault());

new ResizeObserver(() => {
  parent.postMessage({ type: PREVIEW_SIZE_MESSAGE, height: document.documentElement.scrollHeight }, location.origin);
}).observe(document.body);
