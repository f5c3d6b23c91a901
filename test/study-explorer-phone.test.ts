// The explorer on a 320 px phone, and long words in narrow columns.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/widgets/study-explorer/define.js';
import type { OntrackStudyExplorer } from '../src/widgets/study-explorer/study-explorer.js';
import { loadFixture, waitForState } from './shared/helpers.js';

const LONG = 'Doorstroomfinaliteit met arbeidsmarktgerichte beroepsopleiding in de derde graad van het secundair onderwijs';

/** The test pack, with a grade whose name is far wider than a phone. */
async function packWithLongGrade(): Promise<unknown> {
  const pack = structuredClone(await loadFixture('explorer')) as { studySystems: { levels: { name: Record<string, string> }[] }[] };
  pack.studySystems[0].levels[1].name = { en: LONG, nl: LONG };
  return pack;
}

async function explorer(lang: string, pack?: unknown): Promise<OntrackStudyExplorer> {
  const el = await fixture<OntrackStudyExplorer>(html`<ontrack-study-explorer no-history lang=${lang} .pack=${pack ?? (await loadFixture('explorer'))}></ontrack-study-explorer>`);
  await waitForState(el, 'ready');
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: OntrackStudyExplorer, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: OntrackStudyExplorer, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const noSideways = (what: string) => expect(document.documentElement.scrollWidth, `${what}: no sideways scrolling`).to.be.at.most(320);

async function go(el: OntrackStudyExplorer, view: string) {
  $<HTMLButtonElement>(el, `[data-view="${view}"]`).click();
  await el.updateComplete;
}

describe('<ontrack-study-explorer> on a 320 px phone', () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps a select with a long option inside the screen', async () => {
    const el = await explorer('en', await packWithLongGrade());
    const level = $<HTMLSelectElement>(el, '#level');
    expect([...level.options].map((o) => o.textContent)).to.include(LONG);
    expect(level.getBoundingClientRect().right).to.be.at.most(320);
    noSideways('overview');
    await go(el, 'search');
    const grade = $<HTMLSelectElement>(el, '#level');
    expect(grade.getBoundingClientRect().right, 'the search form\'s grade').to.be.at.most(320);
    noSideways('search');
    await expect(el).to.be.accessible();
  });

  it('shows "+ Shortlist" and "+ Compare" as two equal buttons, on cards and on an option\'s page', async () => {
    const el = await explorer('en');
    await go(el, 'search');
    const sizes = (root: HTMLElement) => [...root.querySelectorAll('.toggle')].map((b) => {
      const r = b.getBoundingClientRect();
      return [Math.round(r.width), Math.round(r.height)];
    });
    const card = $(el, '.results > li');
    const [shortlist, compare] = sizes(card);
    expect(shortlist[0]).to.be.greaterThan(44);
    expect(compare, 'same size on a card').to.deep.equal(shortlist);
    card.querySelector<HTMLButtonElement>('.option')!.click();
    await el.updateComplete;
    const [a, b] = sizes($(el, '.detail'));
    expect(b, 'same size on the option\'s page').to.deep.equal(a);
    noSideways('detail');
    await expect(el).to.be.accessible();
  });

  it('fits every view, the comparison included', async () => {
    const el = await explorer('nl');
    await go(el, 'search');
    for (const b of $$(el, '.results .toggle.compare').slice(0, 2)) b.click();
    await el.updateComplete;
    for (const view of ['overview', 'interests', 'search', 'compare', 'parents', 'summary']) {
      await go(el, view);
      noSideways(view);
    }
  });
});

describe('<ontrack-study-explorer> long words', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('hyphenates matrix texts by their own language and never lets a word spill out of its cell', async () => {
    await setViewport({ width: 560, height: 800 });
    const el = await explorer('nl');
    const texts = $$(el, '.matrix thead th, .matrix tbody th, .matrix .option');
    expect(texts.length).to.be.greaterThan(5);
    for (const node of texts) {
      const style = getComputedStyle(node);
      expect(style.hyphens, node.textContent!).to.equal('auto');
      expect(style.overflowWrap, node.textContent!).to.equal('break-word');
      expect(node.scrollWidth, `${node.textContent} fits`).to.be.at.most(node.clientWidth + 1);
    }
    // The language hyphenation follows is the text's own: Dutch here, from the widget.
    const option = $(el, '.matrix .option');
    expect(option.closest('[lang]')!.getAttribute('lang')).to.equal('nl');
  });

  it('hyphenates a text shown in another language by that language', async () => {
    const pack = structuredClone(await loadFixture('explorer')) as { studySystems: { options: { name: Record<string, string> }[] }[] };
    pack.studySystems[0].options[0].name = { nl: 'Bouwwetenschappen' };
    const el = await explorer('en', pack);
    const name = $(el, '.matrix .option[data-id="building-science"] [lang]');
    expect(name.getAttribute('lang')).to.equal('nl');
    expect(getComputedStyle(name).hyphens).to.equal('auto');
  });
});
