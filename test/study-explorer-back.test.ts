// The study explorer in the browser's session history: the back and forward
// buttons, a reload, the page's own state. A file of its own, so that its
// writes and the other explorer tests' together stay within Safari's history
// budget for one page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OntrackStudyExplorer } from '../src/widgets/study-explorer/study-explorer.js';
import { contentUrl, waitForState } from './shared/helpers.js';
import { $, active, go, ready, startEachTestAfresh, text } from './shared/explorer.js';
import { stayWithinHistoryBudget } from './history-limit.js';

stayWithinHistoryBudget();

startEachTestAfresh();

describe('<ontrack-study-explorer> and the back button', () => {
  // History entries outlive a test within this file: each test starts from
  // whatever entry the last one left, and steps back only over entries it
  // added itself.
  const KEY = 'ontrack-study-explorer';
  const originalPush = history.pushState;
  let pushes: Parameters<History['pushState']>[] = [];

  // A few entries below the first test's, as the explorer's other tests left
  // when these ran after them: an engine may keep an about:blank entry below
  // the test page, and stepping onto it ends the file's run.
  before(() => {
    for (let i = 0; i < 4; i++) originalPush.call(history, null, '');
  });

  beforeEach(() => {
    // An entry of the test's own to stand on: a test that steps back too far
    // lands here or on an earlier test's entries, not off the test page.
    originalPush.call(history, null, '');
    pushes = [];
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pushes.push(args);
      return originalPush.apply(this, args);
    };
  });
  afterEach(() => {
    history.pushState = originalPush;
  });

  /** Runs a history step and waits for the explorers to show where it led. */
  async function step(move: () => void, ...els: OntrackStudyExplorer[]) {
    const popped = oneEvent(window, 'popstate');
    move();
    await Promise.race([popped, new Promise((_, reject) => setTimeout(() => reject(new Error('no popstate')), 2000))]);
    await Promise.all(els.map((el) => el.updateComplete));
  }

  // Assertions compare strings and flags, never elements: a failing
  // comparison of two elements is costly to report.
  const shows = (el: OntrackStudyExplorer, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
  const detailId = (el: OntrackStudyExplorer) => $(el, '[part="detail"]')?.dataset.id ?? '';
  const current = (el: OntrackStudyExplorer) => $(el, '.nav [aria-current="true"]')?.dataset.view;
  const record = (name = 'nth:0') => (history.state as Record<string, Record<string, unknown>> | null)?.[KEY]?.[name];

  it('adds no entry on the first render, nor for the view already shown, and keeps the address', async () => {
    const href = location.href;
    const el = await ready();
    expect(pushes).to.have.length(0);
    expect(record(), 'the current entry records where the explorer starts').to.deep.equal({ view: 'overview', detail: '' });
    await go(el, 'overview');
    expect(pushes).to.have.length(0);
    await go(el, 'search');
    expect(pushes).to.have.length(1);
    expect(pushes[0][2], 'no address passed').to.equal(undefined);
    expect(location.href).to.equal(href);
    expect(record()).to.deep.equal({ view: 'search', detail: '' });
  });

  it('adds no entry when a shared link restores the summary', async () => {
    history.replaceState(null, '', '#ontrack-study=testland~help.y~care-work');
    const el = await ready();
    expect(current(el)).to.equal('summary');
    expect(pushes).to.have.length(0);
    expect(record()).to.deep.equal({ view: 'summary', detail: '' });
  });

  it('goes back from an option\'s page to the grid, with focus on the option that was opened', async () => {
    const el = await ready();
    $<HTMLButtonElement>(el, '.matrix .option[data-id="electrical"]').click();
    await el.updateComplete;
    expect(detailId(el)).to.equal('electrical');
    expect(pushes).to.have.length(1);
    await step(() => history.back(), el);
    expect(detailId(el)).to.equal('');
    expect(shows(el, '.matrix')).to.equal(true);
    expect(current(el)).to.equal('overview');
    expect(document.activeElement === el, 'focus inside the widget').to.equal(true);
    expect(active(el)?.dataset.id).to.equal('electrical');
    // Forward opens it again, focus on its title.
    await step(() => history.forward(), el);
    expect(detailId(el)).to.equal('electrical');
    expect(active(el)?.id).to.equal('detail-title');
    await step(() => history.back(), el);
  });

  it('on a phone, focuses the opened option in the list, not in the hidden table', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await ready();
    $<HTMLButtonElement>(el, '.matrix-list .option[data-id="care-work"]').click();
    await el.updateComplete;
    await step(() => history.back(), el);
    expect(active(el)?.dataset.id).to.equal('care-work');
    expect(active(el)?.closest('.matrix-list') != null, 'in the list').to.equal(true);
  });

  it('steps back through the views: overview → search → compare, back to search, back to overview', async () => {
    const el = await ready();
    await go(el, 'search');
    await go(el, 'compare');
    expect(pushes).to.have.length(2);
    await step(() => history.back(), el);
    expect(current(el)).to.equal('search');
    expect(active(el)?.dataset.view, 'focus on the view\'s button').to.equal('search');
    expect(text($(el, '.count[role="status"]')), 'the live count is back').to.equal('Options found: 6');
    await step(() => history.back(), el);
    expect(current(el)).to.equal('overview');
    expect(active(el)?.dataset.view).to.equal('overview');
    expect(shows(el, '.matrix')).to.equal(true);
    expect(pushes, 'going back adds nothing').to.have.length(2);
  });

  it('closes an option\'s page with its own Back button by stepping back, not by adding an entry', async () => {
    const el = await ready();
    await go(el, 'search');
    $<HTMLButtonElement>(el, '.results [data-id="welfare-science"] .option').click();
    await el.updateComplete;
    expect(pushes).to.have.length(2);
    await step(() => $<HTMLButtonElement>(el, '.detail .back').click(), el);
    expect(pushes).to.have.length(2);
    expect(detailId(el)).to.equal('');
    expect(current(el)).to.equal('search');
    expect(active(el)?.dataset.id).to.equal('welfare-science');
    // The option's entry is still ahead (it would be gone had closing pushed one).
    await step(() => history.forward(), el);
    expect(detailId(el)).to.equal('welfare-science');
    await step(() => history.go(-2), el);
    expect(current(el)).to.equal('overview');
  });

  it('closes an option\'s page with a new entry when the current one is not the option\'s own', async () => {
    // A reload on an option's page that was opened from a shared state without the mark.
    history.replaceState({ [KEY]: { 'nth:0': { view: 'search', detail: 'kitchen' } } }, '');
    const el = await ready();
    expect(detailId(el)).to.equal('kitchen');
    $<HTMLButtonElement>(el, '.detail .back').click();
    await el.updateComplete;
    expect(pushes).to.have.length(1);
    expect(current(el)).to.equal('search');
    await step(() => history.back(), el);
    expect(detailId(el)).to.equal('kitchen');
  });

  it('keeps what the page stores in history.state', async () => {
    history.replaceState({ page: 'kept', filters: { year: 2026 } }, '');
    const el = await ready();
    const foreign = () => {
      const { page, filters } = history.state as Record<string, unknown>;
      return { page, filters };
    };
    expect(foreign()).to.deep.equal({ page: 'kept', filters: { year: 2026 } });
    await go(el, 'search');
    expect(foreign()).to.deep.equal({ page: 'kept', filters: { year: 2026 } });
    $<HTMLButtonElement>(el, '.results [data-id="kitchen"] .option').click();
    await el.updateComplete;
    expect(foreign()).to.deep.equal({ page: 'kept', filters: { year: 2026 } });
    await step(() => history.go(-2), el);
    expect(current(el)).to.equal('overview');
    expect(foreign()).to.deep.equal({ page: 'kept', filters: { year: 2026 } });
  });

  it('records its place again when the page replaced the state, so back still finds it', async () => {
    const el = await ready();
    await go(el, 'parents');
    // The page (or a widget that keeps its state in the address) replaces the entry's state.
    history.replaceState(null, '');
    await go(el, 'search');
    await step(() => history.back(), el);
    expect(current(el)).to.equal('parents');
    await step(() => history.back(), el);
    expect(current(el)).to.equal('overview');
  });

  it('leaves a state it cannot add to alone', async () => {
    history.replaceState('page-owned', '');
    const el = await ready();
    await go(el, 'search');
    expect(pushes).to.have.length(0);
    expect(history.state).to.equal('page-owned');
  });

  it('returns to the place recorded in the entry on a reload, and ignores what this system does not have', async () => {
    history.replaceState({ [KEY]: { 'nth:0': { view: 'compare', detail: '' } } }, '');
    const el = await ready();
    expect(current(el)).to.equal('compare');
    expect(pushes).to.have.length(0);
    el.remove();
    history.replaceState({ [KEY]: { 'nth:0': { view: 'elsewhere', detail: 'no-such-option' } } }, '');
    const again = await ready();
    expect(current(again)).to.equal('overview');
    expect(detailId(again)).to.equal('');
  });

  it('keeps two explorers on one page apart: by id, else by position', async () => {
    const src = contentUrl({ body: 'explorer' });
    const box = await fixture<HTMLDivElement>(html`<div>
      <ontrack-study-explorer id="first" lang="en" src=${src}></ontrack-study-explorer>
      <ontrack-study-explorer lang="en" src=${src}></ontrack-study-explorer>
    </div>`);
    const [a, b] = [...box.querySelectorAll('ontrack-study-explorer')];
    await waitForState(a, 'ready');
    await waitForState(b, 'ready');
    await go(a, 'search');
    await go(b, 'parents');
    expect(record('id:first')).to.deep.equal({ view: 'search', detail: '' });
    expect(record('nth:1')).to.deep.equal({ view: 'parents', detail: '' });
    await step(() => history.back(), a, b);
    expect([current(a), current(b)]).to.deep.equal(['search', 'overview']);
    expect(b.contains(document.activeElement) || document.activeElement === b, 'focus in the explorer that moved').to.equal(true);
    await step(() => history.back(), a, b);
    expect([current(a), current(b)]).to.deep.equal(['overview', 'overview']);
  });

  it('goes back from a followed shared link to the view before it', async () => {
    const el = await ready();
    await go(el, 'parents');
    location.hash = 'ontrack-study=testland~help.y~care-work';
    await waitUntil(() => current(el) === 'summary', 'summary shown');
    expect(record()).to.deep.equal({ view: 'summary', detail: '' });
    await step(() => history.back(), el);
    expect(current(el)).to.equal('parents');
    await step(() => history.back(), el);
    expect(current(el)).to.equal('overview');
  });

  it('leaves history alone with no-history', async () => {
    const el = await ready('lang="en" no-history');
    await go(el, 'search');
    $<HTMLButtonElement>(el, '.results [data-id="kitchen"] .option').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.detail .back').click();
    await el.updateComplete;
    expect(pushes).to.have.length(0);
    expect(history.state).to.equal(null);
    expect(current(el)).to.equal('search');
    expect(active(el)?.dataset.id).to.equal('kitchen');
  });

  it('stops listening once removed', async () => {
    const el = await ready();
    await go(el, 'search');
    el.remove();
    await step(() => history.back());
    expect(current(el)).to.equal('search');
  });
});
