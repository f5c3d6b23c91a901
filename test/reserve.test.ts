/**
 * No jump when a widget renders: on a phone, each widget keeps about the
 * height it will have while its content loads (measured with the demo content
 * the reserves were tuned on), so nothing below it moves when it is ready.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/widgets/testimonials/define.js';
import '../src/widgets/signup/define.js';
import '../src/widgets/study-explorer/define.js';
import '../src/widgets/practice/define.js';
import '../src/widgets/practice-library/define.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';
import type { ContentPackInput } from '../src/content/schema.js';
import { waitForState } from './shared/helpers.js';

/** The widgets as a city page shows them (scripts/city-page.mjs). */
const WIDGETS: { tag: string; attributes: Record<string, string> }[] = [
  { tag: 'ontrack-testimonials', attributes: { limit: '3' } },
  { tag: 'ontrack-signup', attributes: { trajectory: 'samen-maakt-school' } },
  { tag: 'ontrack-practice', attributes: { practice: 'antwerp-network' } },
  { tag: 'ontrack-practice-library', attributes: {} },
  { tag: 'ontrack-study-explorer', attributes: { system: 'flanders', 'no-history': '' } },
];

/** How far the ready height may be from the reserved one, as a share of the reserve (the reserves were measured in Chromium; Firefox sets the same text up to 14% taller). */
const TOLERANCE = 0.15;

let demo: ContentPackInput;

async function loading(tag: string, attributes: Record<string, string>) {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as OntrackElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  let arrive!: (pack: ContentPackInput) => void;
  el.pack = new Promise<ContentPackInput>((resolve) => (arrive = resolve));
  host.append(el);
  await el.updateComplete;
  expect(el.getAttribute('state')).to.equal('loading');
  return { el, arrive };
}

const height = (el: Element) => el.getBoundingClientRect().height;

describe('space kept while loading, on a 375 px phone', () => {
  before(async () => {
    // The demo's images are at the root of the demo site (public/).
    const text = (await (await fetch('/public/content.json')).text()).replaceAll('"/demo/', '"/public/demo/');
    demo = JSON.parse(text) as ContentPackInput;
    await setViewport({ width: 375, height: 800 });
  });
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  for (const { tag, attributes } of WIDGETS) {
    it(`<${tag}> is about as tall while loading as when ready`, async () => {
      const { el, arrive } = await loading(tag, attributes);
      const reserved = height(el);
      arrive(structuredClone(demo));
      await waitForState(el, 'ready');
      await el.updateComplete;
      const ready = height(el);
      expect(reserved, 'a real reservation, not the 6rem default').to.be.above(400);
      expect(Math.abs(ready - reserved) / reserved, `ready ${Math.round(ready)} px vs reserved ${Math.round(reserved)} px`).to.be.at.most(TOLERANCE);
      await expect(el).to.be.accessible();
    });
  }

  it('renders arrived content in a task of its own, not in the task it arrived in', async () => {
    // Widgets sharing one pack get it in the same task; rendering each in its
    // own keeps the page from blocking in one long task.
    const { el, arrive } = await loading('ontrack-practice', { practice: 'antwerp-network' });
    let loaded = false;
    el.addEventListener('ontrack-load', () => (loaded = true));
    arrive(structuredClone(demo));
    for (let i = 0; i < 200; i++) await Promise.resolve(); // every microtask of this task
    expect(loaded, 'the content is there').to.equal(true);
    expect(el.getAttribute('state')).to.equal('loading');
    await waitForState(el, 'ready');
  });

  it('lets the page set the reservation with --ontrack-reserve', async () => {
    const { el } = await loading('ontrack-signup', { trajectory: 'samen-maakt-school' });
    el.style.setProperty('--ontrack-reserve', '12rem');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(height(el)).to.equal(12 * rem);
  });

  it('keeps fewer testimonials’ space for a smaller limit, and one card for a carousel', async () => {
    const three = height((await loading('ontrack-testimonials', { limit: '3' })).el);
    const one = height((await loading('ontrack-testimonials', { limit: '1' })).el);
    const carousel = height((await loading('ontrack-testimonials', { layout: 'carousel' })).el);
    expect(one).to.be.within(three / 3 - 20, three / 3 + 20);
    expect(carousel).to.be.above(one).and.below(one * 1.3);
  });
});
