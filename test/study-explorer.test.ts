import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { OntrackStudyExplorer } from '../src/widgets/study-explorer/study-explorer.js';
import { runWidgetSuite } from './shared/widget-suite.js';
import { loadFixture } from './shared/helpers.js';
import { itEmulatingMedia } from './shared/engine.js';
import { $, $$, active, go, ready, startEachTestAfresh, STORAGE, text } from './shared/explorer.js';
import { stayWithinHistoryBudget } from './history-limit.js';

// The explorer's back-button tests are in study-explorer-back.test.ts: together
// with these they would spend Safari's history budget within one page.
stayWithinHistoryBudget();

runWidgetSuite({ tag: 'ontrack-study-explorer', ready: 'explorer', empty: 'empty', loadFixture });

const resultIds = (el: OntrackStudyExplorer) => $$(el, '.results > li').map((li) => li.dataset.id);

describe('<ontrack-study-explorer>', () => {
  startEachTestAfresh();

  describe('the matrix', () => {
    it('is a grid with column and row headers, one tab stop, and options in their cells', async () => {
      const el = await ready();
      const grid = $(el, 'table[role="grid"]');
      expect(grid.getAttribute('aria-label')).to.equal('2nd grade');
      expect($$(el, 'thead th[scope="col"]').map(text)).to.deep.equal(['Domain', 'Towards higher education', 'Double', 'Towards a job']);
      expect($$(el, 'tbody th[scope="row"]').map(text)).to.deep.equal(['STEM', 'Society and care', 'Food and hospitality']);
      // Grade 2: building science (STEM × D), electrical (STEM × A), care (care × A), kitchen and hospitality.
      const row = (n: number) => $$(el, `tbody tr:nth-child(${n}) td`).map(text);
      expect(row(1)).to.deep.equal(['Building science', '', 'Electrical installations']);
      expect(row(3)).to.deep.equal(['', 'Hospitality', 'Restaurant and kitchen']);
      expect($$(el, '.matrix [tabindex="0"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('moves with the arrow keys, Home, End and Ctrl+Home, and keeps one tab stop', async () => {
      const el = await ready();
      const first = $<HTMLButtonElement>(el, '.matrix [tabindex="0"]');
      expect(first.dataset.id).to.equal('building-science');
      first.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(active(el)!.dataset.stop, 'empty cell STEM × double').to.equal('0-1-0');
      expect(active(el)!.localName).to.equal('td');
      await sendKeys({ press: 'ArrowRight' });
      expect(active(el)!.dataset.id).to.equal('electrical');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)!.dataset.id).to.equal('care-work');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)!.dataset.id).to.equal('kitchen');
      await sendKeys({ press: 'Home' });
      expect(active(el)!.dataset.stop).to.equal('2-0-0');
      await sendKeys({ press: 'ArrowUp' });
      expect(active(el)!.dataset.stop).to.equal('1-0-0');
      await sendKeys({ press: 'End' });
      expect(active(el)!.dataset.id).to.equal('care-work');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      expect(active(el)!.dataset.id).to.equal('building-science');
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      expect(active(el)!.dataset.id).to.equal('kitchen');
      expect($$(el, '.matrix [tabindex="0"]').map((n) => n.dataset.id)).to.deep.equal(['kitchen']);
      // Enter opens the option; its page gets focus.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active(el)!.id).to.equal('detail-title');
      expect(text(active(el))).to.equal('Restaurant and kitchen');
    });

    it('follows the reading direction in Arabic: ArrowLeft goes to the next column', async () => {
      const el = await ready('lang="ar"');
      $<HTMLButtonElement>(el, '.matrix [tabindex="0"]').focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(active(el)!.dataset.stop).to.equal('0-1-0');
      await sendKeys({ press: 'ArrowRight' });
      expect(active(el)!.dataset.id).to.equal('building-science');
      await expect(el).to.be.accessible();
    });

    it('shows another grade on request', async () => {
      const el = await ready();
      const select = $<HTMLSelectElement>(el, '#level');
      select.value = 'grade-3';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($(el, 'table').getAttribute('aria-label')).to.equal('3rd grade');
      expect($$(el, '.matrix .option').map((b) => b.dataset.id)).to.deep.equal(['building-science', 'welfare-science', 'care-work', 'kitchen']);
    });

    it('becomes a list on a 320 px phone, without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await ready();
      expect(getComputedStyle($(el, '.matrix-wrap')).display).to.equal('none');
      expect(getComputedStyle($(el, '.matrix-list')).display).to.equal('block');
      expect($$(el, '.matrix-list .option').map((b) => b.dataset.id)).to.include('electrical');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const view of ['search', 'interests', 'parents', 'summary']) {
        await go(el, view);
        expect(document.documentElement.scrollWidth, view).to.be.at.most(320);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('interests and talents', () => {
    it('asks one question per screen, ranks options and says why, by keyboard', async () => {
      const el = await ready();
      await go(el, 'interests');
      expect(text($(el, '.step'))).to.equal('Question 1 of 3');
      expect(text($(el, 'legend'))).to.equal('Do you like to build or repair things?');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[data-answer="yes"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, '.step'))).to.equal('Question 2 of 3');
      expect(active(el)!.id, 'focus on the new question').to.equal('question');
      // "A bit" for helping people, skip cooking.
      $<HTMLButtonElement>(el, '[data-answer="bit"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.skip').click();
      await el.updateComplete;
      expect(active(el)!.id).to.equal('suggestions');
      // building (2) + hands (2 via same question) → building science, electrical: 2; kitchen: 2 (hands); people (1).
      expect(resultIds(el)).to.deep.equal(['building-science', 'electrical', 'kitchen', 'care-work', 'welfare-science', 'hospitality']);
      const why = (id: string) => text($(el, `.results > li[data-id="${id}"] .why`));
      expect(why('electrical')).to.equal('Why: building and repairing');
      expect(why('hospitality')).to.equal('Why: helping people');
      await expect(el).to.be.accessible();
    });

    it('keeps progress in the browser: a new visit continues at the same question', async () => {
      const el = await ready();
      await go(el, 'interests');
      $<HTMLButtonElement>(el, '[data-answer="no"]').click();
      await el.updateComplete;
      el.remove();
      const again = await ready();
      await go(again, 'interests');
      expect(text($(again, '.step'))).to.equal('Question 2 of 3');
      $<HTMLButtonElement>(again, '.back').click();
      await again.updateComplete;
      expect($(again, '[data-answer="no"]').getAttribute('aria-pressed')).to.equal('true');
    });

    it('says so when the browser will not store progress, and keeps it for this page', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await ready();
        await go(el, 'summary');
        expect($(el, '.summary .unsaved'), 'nothing failed yet').to.equal(null);
        await go(el, 'interests');
        $<HTMLButtonElement>(el, '[data-answer="yes"]').click();
        await el.updateComplete;
        await el.updateComplete;
        await go(el, 'summary');
        expect(text($(el, '.summary .unsaved'))).to.equal('This browser does not keep your choices: they are gone when you leave this page.');
        await expect(el).to.be.accessible();
        el.remove();
        // Another explorer on this page continues where this one was.
        const again = await ready();
        await go(again, 'interests');
        expect(text($(again, '.step'))).to.equal('Question 2 of 3');
        expect(localStorage.getItem(STORAGE), 'nothing stored').to.equal(null);
        // Storage works again: the next change is stored, and the note goes.
        Storage.prototype.setItem = setItem;
        $<HTMLButtonElement>(again, '[data-answer="no"]').click();
        await again.updateComplete;
        await go(again, 'summary');
        expect($(again, '.summary .unsaved')).to.equal(null);
        expect(localStorage.getItem(STORAGE)).to.include('"step":2');
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('explains when every question was skipped', async () => {
      const el = await ready();
      await go(el, 'interests');
      for (let i = 0; i < 3; i++) {
        $<HTMLButtonElement>(el, '.skip').click();
        await el.updateComplete;
      }
      expect(text($(el, '.suggestions .notice'))).to.equal('Answer a few questions to get suggestions.');
      $<HTMLButtonElement>(el, '.restart').click();
      await el.updateComplete;
      expect(text($(el, '.step'))).to.equal('Question 1 of 3');
    });
  });

  describe('search and filters', () => {
    it('filters as you type, by domain, grade and school or place', async () => {
      const el = await ready();
      await go(el, 'search');
      expect(text($(el, '.count'))).to.equal('Options found: 6');
      $<HTMLInputElement>(el, '#query').focus();
      await sendKeys({ type: 'scien' });
      await el.updateComplete;
      expect(resultIds(el)).to.deep.equal(['building-science', 'welfare-science']);
      // Dutch names are searched too, without accents mattering.
      const query = $<HTMLInputElement>(el, '#query');
      query.value = 'KEUKEN';
      query.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(resultIds(el)).to.deep.equal(['kitchen']);
      query.value = '';
      query.dispatchEvent(new Event('input'));
      const pick = async (id: string, value: string) => {
        const select = $<HTMLSelectElement>(el, `#${id}`);
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      };
      await pick('domain', 'care');
      expect(resultIds(el)).to.deep.equal(['care-work', 'welfare-science']);
      await pick('level', 'grade-2');
      expect(resultIds(el)).to.deep.equal(['care-work']);
      await pick('domain', '');
      await pick('level', '');
      $<HTMLInputElement>(el, '#place').focus();
      await sendKeys({ type: 'lakes' });
      await el.updateComplete;
      expect(resultIds(el)).to.deep.equal(['kitchen', 'hospitality']);
      expect(text($(el, '.count'))).to.equal('Options found: 2');
      await expect(el).to.be.accessible();
    });

    it('opens an option\'s page with what you learn, where it leads and which schools, and goes back', async () => {
      const el = await ready();
      await go(el, 'search');
      $<HTMLButtonElement>(el, '.results [data-id="building-science"] .option').click();
      await el.updateComplete;
      const detail = $(el, '[part="detail"]');
      expect(text(detail)).to.include('How buildings stand up, with maths and physics.');
      expect(text(detail)).to.include('Engineering');
      expect(text(detail)).to.include('Site engineer');
      expect(detail.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/north');
      expect(text(detail)).to.include('North School, Harbour');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.detail .back').click();
      await el.updateComplete;
      expect(active(el)!.dataset.id).to.equal('building-science');
    });
  });

  describe('compare', () => {
    it('shows two or three options side by side, and no more than three', async () => {
      const el = await ready();
      await go(el, 'compare');
      expect(text($(el, '.view .notice'))).to.equal('Choose two or three options to compare.');
      await expect(el).to.be.accessible();
      await go(el, 'search');
      for (const id of ['building-science', 'electrical', 'kitchen']) $<HTMLButtonElement>(el, `.results [data-id="${id}"] .compare`).click();
      await el.updateComplete;
      expect($<HTMLButtonElement>(el, '.results [data-id="care-work"] .compare').disabled).to.equal(true);
      expect(text($(el, '[data-view="compare"]'))).to.equal('Compare (3)');
      await go(el, 'compare');
      const columns = $$(el, '.compare thead th').map(text);
      expect(columns).to.deep.equal(['Building science', 'Electrical installations', 'Restaurant and kitchen']);
      const rowOf = (label: string) => $$(el, '.compare tbody tr').find((tr) => text(tr.querySelector('th')) === label)!;
      expect([...rowOf('Track').querySelectorAll('td')].map(text)).to.deep.equal(['Towards higher education', 'Towards a job', 'Towards a job']);
      expect(text(rowOf('Where it leads'))).to.include('Cook');
      await expect(el).to.be.accessible();
      // Taking one out leaves two.
      $<HTMLButtonElement>(el, '.compare tfoot .compare[aria-pressed="true"]').click();
      await el.updateComplete;
      expect($$(el, '.compare thead th')).to.have.length(2);
    });
  });

  describe('for the conversation at home', () => {
    it('explains the system to parents in plain words', async () => {
      const el = await ready();
      await go(el, 'parents');
      const view = $(el, '.parents');
      expect(text(view)).to.include('Pupils choose a domain and a track.');
      expect(text(view)).to.include('Prepares for college or university.');
      expect(text(view)).to.include('Years 3 and 4.');
      await expect(el).to.be.accessible();
    });

    async function withChoices(): Promise<OntrackStudyExplorer> {
      const el = await ready();
      await go(el, 'interests');
      $<HTMLButtonElement>(el, '[data-answer="yes"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-answer="no"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-answer="bit"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.results [data-id="kitchen"] .shortlist').click();
      $<HTMLButtonElement>(el, '.results [data-id="electrical"] .shortlist').click();
      await el.updateComplete;
      await go(el, 'summary');
      return el;
    }

    const summaryOf = (el: OntrackStudyExplorer) => ({
      interests: $$(el, '.summary .interests li').map(text),
      shortlist: $$(el, '.summary .shortlisted li').map((li) => li.dataset.id),
    });

    it('sums up interests, shortlist and questions for the school', async () => {
      const el = await withChoices();
      expect(summaryOf(el)).to.deep.equal({ interests: ['building and repairing', 'cooking'], shortlist: ['kitchen', 'electrical'] });
      expect(text($(el, '.summary .ask'))).to.include('How many hours of practice are there each week?');
      await expect(el).to.be.accessible();
    });

    itEmulatingMedia('prints only the summary, even from another view', async () => {
      const el = await withChoices();
      await go(el, 'overview');
      expect(getComputedStyle($(el, '.summary')).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '.summary')).display).to.equal('grid');
        expect(getComputedStyle($(el, '.nav')).display).to.equal('none');
        expect(getComputedStyle($(el, '.view')).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle($(el, '.nav')).display).not.to.equal('none');
    });

    it('shares the summary as a link that restores it on another device', async () => {
      const el = await withChoices();
      const link = $<HTMLInputElement>(el, '#share').value;
      expect(link).to.match(/#ontrack-study=testland~/);
      expect(new URL(link).origin).to.equal(location.origin);
      const before = summaryOf(el);
      el.remove();
      // Another device: nothing stored, the link opened.
      localStorage.removeItem(STORAGE);
      history.replaceState(null, '', new URL(link).hash);
      const opened = await ready();
      expect($(opened, '[data-view="summary"]').getAttribute('aria-current')).to.equal('true');
      expect(summaryOf(opened)).to.deep.equal(before);
      await expect(opened).to.be.accessible();
    });

    it('restores a shared summary on history navigation to the link', async () => {
      const el = await ready();
      expect(summaryOf(el).shortlist).to.deep.equal([]);
      location.hash = 'ontrack-study=testland~help.y~care-work,unknown-option';
      await waitUntil(() => $(el, '[data-view="summary"]').getAttribute('aria-current') === 'true', 'summary shown');
      expect(summaryOf(el)).to.deep.equal({ interests: ['helping people'], shortlist: ['care-work'] });
    });

    it('ignores a link meant for another system', async () => {
      history.replaceState(null, '', '#ontrack-study=elsewhere~help.y~care-work');
      const el = await ready();
      expect($(el, '[data-view="overview"]').getAttribute('aria-current')).to.equal('true');
    });
  });

  it('speaks the widget language in its interface and numbers', async () => {
    const el = await ready('lang="nl"');
    await go(el, 'search');
    expect(text($(el, '.count'))).not.to.equal('Options found: 6');
    expect(text($(el, '.count'))).to.include('6');
    expect(text($(el, 'thead th, .results .option'))).to.equal('Bouwwetenschappen');
  });
});
