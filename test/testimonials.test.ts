import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/widgets/testimonials/define.js';
import type { OntrackTestimonials } from '../src/widgets/testimonials/testimonials.js';
import { runWidgetSuite } from './shared/widget-suite.js';
import { itEmulatingMedia } from './shared/engine.js';
import { contentUrl, loadFixture, requestCount, waitForState } from './shared/helpers.js';

runWidgetSuite({ tag: 'ontrack-testimonials', ready: 'pack', empty: 'empty', loadFixture });

async function ready(markup: string): Promise<OntrackTestimonials> {
  const el = await fixture<OntrackTestimonials>(markup);
  await waitForState(el, 'ready');
  return el;
}

const ids = (el: OntrackTestimonials) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')].map((card) => card.dataset.id);

const cardOf = (el: OntrackTestimonials, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="card"][data-id="${id}"]`)!;

describe('<ontrack-testimonials>', () => {
  it('shows every story with consent, never an expired one', async () => {
    const el = await ready(`<ontrack-testimonials src="${contentUrl()}" lang="en"></ontrack-testimonials>`);
    expect(ids(el)).to.deep.equal(['amira', 'jonas', 'elin']);
    expect(el.shadowRoot!.textContent).not.to.include('must never be shown');
  });

  it('shows a story through the last day of its consent, and not a day longer', async () => {
    const pack = (await loadFixture('pack')) as { testimonials: { consent: { until: string } }[] };
    // A date in the visitor's time zone, `offset` days from today.
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    pack.testimonials[0].consent.until = day(0); // amira: ends today
    pack.testimonials[1].consent.until = day(-1); // jonas: ended yesterday
    pack.testimonials[2].consent.until = day(1); // elin: ends tomorrow
    const el = await fixture<OntrackTestimonials>(html`<ontrack-testimonials .pack=${pack}></ontrack-testimonials>`);
    await waitForState(el, 'ready');
    expect(ids(el)).to.deep.equal(['amira', 'elin']);
  });

  it('selects by tags and limit', async () => {
    const el = await ready(`<ontrack-testimonials src="${contentUrl()}" tags="internship, second-chance"></ontrack-testimonials>`);
    expect(ids(el)).to.deep.equal(['amira', 'elin']);
    el.limit = 1;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['amira']);
    el.tags = 'no-such-tag';
    await waitForState(el, 'empty');
  });

  it('shows name, age, school, quote and a photo with its alt text', async () => {
    const el = await ready(`<ontrack-testimonials src="${contentUrl()}" lang="en"></ontrack-testimonials>`);
    const card = cardOf(el, 'amira');
    expect(card.querySelector('[part="quote"]')!.textContent!.trim()).to.equal('My coach helped me stay on my internship.');
    expect(card.querySelector('.name')!.textContent).to.equal('Amira');
    expect(card.querySelector('.name')!.getAttribute('aria-level')).to.equal('3');
    expect(card.textContent).to.include('17 years old');
    expect(card.textContent).to.include('Internship support, Ghent');
    expect(card.querySelector('img')!.getAttribute('alt')).to.equal('A drawn bicycle');
    expect(cardOf(el, 'jonas').textContent).to.include('name changed');
  });

  it('falls back per field: requested language, then the pack default, then any, and marks the fallback', async () => {
    const el = await ready(`<ontrack-testimonials src="${contentUrl()}" lang="fi"></ontrack-testimonials>`);
    const quote = (id: string) => cardOf(el, id).querySelector<HTMLElement>('[part="quote"] p')!;
    // Amira's quote exists in Finnish.
    expect(quote('amira').lang).to.equal('fi');
    expect(quote('amira').textContent).to.include('Valmentajani');
    // Jonas's quote exists only in Dutch, the pack's default language.
    expect(quote('jonas').lang).to.equal('nl');
    // Elin's quote is in Swedish and English, neither requested nor the default: the browser's English is next.
    expect(['en', 'sv']).to.include(quote('elin').lang);
  });

  describe('every visitor', () => {
    it('isolates English content in an Arabic interface: own direction, own quote marks, own alignment', async () => {
      const pack = (await loadFixture('pack')) as { testimonials: { quote: Record<string, string> }[] };
      // Amira's quote only in English now (whatever the browser's own languages are).
      pack.testimonials[0].quote = { en: pack.testimonials[0].quote.en };
      const el = await fixture<OntrackTestimonials>(html`<ontrack-testimonials lang="ar" .pack=${pack}></ontrack-testimonials>`);
      await waitForState(el, 'ready');
      const quote = cardOf(el, 'amira').querySelector<HTMLElement>('[part="quote"] p')!;
      expect(quote.lang).to.equal('en');
      expect(getComputedStyle(quote).direction).to.equal('ltr');
      // The opening mark sits where the English text starts: at the left edge, just before the first word.
      const range = document.createRange();
      range.selectNodeContents(quote);
      const gap = range.getClientRects()[0].left - quote.getBoundingClientRect().left;
      expect(gap).to.be.within(1, 30);
      expect(getComputedStyle(quote, '::before').content).to.equal('"“"');
      await expect(el).to.be.accessible();
    });

    it('reads "Play video: <title>" in the right order when the title is in another direction', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}" lang="ar"></ontrack-testimonials>`);
      const label = cardOf(el, 'jonas').querySelector('button.play')!.textContent!.trim();
      // The title (English or Dutch, by the browser's languages) is wrapped in Unicode isolates
      // (first strong isolate … pop directional isolate).
      expect(label).to.match(/: \u2068Jonas (tells his story|vertelt zijn verhaal)\u2069$/);
      await expect(el).to.be.accessible();
    });

    it('hyphenates each text in its own language', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}" lang="fi"></ontrack-testimonials>`);
      const jonas = cardOf(el, 'jonas').querySelector<HTMLElement>('[part="quote"] p')!;
      expect(jonas.lang).to.equal('nl');
      const style = getComputedStyle(jonas) as CSSStyleDeclaration & { webkitHyphens?: string };
      expect(style.hyphens || style.webkitHyphens).to.equal('auto');
    });

    it('starts its headings one level below the page heading before it, unless heading-level says otherwise', async () => {
      const host = await fixture<HTMLElement>(`<div>
        <h1>City of Ghent</h1>
        <ontrack-testimonials src="${contentUrl()}"></ontrack-testimonials>
        <section><h2>Stories</h2><div><ontrack-testimonials src="${contentUrl()}"></ontrack-testimonials></div></section>
        <ontrack-testimonials src="${contentUrl()}" heading-level="5"></ontrack-testimonials>
        <ontrack-signup-fallback-test><h4>Inside another widget</h4></ontrack-signup-fallback-test>
        <ontrack-testimonials src="${contentUrl()}"></ontrack-testimonials>
      </div>`);
      const widgets = [...host.querySelectorAll<OntrackTestimonials>('ontrack-testimonials')];
      await Promise.all(widgets.map((w) => waitForState(w, 'ready')));
      const level = (w: OntrackTestimonials) => w.shadowRoot!.querySelector('.name')!.getAttribute('aria-level');
      expect(widgets.map(level)).to.deep.equal(['2', '3', '5', '3']);
    });

    it('keeps heading level 3 on a page without headings', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}"></ontrack-testimonials>`);
      expect(el.shadowRoot!.querySelector('.name')!.getAttribute('aria-level')).to.equal('3');
    });

    it('keeps its space while loading, so the page does not jump', async () => {
      const el = await fixture<OntrackTestimonials>(`<ontrack-testimonials src="${contentUrl({ delay: 1500 })}"></ontrack-testimonials>`);
      expect(el.getAttribute('state')).to.equal('loading');
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(29 * rem);
      el.style.setProperty('--ontrack-reserve', '5rem');
      expect(el.getBoundingClientRect().height).to.be.below(6 * rem);
    });
  });

  it('sends one request for several widgets that share a src', async () => {
    const src = contentUrl();
    const host = await fixture<HTMLElement>(`<div>
      <ontrack-testimonials src="${src}"></ontrack-testimonials>
      <ontrack-testimonials src="${src}" layout="carousel"></ontrack-testimonials>
      <ontrack-testimonials src="${src}" tags="ghent"></ontrack-testimonials>
    </div>`);
    const widgets = [...host.querySelectorAll<OntrackTestimonials>('ontrack-testimonials')];
    await Promise.all(widgets.map((w) => waitForState(w, 'ready')));
    expect(await requestCount(src)).to.equal(1);
  });

  it('leaves out stories with broken fields, names them by id and field, and shows the rest', async () => {
    const broken = await loadFixture('pack') as { testimonials: Record<string, unknown>[] };
    delete broken.testimonials[1].quote;
    broken.testimonials[2].age = 'nineteen';
    let problems: string[] = [];
    const el = await fixture<OntrackTestimonials>(html`<ontrack-testimonials lang="en" .pack=${broken}
      @ontrack-problems=${(e: CustomEvent) => (problems = e.detail.problems.map((p: { where: string; message: string }) => `${p.where}: ${p.message}`))}></ontrack-testimonials>`);
    await waitForState(el, 'ready');
    expect(ids(el)).to.deep.equal(['amira']);
    expect(problems).to.deep.equal([
      'testimonial "jonas" → quote: expected an object of language codes and texts, it is missing',
      'testimonial "elin" → age: expected a number, got text',
    ]);
  });

  it('leaves out a photo without alt text, and a video with neither captions nor transcript', async () => {
    const broken = await loadFixture('pack') as { testimonials: { photo?: Record<string, unknown>; video?: Record<string, unknown> }[] };
    delete broken.testimonials[0].photo!.alt;
    delete broken.testimonials[1].video!.transcript;
    let problems = '';
    const el = await fixture<OntrackTestimonials>(html`<ontrack-testimonials lang="en" .pack=${broken}
      @ontrack-problems=${(e: CustomEvent) => (problems = e.detail.problems.map((p: { where: string; message: string }) => `${p.where}: ${p.message}`).join('\n'))}></ontrack-testimonials>`);
    await waitForState(el, 'ready');
    expect(ids(el)).to.deep.equal(['elin']);
    expect(problems).to.include('testimonial "amira" → photo → alt: expected an object of language codes and texts, it is missing');
    expect(problems).to.include('testimonial "jonas" → video: must come with captions or a transcript');
  });

  it('reads inline content from a <script type="application/json"> child', async () => {
    const pack = JSON.stringify(await loadFixture('pack'));
    const el = await ready(`<ontrack-testimonials lang="en"><script type="application/json">${pack}</script></ontrack-testimonials>`);
    expect(ids(el)).to.deep.equal(['amira', 'jonas', 'elin']);
  });

  it('says plainly when it was given no content at all', async () => {
    const el = await fixture<OntrackTestimonials>(`<ontrack-testimonials></ontrack-testimonials>`);
    await waitForState(el, 'error');
    expect(el.shadowRoot!.querySelector('[part="error"] details')!.textContent).to.include('set the "src" attribute');
  });

  it('accepts the pack as a promise', async () => {
    const widget = await fixture<OntrackTestimonials>(html`<ontrack-testimonials .pack=${loadFixture('pack')}></ontrack-testimonials>`);
    await waitForState(widget, 'ready');
  });

  describe('video', () => {
    it('loads nothing from the video host until the visitor presses play', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}" lang="en"></ontrack-testimonials>`);
      const card = cardOf(el, 'jonas');
      expect(card.querySelector('iframe')).to.equal(null);
      const fromHost = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('video.example.org'));
      expect(fromHost()).to.have.length(0);
      const play = card.querySelector<HTMLButtonElement>('button.play')!;
      expect(play.textContent).to.include('Play video: Jonas tells his story');
      const event = oneEvent(el, 'ontrack-video-play');
      play.click();
      expect((await event).detail).to.deep.equal({ testimonial: 'jonas', url: 'https://video.example.org/embed/jonas' });
      await el.updateComplete;
      const frame = card.querySelector('iframe')!;
      expect(frame.getAttribute('src')).to.equal('https://video.example.org/embed/jonas');
      expect(frame.getAttribute('title')).to.equal('Jonas tells his story');
      expect(card.querySelector('.transcript')!.textContent).to.include('I changed school twice');
    });

    it('lets the page cancel play, e.g. to ask for cookie consent first', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}"></ontrack-testimonials>`);
      el.addEventListener('ontrack-video-play', (e) => e.preventDefault());
      cardOf(el, 'jonas').querySelector<HTMLButtonElement>('button.play')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    });
  });

  describe('carousel', () => {
    const slideLabel = (el: OntrackTestimonials) =>
      el.shadowRoot!.querySelector('[aria-roledescription="slide"]')!.getAttribute('aria-label');

    it('follows the APG carousel pattern and is accessible', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}" layout="carousel" lang="en"></ontrack-testimonials>`);
      const region = el.shadowRoot!.querySelector('section')!;
      expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(region.getAttribute('aria-label')).to.equal('Stories from young people');
      expect(el.shadowRoot!.querySelector('#slides')!.getAttribute('aria-live')).to.equal('polite');
      expect(slideLabel(el)).to.equal('1 of 3');
      expect(ids(el)).to.deep.equal(['amira']);
      await expect(el).to.be.accessible();
    });

    it('works by keyboard alone, wrapping at both ends', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}" layout="carousel" lang="en"></ontrack-testimonials>`);
      const before = await fixture<HTMLButtonElement>('<button>before</button>');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const active = () => el.shadowRoot!.activeElement as HTMLElement;
      expect(active().classList.contains('prev')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(slideLabel(el)).to.equal('3 of 3');
      expect(ids(el)).to.deep.equal(['elin']);
      await sendKeys({ press: 'Tab' });
      expect(active().classList.contains('next')).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(slideLabel(el)).to.equal('1 of 3');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(slideLabel(el)).to.equal('2 of 3');
      expect(active().classList.contains('next'), 'focus stays on the button').to.equal(true);
    });

    it('mirrors its arrows right-to-left', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}" layout="carousel" lang="ar"></ontrack-testimonials>`);
      const arrow = el.shadowRoot!.querySelector('.next .arrow')!;
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      await expect(el).to.be.accessible();
    });

    itEmulatingMedia('does not animate for visitors who ask for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await ready(`<ontrack-testimonials src="${contentUrl()}" layout="carousel"></ontrack-testimonials>`);
        const slide = el.shadowRoot!.querySelector('.slide')!;
        expect(parseFloat(getComputedStyle(slide).animationDuration)).to.be.below(0.001);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('never moves on its own', async () => {
      const el = await ready(`<ontrack-testimonials src="${contentUrl()}" layout="carousel" lang="en"></ontrack-testimonials>`);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(slideLabel(el)).to.equal('1 of 3');
    });
  });

  it('renders numbers and its interface in the widget language', async () => {
    const el = await ready(`<ontrack-testimonials src="${contentUrl()}" layout="carousel" lang="nl"></ontrack-testimonials>`);
    await waitUntil(() => currentSlideLabel(el) !== null);
    expect(currentSlideLabel(el)).to.equal('1 van 3');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).not.to.equal('Stories from young people');
  });
});

function currentSlideLabel(el: OntrackTestimonials) {
  return el.shadowRoot!.querySelector('.slide')?.getAttribute('aria-label') ?? null;
}
