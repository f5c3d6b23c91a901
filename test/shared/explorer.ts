// What the study explorer's browser tests share: making a ready explorer,
// finding things in its shadow root, and moving between its views.
import { fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/widgets/study-explorer/define.js';
import type { OntrackStudyExplorer } from '../../src/widgets/study-explorer/study-explorer.js';
import { contentUrl, waitForState } from './helpers.js';

export const STORAGE = 'ontrack-study-explorer:testland';

/** An explorer on the test pack, once it is ready. */
export async function ready(attributes = 'lang="en"'): Promise<OntrackStudyExplorer> {
  const el = await fixture<OntrackStudyExplorer>(`<ontrack-study-explorer src="${contentUrl({ body: 'explorer' })}" ${attributes}></ontrack-study-explorer>`);
  await waitForState(el, 'ready');
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: OntrackStudyExplorer, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;
export const $$ = (el: OntrackStudyExplorer, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const active = (el: OntrackStudyExplorer) => el.shadowRoot!.activeElement as HTMLElement | null;
export const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Clicks the button of a view and waits for the explorer to show it. */
export async function go(el: OntrackStudyExplorer, view: string) {
  $<HTMLButtonElement>(el, `[data-view="${view}"]`).click();
  await el.updateComplete;
}

/** Drops a shared link and any recorded place from the current entry; no write when there is neither (Safari rations history writes). */
export function clearHash() {
  if (location.hash || history.state !== null) history.replaceState(null, '', location.pathname + location.search);
}

/** Hooks for a file of explorer tests: each test starts with nothing stored, no shared link and a desktop window. */
export function startEachTestAfresh() {
  beforeEach(() => {
    localStorage.removeItem(STORAGE);
    clearHash();
  });
  afterEach(async () => {
    clearHash();
    await setViewport({ width: 800, height: 600 });
  });
}
