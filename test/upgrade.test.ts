/**
 * A CMS page: the tag is parsed long before the script arrives. Until then the
 * light-DOM fallback shows; after the upgrade the widget renders, and changing
 * lang re-renders it. The definition is imported only inside the test.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { contentUrl, waitForState } from './shared/helpers.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';

describe('an element parsed before its definition loads', () => {
  it('shows its fallback, then upgrades, and follows lang changes', async () => {
    const host = await fixture<HTMLElement>(`<div lang="en">
      <ontrack-testimonials src="${contentUrl({ body: 'pack' })}" layout="carousel">
        <a href="/stories.html">Read the stories</a>
      </ontrack-testimonials>
    </div>`);
    const el = host.querySelector('ontrack-testimonials') as OntrackElement;
    expect(customElements.get('ontrack-testimonials')).to.equal(undefined);
    expect(el.querySelector('a')!.getBoundingClientRect().height, 'fallback visible before upgrade').to.be.greaterThan(0);

    await import('../src/widgets/testimonials/define.js');
    await waitForState(el, 'ready');
    expect(el.querySelector('a')!.getBoundingClientRect().height, 'fallback hidden when ready').to.equal(0);

    const label = () => el.shadowRoot!.querySelector('section')!.getAttribute('aria-label');
    const english = label();
    host.setAttribute('lang', 'de');
    await waitUntil(() => label() !== english, 'the widget re-rendered in German');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('de');
  });

  it('does not throw when the library is defined twice', async () => {
    const { define } = await import('../src/core/define.js');
    const { OntrackTestimonials } = await import('../src/widgets/testimonials/testimonials.js');
    class Copy extends OntrackTestimonials {}
    expect(() => define('ontrack-testimonials', Copy)).not.to.throw();
    expect(customElements.get('ontrack-testimonials')).not.to.equal(Copy);
  });
});
