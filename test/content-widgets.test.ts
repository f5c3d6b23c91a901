// What widgets do with content that has a mistake in one place: leave the
// broken item out and show the rest, tell the editor by id and field, and
// keep the fallback for visitors when the id attribute names nothing.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/widgets/testimonials/define.js';
import '../src/widgets/signup/define.js';
import '../src/widgets/practice/define.js';
import '../src/widgets/study-explorer/define.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';
import type { ContentProblem } from '../src/content/problems.js';
import { contentUrl, loadFixture, requestCount, waitForState } from './shared/helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const details = (el: Element) => el.shadowRoot!.querySelector('[part="error"] details')!.textContent!;
const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="card"]')];

/** Records console.warn calls while `body` runs. */
async function warnings(body: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('one broken item', () => {
  it('is left out; every other testimonial renders, the widget is ready, and the editor is told by id and field', async () => {
    const pack = (await loadFixture('pack')) as Json;
    pack.testimonials[1].qoute = pack.testimonials[1].quote;
    delete pack.testimonials[1].quote;
    let problems: readonly ContentProblem[] = [];
    let el!: OntrackElement;
    const logged = await warnings(async () => {
      const host = await fixture<HTMLElement>(html`<div @ontrack-problems=${(e: CustomEvent) => (problems = e.detail.problems)}></div>`);
      el = document.createElement('ontrack-testimonials') as OntrackElement;
      el.lang = 'en';
      el.pack = pack as OntrackElement['pack'];
      host.append(el);
      await waitForState(el, 'ready');
    });
    expect(cards(el).map((c) => c.getAttribute('data-id'))).to.deep.equal(['amira', 'elin']);
    expect(problems.map((p) => `${p.where}: ${p.message}`)).to.deep.equal([
      'testimonial "jonas": "qoute" is not a field of a testimonial — did you mean "quote"?',
    ]);
    expect(problems[0].path).to.deep.equal(['testimonials', 1, 'qoute']);
    expect(logged.join('\n')).to.include('1 problem in the content').and.include('testimonial "jonas"');
    await expect(el).to.be.accessible();
  });

  it('is still a whole-widget error when the header is broken, or when every item is broken', async () => {
    const pack = (await loadFixture('pack')) as Json;
    pack.publisher.nmae = pack.publisher.name;
    const el = await fixture<OntrackElement>(html`<ontrack-testimonials .pack=${pack}></ontrack-testimonials>`);
    await waitForState(el, 'error');
    expect(details(el)).to.include('publisher: "nmae" is not a field of "publisher" — did you mean "name"?');
    const all = (await loadFixture('pack')) as Json;
    for (const t of all.testimonials) t.age = 'nineteen';
    const none = await fixture<OntrackElement>(html`<ontrack-testimonials .pack=${all}></ontrack-testimonials>`);
    await waitForState(none, 'error');
    expect(details(none)).to.include('testimonial "amira" → age: expected a number, got text');
  });
});

describe('a wrong id attribute', () => {
  const cases: [string, string, string, string][] = [
    ['ontrack-signup', 'trajectory="evenin"', 'signup', 'There is no trajectory "evenin" in the content (trajectory="evenin"). Did you mean "evening"? The trajectory ids are: school-climate, evening, back-to-studies, closed.'],
    ['ontrack-practice', 'practice="folk-highschool"', 'practices', 'There is no practice "folk-highschool" in the content (practice="folk-highschool"). Did you mean "folk-high-school"?'],
    ['ontrack-study-explorer', 'system="testlnd"', 'explorer', 'There is no study system "testlnd" in the content (system="testlnd"). Did you mean "testland"?'],
  ];
  for (const [tag, attribute, body, message] of cases) {
    it(`<${tag} ${attribute}> is an editor error with the ids and the closest one; visitors see the fallback`, async () => {
      let error: string | undefined;
      let el!: OntrackElement;
      // Listen before the element exists: the event may come before fixture() resolves.
      const listen = (e: CustomEvent<{ error: Error }>) => (error = e.detail.error.message);
      document.addEventListener('ontrack-error', listen);
      const logged = await warnings(async () => {
        const host = await fixture<HTMLElement>(
          `<div><${tag} lang="en" ${attribute} src="${contentUrl({ body })}"><a href="/elsewhere.html">Read it on our site</a></${tag}></div>`,
        );
        el = host.querySelector(tag) as OntrackElement;
        await waitForState(el, 'error');
        await waitUntil(() => error, 'an ontrack-error event');
      }).finally(() => document.removeEventListener('ontrack-error', listen));
      expect(details(el)).to.include(message);
      expect(error).to.include(message.split('.')[0]);
      expect(logged.join('\n')).to.include(message.split('.')[0]);
      expect(el.querySelector('a')!.getBoundingClientRect().height, 'fallback link visible').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('names the problems of the item when the id is right but the item was left out', async () => {
    const pack = (await loadFixture('signup')) as Json;
    pack.trajectories[1].feilds = pack.trajectories[1].fields;
    delete pack.trajectories[1].fields;
    const el = await fixture<OntrackElement>(html`<ontrack-signup lang="en" trajectory="evening" .pack=${pack}></ontrack-signup>`);
    await waitForState(el, 'error');
    expect(details(el)).to.include('The trajectory "evening" (trajectory="evening") has 1 problem and was left out');
    expect(details(el)).to.include('trajectory "evening": "feilds" is not a field of a trajectory — did you mean "fields"?');
  });
});

describe('loading', () => {
  it('reload() asks the server again instead of reusing the shared request', async () => {
    const src = contentUrl();
    const el = await fixture<OntrackElement>(`<ontrack-testimonials lang="en" src="${src}"></ontrack-testimonials>`);
    await waitForState(el, 'ready');
    expect(await requestCount(src)).to.equal(1);
    el.reload();
    await waitUntil(async () => (await requestCount(src)) === 2, 'a second request');
    await waitForState(el, 'ready');
  });

  it('says on which line and column the JSON breaks, and shows that line', async () => {
    const raw = '{\n  "version": 1,\n  "testimonials": [],\n}';
    const el = await fixture<OntrackElement>(`<ontrack-testimonials lang="en" src="${contentUrl({ raw })}"></ontrack-testimonials>`);
    await waitForState(el, 'error');
    expect(details(el)).to.include('line 4, column 1: remove the comma before "}"');
    expect(details(el)).to.include('line 4 reads: }');
    await expect(el).to.be.accessible();
  });
});
