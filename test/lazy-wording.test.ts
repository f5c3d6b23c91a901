// The editor's wording of content problems loads only when content has a
// mistake. Its own test file, so that the page starts without it: the order of
// the tests matters (a mistake loads the wording for the rest of the page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/widgets/testimonials/define.js';
import '../src/widgets/signup/define.js';
import { loadedWording } from '../src/content/load.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';
import { loadFixture, waitForState } from './shared/helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Whether the page fetched the wording or what only it needs (the full reader, the suggestions). */
const wordingRequested = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/content\/(wording|errors|problems|read)\.|fastest-levenshtein/.test(entry.name));
const details = (el: Element) => el.shadowRoot!.querySelector('[part="error"] details')!.textContent!;

describe('the editor wording of content problems', () => {
  it('is not loaded for content without a mistake', async () => {
    const pack = await loadFixture('pack');
    const el = await fixture<OntrackElement>(html`<ontrack-testimonials lang="en" .pack=${pack}></ontrack-testimonials>`);
    await waitForState(el, 'ready');
    expect(loadedWording()).to.equal(undefined);
    expect(wordingRequested()).to.equal(false);
  });

  it('loads for an id attribute that names nothing, and the editor still gets the ids and the closest one', async () => {
    const pack = await loadFixture('signup');
    let error: Error | undefined;
    const el = await fixture<OntrackElement>(
      html`<ontrack-signup lang="en" trajectory="evenin" .pack=${pack} @ontrack-error=${(e: CustomEvent<{ error: Error }>) => (error = e.detail.error)}
        ><a href="/elsewhere.html">Sign up on our site</a></ontrack-signup
      >`,
    );
    // The state is an error at once; the editor's words follow with the wording.
    await waitForState(el, 'error');
    await waitUntil(() => error, 'an ontrack-error event');
    const message = 'There is no trajectory "evenin" in the content (trajectory="evenin"). Did you mean "evening"?';
    expect(error!.message).to.include(message);
    expect(details(el)).to.include(message);
    expect(wordingRequested()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('words a broken item by id and field, and the other items still show', async () => {
    const pack = (await loadFixture('pack')) as Json;
    pack.testimonials[0].qoute = pack.testimonials[0].quote;
    delete pack.testimonials[0].quote;
    let problems: { where: string; message: string }[] = [];
    const el = await fixture<OntrackElement>(
      html`<ontrack-testimonials lang="en" .pack=${pack} @ontrack-problems=${(e: CustomEvent) => (problems = e.detail.problems)}></ontrack-testimonials>`,
    );
    await waitForState(el, 'ready');
    expect(problems.map((p) => `${p.where}: ${p.message}`)).to.deep.equal([
      'testimonial "amira": "qoute" is not a field of a testimonial — did you mean "quote"?',
    ]);
    const shown = [...el.shadowRoot!.querySelectorAll('[part="card"]')].map((card) => card.getAttribute('data-id'));
    expect(shown).to.deep.equal(['jonas', 'elin']);
  });
});
