// The practice library's address while typing: one write per pause, never an error.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/practice-library/define.js';
import type { OntrackPracticeLibrary } from '../src/widgets/practice-library/practice-library.js';
import { contentUrl, waitForState } from './shared/helpers.js';
import { limitHistory, uncaughtErrors } from './history-limit.js';

/** 120 characters with no letter twice in a row (so every key press is one character in every engine). */
const TEXT = Array.from({ length: 120 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz '[(i * 7) % 27]).join('');

/** A library with `sync-url`, ready, with `text` typed into its search field one key at a time. */
async function typedSearch(text: string) {
  const el = await fixture<OntrackPracticeLibrary>(`<ontrack-practice-library sync-url lang="en" src="${contentUrl({ body: 'practices' })}"></ontrack-practice-library>`);
  await waitForState(el, 'ready');
  const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  search.focus();
  for (const key of text) await sendKeys({ type: key });
  return { el, search };
}

describe('<ontrack-practice-library sync-url> while typing', () => {
  let start = '';
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => history.replaceState(null, '', start));

  it('types 120 characters fast without an error, and the address follows the field after a pause', async () => {
    const uncaught = uncaughtErrors();
    const el = await fixture<OntrackPracticeLibrary>(`<ontrack-practice-library sync-url lang="en" src="${contentUrl({ body: 'practices' })}"></ontrack-practice-library>`);
    await waitForState(el, 'ready');
    const limit = limitHistory(100);
    try {
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
      search.focus();
      for (const key of TEXT) await sendKeys({ type: key });
      expect(search.value).to.equal(TEXT);
      await waitUntil(() => new URLSearchParams(location.search).get('q') === TEXT, 'the address has the whole search', { timeout: 3000 });
      expect(limit.refused, 'no write refused').to.equal(0);
      // The first key adds an entry (back undoes the search); the rest wait for pauses.
      expect(limit.calls, 'history writes while typing').to.be.at.most(4);
      expect(uncaught.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      limit.restore();
      uncaught.stop();
    }
  });

  it('writes the last search, not an older one, when another change follows quickly', async () => {
    const { el, search } = await typedSearch('co');
    // A filter ticked before the pause: the search reaches its entry first, then the filter adds one.
    el.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-facet="country"] input[value="NO"]')!.click();
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect([params.get('q'), params.get('country')]).to.deep.equal(['co', 'NO']);
    history.back();
    await waitUntil(() => !new URLSearchParams(location.search).has('country'), 'back removes the filter');
    expect(new URLSearchParams(location.search).get('q'), 'and keeps the search typed before it').to.equal('co');
    await waitUntil(() => search.isConnected && el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value === 'co');
  });

  it('drops a pending write when the visitor goes back meanwhile', async () => {
    const { el } = await typedSearch('co');
    history.back();
    await waitUntil(() => !new URLSearchParams(location.search).has('q'), 'back undoes the search');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(new URLSearchParams(location.search).has('q'), 'the typed search was not written over the entry gone back to').to.equal(false);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value).to.equal('');
  });
});
