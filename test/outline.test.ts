/**
 * Headings that fit the page: without `heading-level`, every widget's top
 * heading is one level below the nearest page heading before it; the
 * attribute still decides when it is set; the level follows the page when its
 * headings change after the widget has rendered.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/widgets/testimonials/define.js';
import '../src/widgets/signup/define.js';
import '../src/widgets/study-explorer/define.js';
import '../src/widgets/practice/define.js';
import '../src/widgets/practice-library/define.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';
import { contentUrl, waitForState } from './shared/helpers.js';

interface Widget {
  tag: string;
  /** Fixture the widget is ready with. */
  body: string;
  attributes?: string;
  /** Level of its top heading on a page without headings. */
  alone: number;
}

const WIDGETS: Widget[] = [
  { tag: 'ontrack-testimonials', body: 'pack', alone: 3 },
  { tag: 'ontrack-signup', body: 'signup', attributes: 'trajectory="school-climate"', alone: 2 },
  { tag: 'ontrack-study-explorer', body: 'explorer', attributes: 'no-history', alone: 3 },
  { tag: 'ontrack-practice', body: 'practices', attributes: 'practice="antwerp-network"', alone: 2 },
  { tag: 'ontrack-practice-library', body: 'practices', alone: 3 },
];

/** The level of the first heading in the widget's shadow root (an `hN` or `role="heading"`). */
function topLevel(el: Element): number {
  const heading = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  expect(heading, `a heading in <${el.localName}>`).to.exist;
  const aria = heading!.getAttribute('aria-level');
  return aria ? Number(aria) : Number(heading!.localName.slice(1));
}

async function page(markup: string, tag: string): Promise<OntrackElement[]> {
  const host = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const widgets = [...host.querySelectorAll<OntrackElement>(tag)];
  await Promise.all(widgets.map((w) => waitForState(w, 'ready')));
  return widgets;
}

describe('headings that fit the page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  for (const { tag, body, attributes = '', alone } of WIDGETS) {
    const widget = (extra = '') => `<${tag} src="${contentUrl({ body })}" ${attributes} ${extra}></${tag}>`;

    describe(`<${tag}>`, () => {
      it('starts one level below an <h1> before it', async () => {
        const [el] = await page(`<h1>City of Ghent</h1><p>Intro</p>${widget()}`, tag);
        expect(topLevel(el)).to.equal(2);
        await expect(el).to.be.accessible();
      });

      it('starts one level below an <h3> before it, also from inside a section', async () => {
        const [el] = await page(`<h1>City</h1><section><h3>Help at school</h3><div>${widget()}</div></section>`, tag);
        expect(topLevel(el)).to.equal(4);
      });

      it('follows heading-level="5" over the page', async () => {
        const [el] = await page(`<h1>City</h1>${widget('heading-level="5"')}`, tag);
        expect(topLevel(el)).to.equal(5);
      });

      it(`keeps level ${alone} on a page without headings`, async () => {
        const [el] = await page(widget(), tag);
        expect(topLevel(el)).to.equal(alone);
      });

      it('follows the page when a heading before it is added, hidden or removed later', async () => {
        const [el] = await page(`<section></section>${widget()}`, tag);
        expect(topLevel(el)).to.equal(alone);
        const section = el.parentElement!.querySelector('section')!;
        const heading = document.createElement('h4');
        heading.textContent = 'Added later';
        section.append(heading);
        await waitUntil(() => topLevel(el) === 5, 'the level follows the added <h4>');
        heading.hidden = true;
        await waitUntil(() => topLevel(el) === alone, 'a hidden heading does not count');
        heading.hidden = false;
        await waitUntil(() => topLevel(el) === 5, 'shown again');
        heading.remove();
        await waitUntil(() => topLevel(el) === alone, 'the level returns when the heading is gone');
      });
    });
  }
});
