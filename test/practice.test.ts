import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/widgets/practice-library/define.js';
import type { OntrackPractice } from '../src/widgets/practice/practice.js';
import type { OntrackPracticeLibrary } from '../src/widgets/practice-library/practice-library.js';
import { runWidgetSuite } from './shared/widget-suite.js';
import { contentUrl, loadFixture, waitForState } from './shared/helpers.js';
import { itEmulatingMedia } from './shared/engine.js';

runWidgetSuite({ tag: 'ontrack-practice', attributes: 'practice="antwerp-network"', ready: 'practices', empty: 'empty', loadFixture });
runWidgetSuite({ tag: 'ontrack-practice-library', ready: 'practices', empty: 'empty', loadFixture });

async function ready<T extends HTMLElement>(markup: string): Promise<T> {
  const el = await fixture<T>(markup);
  await waitForState(el as never, 'ready');
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const ids = (el: OntrackPracticeLibrary) => [...root(el).querySelectorAll<HTMLElement>('[part="card"]')].map((c) => c.dataset.id);
const count = (el: OntrackPracticeLibrary, facet: string, value: string) => {
  const input = root(el).querySelector<HTMLInputElement>(`fieldset[data-facet="${facet}"] input[value="${value}"]`)!;
  return Number(input.closest('label')!.querySelector<HTMLElement>('.count')!.dataset.count);
};
const checkbox = (el: OntrackPracticeLibrary, facet: string, value: string) =>
  root(el).querySelector<HTMLInputElement>(`fieldset[data-facet="${facet}"] input[value="${value}"]`)!;
const active = (el: Element) => root(el).activeElement as HTMLElement | null;
/** Types `text` into the library's search by keyboard, replacing what is there, and waits for `found` results. */
async function searchFor(el: OntrackPracticeLibrary, text: string, found: number) {
  const search = root(el).querySelector<HTMLInputElement>('#search')!;
  search.focus();
  search.select();
  await sendKeys({ type: text });
  await el.updateComplete;
  expect(root(el).querySelector<HTMLInputElement>('#search')!.value).to.equal(text);
  await waitUntil(() => ids(el).length === found, `"${text}" finds ${found}`);
}

describe('<ontrack-practice>', () => {
  it('shows title, summary, sections, facets, contact and links in the visitor\'s language', async () => {
    const el = await ready<OntrackPractice>(`<ontrack-practice practice="antwerp-network" src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice>`);
    const r = root(el);
    expect(r.querySelector('.title')!.textContent).to.equal('Antwerp network against dropping out');
    expect(r.querySelector('.title')!.getAttribute('aria-level')).to.equal('2');
    expect([...r.querySelectorAll<HTMLElement>('[data-section]')].map((s) => s.dataset.section)).to.deep.equal([
      'context', 'activities', 'successFactors', 'contact', 'links',
    ]);
    expect(r.querySelectorAll('[data-section="activities"] .text p')).to.have.length(2);
    const facets = r.querySelector('[part="facets"]')!.textContent!.replace(/\s+/g, ' ');
    expect(facets).to.include('Belgium, Antwerp');
    expect(facets).to.include('Targeted, Individual');
    expect(facets).to.include('Intervention');
    expect(facets).to.include('Moderate');
    expect(r.querySelector('a[href="mailto:network@example.org"]')).to.exist;
    expect(r.querySelector('a[href="https://example.org/toolkit"]')!.textContent).to.equal('Toolkit entry');
    expect(r.querySelectorAll('[part="note"]'), 'no notes when all is in English').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('marks a text missing in the chosen language with its own lang and a visible note, and says when a language is machine-translated', async () => {
    const el = await ready<OntrackPractice>(`<ontrack-practice practice="antwerp-network" src="${contentUrl({ body: 'practices' })}" lang="fi"></ontrack-practice>`);
    const r = root(el);
    expect(r.querySelector('.title')!.getAttribute('lang')).to.equal('fi');
    expect(r.querySelector('.head .note.machine'), 'machine-translated note').to.exist;
    expect(r.querySelector('.head .note.machine')!.textContent).not.to.equal('Machine-translated');
    const context = r.querySelector('[data-section="context"]')!;
    expect(context.querySelector('.text')!.getAttribute('lang')).to.equal('en');
    const note = context.querySelector('.note.fallback')!;
    expect(note.textContent).to.include(new Intl.DisplayNames(['fi'], { type: 'language' }).of('en')!);
    expect(note.getBoundingClientRect().height, 'the note is visible').to.be.greaterThan(0);
    // Success factors exist in Finnish: no note.
    const factors = r.querySelector('[data-section="successFactors"]')!;
    expect(factors.querySelector('.text')!.getAttribute('lang')).to.equal('fi');
    expect(factors.querySelector('.note')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers the languages the practice exists in, each in its own name, and switches by keyboard', async () => {
    const el = await ready<OntrackPractice>(`<ontrack-practice practice="antwerp-network" src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice>`);
    const select = root(el).querySelector<HTMLSelectElement>('#read-in')!;
    expect([...select.options].map((o) => [o.value, o.textContent, o.lang])).to.deep.equal([
      ['en', 'English', 'en'],
      ['nl', 'Nederlands', 'nl'],
      ['fi', 'Suomi', 'fi'],
    ]);
    expect(root(el).querySelector(`label[for="read-in"]`)).to.exist;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root(el).querySelector('.title')!.getAttribute('lang') === 'nl');
    expect(root(el).querySelector('.title')!.textContent).to.equal('Antwerps netwerk tegen schooluitval');
    // The interface stays English; the missing Dutch "what is done" is marked.
    const activities = root(el).querySelector('[data-section="activities"]')!;
    expect(activities.querySelector('.note')!.textContent).to.equal('Shown in English');
    expect(activities.querySelector('.text')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  itEmulatingMedia('prints without the language menu, with link addresses written out', async () => {
    const el = await ready<OntrackPractice>(`<ontrack-practice practice="antwerp-network" src="${contentUrl({ body: 'practices' })}"></ontrack-practice>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('.languages')!).display).to.equal('none');
      const link = root(el).querySelector('a[href="https://example.org/toolkit"]')!;
      expect(getComputedStyle(link, '::after').content).to.include('https://example.org/toolkit');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(root(el).querySelector('.languages')!).display).not.to.equal('none');
  });

  it('is an editor error for an unknown practice id', async () => {
    const el = await fixture<OntrackPractice>(`<ontrack-practice practice="nope" src="${contentUrl({ body: 'practices' })}"></ontrack-practice>`);
    await waitForState(el, 'error');
    await expect(el).to.be.accessible();
  });

  it('is right-to-left in Arabic, content keeping its own direction', async () => {
    const el = await ready<OntrackPractice>(`<ontrack-practice practice="folk-high-school" src="${contentUrl({ body: 'practices' })}" lang="ar"></ontrack-practice>`);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(root(el).querySelector('.title')!.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });
});

describe('<ontrack-practice-library>', () => {
  it('shows every practice as a card, sorted by title, with facet counts', async () => {
    const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice-library>`);
    expect(ids(el)).to.deep.equal(['school-bridge', 'antwerp-network', 'ostfold-county', 'folk-high-school']);
    expect(count(el, 'classification', 'prevention')).to.equal(2);
    expect(count(el, 'classification', 'compensation')).to.equal(2);
    expect(count(el, 'country', 'BE')).to.equal(2);
    expect(count(el, 'country', 'SE')).to.equal(1);
    expect(count(el, 'funding', 'eu')).to.equal(3);
    expect(root(el).querySelector('[part="count"]')!.textContent).to.equal('Practices found: 4');
    await expect(el).to.be.accessible();
  });

  it('updates counts of the other facets when a filter is ticked, and keeps its own facet\'s counts', async () => {
    const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice-library>`);
    checkbox(el, 'classification', 'prevention').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['school-bridge', 'ostfold-county']);
    expect(count(el, 'country', 'BE')).to.equal(1);
    expect(count(el, 'country', 'NO')).to.equal(1);
    expect(count(el, 'country', 'SE')).to.equal(0);
    expect(checkbox(el, 'country', 'SE').disabled).to.equal(true);
    expect(count(el, 'classification', 'compensation'), 'own facet: what ticking it would add').to.equal(2);
    // Within a facet, values add up; across facets, they narrow.
    checkbox(el, 'classification', 'compensation').click();
    await el.updateComplete;
    expect(ids(el)).to.have.members(['school-bridge', 'ostfold-county', 'folk-high-school']);
    checkbox(el, 'country', 'BE').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['school-bridge']);
    expect(root(el).querySelector('[part="count"]')!.textContent).to.equal('Practices found: 1');
    root(el).querySelector<HTMLButtonElement>('.clear')!.click();
    await el.updateComplete;
    expect(ids(el)).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('searches in Finnish ignoring case and accents, also in the fallback languages', async () => {
    const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" lang="fi"></ontrack-practice-library>`);
    await searchFor(el, 'KOULUNKAYNNIN', 1);
    expect(ids(el)).to.deep.equal(['antwerp-network']);
    // The Finnish country name finds both Belgian practices.
    await searchFor(el, 'belgia', 2);
    expect(ids(el)).to.have.members(['antwerp-network', 'school-bridge']);
    // English is a fallback: "parents" only exists in English.
    await searchFor(el, 'parents', 1);
    expect(ids(el)).to.deep.equal(['school-bridge']);
    await searchFor(el, 'nothing-like-this', 0);
    expect(root(el).querySelector('.notice')!.textContent!.trim()).not.to.equal('');
    await expect(el).to.be.accessible();
  });

  it('searches in Swedish ignoring case and accents: ostfold finds Østfold, VASTERNORRLAND finds Västernorrland', async () => {
    const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" lang="sv"></ontrack-practice-library>`);
    await searchFor(el, 'ostfold', 1);
    expect(ids(el)).to.deep.equal(['ostfold-county']);
    await searchFor(el, 'VASTERNORRLAND', 1);
    expect(ids(el)).to.deep.equal(['folk-high-school']);
    await searchFor(el, 'folkhogskolan', 1);
    expect(ids(el)).to.deep.equal(['folk-high-school']);
  });

  it('sorts by country in the visitor\'s language', async () => {
    // Finnish, where the two orders differ: by title Østfold comes last (Ø after Z),
    // by country Norja (Norway) comes before Ruotsi (Sweden).
    const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" lang="fi"></ontrack-practice-library>`);
    expect(ids(el), 'by title').to.deep.equal(['school-bridge', 'antwerp-network', 'folk-high-school', 'ostfold-county']);
    const sort = root(el).querySelector<HTMLSelectElement>('#sort')!;
    sort.value = 'country';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Belgia, Norja, Ruotsi; within Belgium by title.
    expect(ids(el), 'by country').to.deep.equal(['school-bridge', 'antwerp-network', 'ostfold-county', 'folk-high-school']);
  });

  it('works by keyboard: search, tick a filter, open a practice in place and go back', async () => {
    const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice-library>`);
    const before = await fixture<HTMLButtonElement>('<button>before</button>');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.id).to.equal('search');
    await sendKeys({ type: 'county' });
    await waitUntil(() => ids(el).length === 1);
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.id).to.equal('sort');
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.classList.contains('filters-toggle'), 'the button that folds the filters').to.equal(true);
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    const first = active(el) as HTMLInputElement;
    expect(first.type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.checked).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus stays on the checkbox').to.equal(first);
    expect(ids(el)).to.deep.equal(['ostfold-county']);
    const open = root(el).querySelector<HTMLButtonElement>('[data-open="ostfold-county"]')!;
    open.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('back'), 'focus on the back button');
    const practice = root(el).querySelector<OntrackPractice>('ontrack-practice')!;
    await waitForState(practice, 'ready');
    expect(root(practice).querySelector('.title')!.textContent).to.equal('Østfold county learns from other regions');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.dataset.open === 'ostfold-county', 'focus back on the card');
    expect((root(el).querySelector('#search') as HTMLInputElement).value, 'search kept').to.equal('county');
  });

  it('links to practices through a link pattern instead of opening them in place', async () => {
    const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" link-pattern="/practices/{id}.html"></ontrack-practice-library>`);
    const link = root(el).querySelector('[data-id="folk-high-school"] a')!;
    expect(link.getAttribute('href')).to.equal('/practices/folk-high-school.html');
    expect(root(el).querySelector('[data-open]')).to.equal(null);
  });

  it('opens a practice in place when given the pack as a value', async () => {
    const el = await fixture<OntrackPracticeLibrary>(html`<ontrack-practice-library .pack=${await loadFixture('practices')}></ontrack-practice-library>`);
    await waitForState(el, 'ready');
    root(el).querySelector<HTMLButtonElement>('[data-open="school-bridge"]')!.click();
    await el.updateComplete;
    const practice = root(el).querySelector<OntrackPractice>('ontrack-practice')!;
    await waitForState(practice, 'ready');
  });

  describe('with sync-url', () => {
    let start = '';
    beforeEach(() => {
      start = location.href;
    });
    afterEach(() => history.replaceState(null, '', start));

    it('puts filters, search and the opened practice in the address, and the back button undoes each step', async () => {
      const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library sync-url src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice-library>`);
      checkbox(el, 'classification', 'compensation').click();
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('approach')).to.equal('compensation');
      expect(ids(el)).to.have.members(['ostfold-county', 'folk-high-school']);
      root(el).querySelector<HTMLButtonElement>('[data-open="folk-high-school"]')!.click();
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('practice')).to.equal('folk-high-school');
      expect(root(el).querySelector('ontrack-practice')).to.exist;

      history.back();
      await waitUntil(() => root(el).querySelector('ontrack-practice') === null, 'back closes the practice');
      expect(ids(el)).to.have.members(['ostfold-county', 'folk-high-school']);
      await waitUntil(() => active(el)?.dataset.open === 'folk-high-school', 'focus back on its card');

      history.back();
      await waitUntil(() => ids(el).length === 4, 'back removes the filter');
      expect(checkbox(el, 'classification', 'compensation').checked).to.equal(false);
      expect(new URLSearchParams(location.search).has('approach')).to.equal(false);
    });

    it('starts from a shared link', async () => {
      const params = new URLSearchParams(location.search);
      params.set('q', 'Østfold');
      params.set('approach', 'prevention');
      history.replaceState(null, '', `${location.pathname}?${params}`);
      const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library sync-url src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice-library>`);
      expect(ids(el)).to.deep.equal(['ostfold-county']);
      expect(root(el).querySelector<HTMLInputElement>('#search')!.value).to.equal('Østfold');
      expect(checkbox(el, 'classification', 'prevention').checked).to.equal(true);
    });

    it('keeps the host page\'s own parameters', async () => {
      history.replaceState(null, '', `${location.pathname}?page=2`);
      const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library sync-url src="${contentUrl({ body: 'practices' })}"></ontrack-practice-library>`);
      checkbox(el, 'country', 'SE').click();
      await el.updateComplete;
      expect(location.search).to.equal('?page=2&country=SE');
    });

    it("keeps what the page and other widgets store in history.state", async () => {
      history.replaceState({ host: 'kept', 'ontrack-study-explorer': { 'nth:0': { view: 'search' } } }, '', location.href);
      const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library sync-url src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice-library>`);
      checkbox(el, 'country', 'SE').click(); // a new entry
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('country')).to.equal('SE');
      expect(history.state).to.deep.equal({ host: 'kept', 'ontrack-study-explorer': { 'nth:0': { view: 'search' } } });
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.focus();
      await sendKeys({ type: 'fo' }); // the first letter adds an entry, the next replaces it
      await waitUntil(() => new URLSearchParams(location.search).get('q') === 'fo', 'the search is in the address');
      expect(history.state).to.deep.equal({ host: 'kept', 'ontrack-study-explorer': { 'nth:0': { view: 'search' } } });
    });

    it('leaves the address alone without sync-url', async () => {
      const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}"></ontrack-practice-library>`);
      const before = location.href;
      checkbox(el, 'country', 'SE').click();
      await el.updateComplete;
      expect(location.href).to.equal(before);
    });
  });

  it('fits a 320 px screen, filters folded behind a button that says it opens them', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" lang="fi"></ontrack-practice-library>`);
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
      const facets = root(el).querySelector<HTMLElement>('#facets')!;
      // A real button, named, with its state, controlling the facets; not a heading-like summary.
      expect(toggle.localName).to.equal('button');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('facets');
      expect(facets.getClientRects().length, 'folded').to.equal(0);
      // It looks like a control: a border and a chevron that shows it opens.
      expect(getComputedStyle(toggle).borderTopStyle).to.not.equal('none');
      expect(toggle.querySelector('.chevron')!.getBoundingClientRect().width).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(facets.getClientRects().length, 'open').to.be.greaterThan(0);
      checkbox(el, 'country', 'SE').click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded'), 'stays open after a re-render').to.equal('true');
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim(), 'says how many are ticked').to.match(/\(1\)$/);
      expect(root(el).querySelector('[part="base"]')!.scrollWidth).to.be.at.most(Math.ceil(el.getBoundingClientRect().width));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(facets.getClientRects().length, 'folded again').to.equal(0);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lets a page style the parts of a practice opened inside it', async () => {
    const style = document.createElement('style');
    style.textContent = 'ontrack-practice-library::part(practice-section) { outline: 3px solid rgb(1, 2, 3); } ontrack-practice-library::part(practice) { border-inline-start: 5px solid rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await ready<OntrackPracticeLibrary>(`<ontrack-practice-library src="${contentUrl({ body: 'practices' })}" lang="en"></ontrack-practice-library>`);
      root(el).querySelector<HTMLButtonElement>('[data-open="antwerp-network"]')!.click();
      await el.updateComplete;
      const practice = root(el).querySelector<OntrackPractice>('ontrack-practice')!;
      await waitForState(practice, 'ready');
      const section = root(practice).querySelector('[part="section"]')!;
      expect(getComputedStyle(section).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(root(practice).querySelector('[part="practice"]')!).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });
});
