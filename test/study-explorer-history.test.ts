// History that never breaks the explorer: a page that spent Safari's budget, and a refused write.
import { expect, fixture } from '@open-wc/testing';
import '../src/widgets/study-explorer/define.js';
import type { OntrackStudyExplorer } from '../src/widgets/study-explorer/study-explorer.js';
import { contentUrl, waitForState } from './shared/helpers.js';
import { limitHistory, uncaughtErrors } from './history-limit.js';

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

  // In Safari (and WebKit) the 100 calls below spend the page's budget, so
  // the explorer's own first write is refused; other engines let it through.
  // Either way the explorer must become ready and work.
  it('becomes ready when added after the page made 100 replaceState calls', async () => {
    for (let i = 0; i < 100; i++) history.replaceState({ page: i }, '');
    const el = await explorer();
    await waitForState(el, 'ready');
    expect(current(el)).to.equal('overview');
    await go(el, 'search');
    expect(current(el), 'views still change').to.equal('search');
    await expect(el).to.be.accessible();
  });

  it('becomes ready and keeps working when every history write throws a SecurityError', async () => {
    const limit = limitHistory(100);
    try {
      for (let i = 0; i < 100; i++) history.replaceState({ page: i }, '');
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
      expect(limit.refused, 'the explorer tried, and was refused').to.be.greaterThan(0);
      expect(history.state, 'the page\'s state untouched').to.deep.equal({ page: 99 });
    } finally {
      limit.restore();
    }
  });

});
