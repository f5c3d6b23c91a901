/**
 * What the visitor sees first is shown first: widgets on screen render their
 * content before widgets further down, and the photos of the first
 * testimonials load at once instead of lazily.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/practice/define.js';
import '../src/widgets/testimonials/define.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';
import type { ContentPackInput } from '../src/content/schema.js';
import { loadFixture, waitForState } from './shared/helpers.js';

describe('the first screen first', () => {
  it('renders a widget on screen before one off screen that got the same content', async () => {
    const practices = (await loadFixture('practices')) as ContentPackInput;
    let arrive!: (pack: ContentPackInput) => void;
    const pack = new Promise<ContentPackInput>((resolve) => (arrive = resolve));
    // The one off screen comes first in the document.
    const host = await fixture<HTMLElement>(html`<div>
      <ontrack-practice practice="antwerp-network" class="below" style="position: absolute; inset-block-start: 6000px" .pack=${pack}></ontrack-practice>
      <ontrack-practice practice="antwerp-network" class="on-screen" .pack=${pack}></ontrack-practice>
    </div>`);
    const [below, onScreen] = [...host.children] as OntrackElement[];
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))); // seen by the observer
    const order: string[] = [];
    const watch = new MutationObserver(() => {
      for (const el of [below, onScreen]) if (el.state === 'ready' && !order.includes(el.className)) order.push(el.className);
    });
    for (const el of [below, onScreen]) watch.observe(el, { attributes: true, attributeFilter: ['state'] });
    arrive(practices);
    await Promise.all([waitForState(below, 'ready'), waitForState(onScreen, 'ready')]);
    watch.disconnect();
    expect(order).to.deep.equal(['on-screen', 'below']);
  });

  it('loads the first three testimonials’ photos at once, the others as they come near', async () => {
    const pack = (await loadFixture('pack')) as { testimonials: { id: string; photo?: unknown }[] };
    const withPhoto = pack.testimonials.find((t) => t.photo)!;
    pack.testimonials = Array.from({ length: 5 }, (_, i) => ({ ...withPhoto, id: `story-${i}` }));
    const el = await fixture<OntrackElement>(html`<ontrack-testimonials .pack=${pack}></ontrack-testimonials>`);
    await waitForState(el, 'ready');
    const loading = [...el.shadowRoot!.querySelectorAll('img.photo')].map((img) => img.getAttribute('loading'));
    expect(loading).to.deep.equal(['eager', 'eager', 'eager', 'lazy', 'lazy']);
  });
});
