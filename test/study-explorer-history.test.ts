// History that never breaks the explorer: a page that spent Safari's budget, and a refused write.
import { expect, fixture } from '@open-wc/testing';
import '../src/widgets/study-explorer/define.js';
import type { OntrackStudyExplorer } from '../src/widgets/study-explorer/study-explorer.js';
import { contentUrl, waitForState } from './shared/helpers.js';
import { limitHistory, uncaughtErrors } from './history-limit.js';
import { engine } from './shared/engine.js';

const explorer = () => fixture<OntrackStudyExplorer>(`<ontrack-study-explorer lang="en" src="${contentUrl({ body: 'explorer' })}"></ontrack-study-explorer>`);
const $ = <T extends HTMLElement = HTMLElement>(el: OntrackStudyExplorer, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const current = (el: OntrackStudyExplorer) => $(el, '.nav [aria-current="true"]')?.dataset.view;

async function go(el: OntrackStudyExplorer, view: string) {
  $<HTMLButtonElement>(el, `[data-view="${view}"]`).click();
  await el.updateComplete;
}

describe('<ontrack-study-explorer> and a history budget', () => {
  let uncaught: ReturnType<typeof uncaughtErrors>;
  beforeEach(() => {
    uncaught = uncaughtErrors();
  });
  afterEach(() => {
    uncaught.stop();
    expect(uncaught.errors, 'no uncaught errors').to.deep.equal([]);
  });

  // First: a refused write (below) pauses every widget's writes for a while.
  it('rations its own writes: a burst of moves never reaches Safari\'s limit', async () => {
    history.replaceState(null, '');
    const el = await explorer();
    await waitForState(el, 'ready');
    const limit = limitHistory(100);
    try {
      for (let i = 0; i < 60; i++) await go(el, i % 2 ? 'search' : 'parents');
      expect(current(el)).to.equal('search');
      expect(limit.refused).to.equal(0);
      expect(limit.calls, 'it wrote history').to.be.greaterThan(10);
      expect(limit.calls, 'a widget leaves the page most of the budget').to.be.at.most(30);
    } finally {
      limit.restore();
    }
  });

  // In Safari (and WebKit) the calls below spend the page's budget, so the
  // explorer's own first write is refused; other engines let them all through.
  // Either way the explorer must become ready and work.
  it('becomes ready when added after the page made 100 replaceState calls', async () => {
    // The test before has spent some of WebKit's budget already: there the
    // page's own calls stop at the first refusal.
    const refused = spendHistoryBudget(100);
    if (engine === 'webkit') {
      expect(refused || refusesWrites(), 'WebKit refuses history writes now').to.equal(true);
    } else {
      expect(refused, `${engine} let 100 calls through`).to.equal(false);
    }
    const el = await explorer();
    await waitForState(el, 'ready');
    expect(current(el)).to.equal('overview');
    await go(el, 'search');
    expect(current(el), 'views still change').to.equal('search');
    await expect(el).to.be.accessible();
  });

  // A SecurityError for every write, made by the test in every engine (WebKit
  // would still be refusing after the test before, the others never would).
  it('becomes ready and keeps working when every history write throws a SecurityError', async () => {
    const before = history.state;
    const limit = limitHistory(0);
    try {
      const el = await explorer();
      await waitForState(el, 'ready');
      await go(el, 'search');
      await go(el, 'parents');
      $<HTMLButtonElement>(el, '[data-view="search"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.results .option').click();
      await el.updateComplete;
      expect($(el, '[part="detail"]'), 'an option opens without history').to.exist;
      $<HTMLButtonElement>(el, '.detail .back').click();
      await el.updateComplete;
      expect(current(el)).to.equal('search');
      if (engine === 'webkit') {
        // WebKit refused the explorer's write in the test before: every widget leaves history alone for a while.
        expect(limit.calls, 'no write while the widgets pause').to.equal(0);
      } else {
        expect(limit.refused, 'the explorer tried, and was refused').to.be.greaterThan(0);
      }
      expect(history.state, 'the page\'s state untouched').to.deep.equal(before);
    } finally {
      limit.restore();
    }
  });
});

/** Calls replaceState up to `times` times; true when the browser refused one (and the rest were not made). */
function spendHistoryBudget(times: number): boolean {
  for (let i = 0; i < times; i++) {
    try {
      history.replaceState({ page: i }, '');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'SecurityError') return true;
      throw error;
    }
  }
  return false;
}

/** Whether the browser refuses a history write right now (a refused call changes nothing). */
function refusesWrites(): boolean {
  return spendHistoryBudget(1);
}
