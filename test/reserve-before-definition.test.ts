/**
 * A widget whose module has not arrived yet already keeps its space (the
 * document style sheet `dist/ontrack.js` adopts first), and keeps the same
 * space once it is defined and loading: a widget defined late never pushes
 * down one defined early. This file defines no widget up front.
 */
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { reserveBeforeDefinition } from '../src/core/reserve.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';

describe('space kept before a widget is defined', () => {
  before(() => setViewport({ width: 375, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps the same height before the definition and while loading after it', async () => {
    reserveBeforeDefinition(['ontrack-signup', 'ontrack-testimonials']);
    const host = await fixture<HTMLElement>(`<div>
      <ontrack-testimonials limit="2"><a href="/stories">Read the stories</a></ontrack-testimonials>
      <ontrack-signup trajectory="samen-maakt-school"><a href="mailto:info@example.org">Sign up by e-mail</a></ontrack-signup>
    </div>`);
    const [stories, signup] = [...host.children] as OntrackElement[];
    expect(customElements.get('ontrack-signup')).to.equal(undefined);
    const before = [stories.getBoundingClientRect().height, signup.getBoundingClientRect().height];
    const top = signup.getBoundingClientRect().top;
    expect(before[0], 'two cards kept for the stories').to.be.above(800);
    expect(before[1], 'a form kept for the sign-up').to.be.above(1000);

    for (const el of [stories, signup]) el.pack = new Promise(() => {});
    await import('../src/widgets/signup/define.js');
    await import('../src/widgets/testimonials/define.js');
    await Promise.all([stories.updateComplete, signup.updateComplete]);
    expect(signup.getAttribute('state')).to.equal('loading');
    expect(stories.getBoundingClientRect().height).to.be.closeTo(before[0], 1);
    expect(signup.getBoundingClientRect().height).to.be.closeTo(before[1], 1);
    expect(signup.getBoundingClientRect().top, 'the sign-up did not move').to.be.closeTo(top, 1);
  });

  it('lets a page with a reservation of its own keep it', async () => {
    reserveBeforeDefinition(['ontrack-study-explorer']);
    const host = await fixture<HTMLElement>('<div style="--ontrack-reserve: 10rem"><ontrack-study-explorer></ontrack-study-explorer></div>');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(host.firstElementChild!.getBoundingClientRect().height).to.equal(10 * rem);
  });
});
