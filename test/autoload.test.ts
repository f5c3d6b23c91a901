/**
 * dist/ontrack.js as a CMS page uses it: one script, and each widget's code
 * is downloaded only when its tag is on the page (now or later).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { contentUrl, waitForState } from './shared/helpers.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';

describe('the all-in-one module', () => {
  it('defines a widget when its tag is on the page, and no other', async () => {
    const host = await fixture<HTMLElement>(`<div><ontrack-testimonials src="${contentUrl()}"></ontrack-testimonials></div>`);
    const { loadWidget } = await import('../src/ontrack.js');
    const el = host.querySelector('ontrack-testimonials') as OntrackElement;
    await waitForState(el, 'ready');
    expect(customElements.get('ontrack-signup'), 'no sign-up form on the page, so not loaded').to.equal(undefined);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('/widgets/signup/'))).to.equal(false);

    // A tag added later (by a CMS's own script, say) is picked up too.
    const later = document.createElement('ontrack-signup') as OntrackElement;
    later.setAttribute('src', contentUrl({ body: 'signup' }));
    later.setAttribute('trajectory', 'evening');
    host.append(later);
    await waitUntil(() => customElements.get('ontrack-signup'), 'the sign-up form was loaded when its tag appeared');
    await waitForState(later, 'ready');

    // Pages that put widgets in their own shadow roots load them by name.
    expect(await loadWidget('ontrack-language-picker')).to.equal(customElements.get('ontrack-language-picker'));
    let refused = false;
    await loadWidget('ontrack-nothing').catch(() => (refused = true));
    expect(refused).to.equal(true);
  });

  it('downloads a widget\'s code again after a failed download', async () => {
    const { autoload, loadWidget } = await import('../src/core/autoload.js');
    let attempts = 0;
    autoload({
      'ontrack-flaky': async () => {
        attempts++;
        if (attempts === 1) throw new Error('the network dropped');
        customElements.define('ontrack-flaky', class extends HTMLElement {});
      },
    });
    await fixture('<ontrack-flaky></ontrack-flaky>');
    await waitUntil(() => attempts === 1, 'the first download was tried when the tag appeared');
    expect(customElements.get('ontrack-flaky')).to.equal(undefined);
    void loadWidget('ontrack-flaky');
    await waitUntil(() => customElements.get('ontrack-flaky'), 'defined on the second try', { timeout: 2000 });
    expect(attempts).to.equal(2);
  });
});
