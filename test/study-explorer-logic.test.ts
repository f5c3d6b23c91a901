import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { studySystem, type StudyOption, type StudyQuestion } from '../src/content/schema/study-systems.js';
import { moveInGrid } from '../src/study-explorer/grid-nav.js';
import { interestScores, rankByInterests } from '../src/study-explorer/rank.js';
import { buildIndex, NO_FILTERS, normalize, search } from '../src/study-explorer/search.js';
import { decodeSummary, encodeSummary, shareUrl } from '../src/study-explorer/share.js';
import { clearProgress, loadProgress, saveProgress } from '../src/study-explorer/progress.js';
import { HISTORY_KEY, readPlace, withPlace } from '../src/study-explorer/history.js';

const option = (id: string, patch: Partial<StudyOption> = {}): StudyOption => ({
  id,
  name: { en: id },
  learn: { en: `learn ${id}` },
  subjects: [],
  domain: 'd1',
  track: 't1',
  levels: ['l1'],
  studies: [],
  jobs: [],
  schools: [],
  tags: [],
  ...patch,
});

const question = (id: string, tags: string[]): StudyQuestion => ({ id, text: { en: id }, interest: { en: id }, tags });

describe('study explorer: ranking', () => {
  const options = [option('a', { tags: ['x'] }), option('b', { tags: ['x', 'y'] }), option('c', { tags: ['z'] }), option('d')];
  const questions = [question('qx', ['x']), question('qy', ['y']), question('qz', ['z'])];

  it('scores yes 2 and a bit 1, with the questions as reasons, best first', () => {
    const ranked = rankByInterests(options, questions, { qx: 'bit', qy: 'yes', qz: 'no' });
    expect(ranked.map((r) => [r.option.id, r.score, r.reasons])).to.deep.equal([
      ['b', 3, ['qy', 'qx']],
      ['a', 1, ['qx']],
    ]);
  });

  it('counts a question once even when several of its tags match', () => {
    const scores = interestScores([option('a', { tags: ['x', 'y'] })], [question('q', ['x', 'y'])], { q: 'yes' });
    expect(scores.get('a')!.score).to.equal(2);
  });

  it('suggests nothing without answers', () => {
    expect(rankByInterests(options, questions, {})).to.deep.equal([]);
  });
});

describe('study explorer: search', () => {
  const options = [
    option('bouw', { name: { en: 'Building science', nl: 'Bouwwetenschappen' }, domain: 'stem', schools: [{ name: 'Noord', place: 'Gent' }] }),
    option('eco', { name: { en: 'Économie', nl: 'Economie' }, domain: 'eco', track: 't2', levels: ['l2'], tags: ['money'] }),
    option('science-eco', { name: { en: 'Economic science' }, domain: 'eco', schools: [{ name: 'Zuid', place: 'Antwerpen' }] }),
    option('lab', { name: { en: 'Science lab' }, learn: { en: 'Experiments' }, domain: 'stem', levels: ['l3'] }),
  ];
  const index = buildIndex(options);
  const ids = (filters = {}, scores?: Map<string, { score: number }>) => search(index, { ...NO_FILTERS, ...filters }, scores).map((o) => o.id);

  it('ignores case and accents', () => {
    expect(normalize('ÉCONOMIE')).to.equal('economie');
    expect(ids({ query: 'econ' })).to.deep.equal(['eco', 'science-eco']);
  });

  it('ranks names that start with the query first, then names that contain it, then the rest', () => {
    expect(ids({ query: 'science' })).to.deep.equal(['lab', 'bouw', 'science-eco']);
    expect(ids({ query: 'learn' })).to.deep.equal(['bouw', 'eco', 'science-eco']);
    expect(ids({ query: 'experiments' })).to.deep.equal(['lab']);
  });

  it('needs every word, and applies every filter', () => {
    expect(ids({ query: 'science economic' })).to.deep.equal(['science-eco']);
    expect(ids({ domain: 'eco' })).to.deep.equal(['eco', 'science-eco']);
    expect(ids({ domain: 'eco', track: 't2' })).to.deep.equal(['eco']);
    expect(ids({ level: 'l1' })).to.deep.equal(['bouw', 'science-eco']);
    expect(ids({ place: 'gent' })).to.deep.equal(['bouw']);
    expect(ids({ place: 'zuid antw' })).to.deep.equal(['science-eco']);
  });

  it('puts better interest matches first among equals', () => {
    expect(ids({}, new Map([['science-eco', { score: 3 }]]))).to.deep.equal(['science-eco', 'bouw', 'eco', 'lab']);
  });

  it('never loses or invents an option (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('', 'eco', 'stem'), (query, domain) => {
        const found = ids({ query, domain });
        expect(new Set(found).size).to.equal(found.length);
        for (const id of found) expect(options.map((o) => o.id)).to.include(id);
        if (!query.trim() && !domain) expect(found).to.have.length(4);
      }),
    );
  });
});

describe('study explorer: grid keys', () => {
  // 2 rows × 3 columns; cell [0][0] holds 2 options, [1][2] holds 3, others none.
  const counts = [
    [2, 0, 1],
    [0, 1, 3],
  ];
  const at = (row: number, col: number, item = 0) => ({ row, col, item });

  it('walks items inside a cell before leaving it', () => {
    expect(moveInGrid(counts, at(0, 0), 'ArrowDown')).to.deep.equal(at(0, 0, 1));
    expect(moveInGrid(counts, at(0, 0, 1), 'ArrowDown')).to.deep.equal(at(1, 0));
    expect(moveInGrid(counts, at(1, 0), 'ArrowUp')).to.deep.equal(at(0, 0, 1));
  });

  it('stops at the edges', () => {
    expect(moveInGrid(counts, at(0, 0), 'ArrowLeft')).to.deep.equal(at(0, 0));
    expect(moveInGrid(counts, at(0, 0), 'ArrowUp')).to.deep.equal(at(0, 0));
    expect(moveInGrid(counts, at(1, 2, 2), 'ArrowDown')).to.deep.equal(at(1, 2, 2));
  });

  it('keeps the item index when it can, moving sideways', () => {
    expect(moveInGrid(counts, at(1, 2, 2), 'ArrowLeft')).to.deep.equal(at(1, 1, 0));
    expect(moveInGrid(counts, at(0, 0, 1), 'ArrowRight')).to.deep.equal(at(0, 1, 0));
  });

  it('swaps left and right in right-to-left', () => {
    expect(moveInGrid(counts, at(0, 0), 'ArrowLeft', { rtl: true })).to.deep.equal(at(0, 1));
  });

  it('has Home, End, Ctrl+Home, Ctrl+End, PageUp, PageDown, and ignores other keys', () => {
    expect(moveInGrid(counts, at(1, 1), 'Home')).to.deep.equal(at(1, 0));
    expect(moveInGrid(counts, at(0, 1), 'End')).to.deep.equal(at(0, 2));
    expect(moveInGrid(counts, at(1, 1), 'Home', { ctrl: true })).to.deep.equal(at(0, 0));
    expect(moveInGrid(counts, at(0, 0), 'End', { ctrl: true })).to.deep.equal(at(1, 2));
    expect(moveInGrid(counts, at(1, 1), 'PageUp')).to.deep.equal(at(0, 1));
    expect(moveInGrid(counts, at(0, 2), 'PageDown')).to.deep.equal(at(1, 2));
    expect(moveInGrid(counts, at(0, 0), 'a')).to.equal(undefined);
  });
});

describe('study explorer: share link and progress', () => {
  it('round-trips a summary through a link', () => {
    const summary = { system: 'flanders', answers: { build: 'yes', help: 'bit', cook: 'no' } as const, shortlist: ['a-1', 'b'] };
    const url = shareUrl('https://example.org/page?x=1#old', summary);
    expect(url).to.equal('https://example.org/page?x=1#ontrack-study=flanders~build.y,help.b,cook.n~a-1,b');
    expect(decodeSummary(new URL(url).hash)).to.deep.equal(summary);
    expect(decodeSummary(`#${encodeSummary({ system: 's', answers: {}, shortlist: [] })}`)).to.deep.equal({ system: 's', answers: {}, shortlist: [] });
  });

  it('drops anything that is not an id from a link', () => {
    expect(decodeSummary('#ontrack-study=s~a.y,<b>.y,c.q~x,"y",x')).to.deep.equal({ system: 's', answers: { a: 'yes' }, shortlist: ['x'] });
    expect(decodeSummary('#ontrack-study=<script>~~')).to.equal(undefined);
    expect(decodeSummary('#other=1')).to.equal(undefined);
  });

  it('keeps progress per system on this device, and survives broken storage', () => {
    clearProgress('t');
    expect(loadProgress('t')).to.deep.equal({ answers: {}, step: 0, shortlist: [], compare: [] });
    saveProgress('t', { answers: { q: 'yes' }, step: 2, shortlist: ['a'], compare: ['a', 'b'] });
    expect(loadProgress('t')).to.deep.equal({ answers: { q: 'yes' }, step: 2, shortlist: ['a'], compare: ['a', 'b'] });
    localStorage.setItem('ontrack-study-explorer:t', '{"answers":{"q":"maybe","ok":"no"},"step":-1,"shortlist":[1,"a"],"compare":"x"}');
    expect(loadProgress('t')).to.deep.equal({ answers: { ok: 'no' }, step: 0, shortlist: ['a'], compare: [] });
    localStorage.setItem('ontrack-study-explorer:t', 'not json');
    expect(loadProgress('t').step).to.equal(2); // the copy kept in memory for this page
    clearProgress('t');
  });
});

describe('study explorer: place in history.state', () => {
  it('adds its record next to what the page keeps, and next to other explorers', () => {
    const page = { page: { tab: 2 }, [HISTORY_KEY]: { 'id:other': { view: 'search', detail: '' } } };
    const next = withPlace(page, 'nth:0', { view: 'compare', detail: '' }, true);
    expect(next).to.deep.equal({
      page: { tab: 2 },
      [HISTORY_KEY]: { 'id:other': { view: 'search', detail: '' }, 'nth:0': { view: 'compare', detail: '' } },
    });
    expect(page[HISTORY_KEY], 'the old state is not changed').to.deep.equal({ 'id:other': { view: 'search', detail: '' } });
    expect(withPlace(null, 'nth:0', { view: 'overview', detail: '' }, false)).to.deep.equal({ [HISTORY_KEY]: { 'nth:0': { view: 'overview', detail: '' } } });
  });

  it('drops other explorers\' back mark on a new entry, keeps it when rewriting the current one', () => {
    const page = { [HISTORY_KEY]: { a: { view: 'search', detail: 'x', back: true } } };
    const pushed = withPlace(page, 'b', { view: 'search', detail: 'y', back: true }, true)!;
    expect(readPlace(pushed, 'a')).to.deep.equal({ view: 'search', detail: 'x' });
    expect(readPlace(pushed, 'b')).to.deep.equal({ view: 'search', detail: 'y', back: true });
    const replaced = withPlace(page, 'b', { view: 'overview', detail: '' }, false)!;
    expect(readPlace(replaced, 'a')).to.deep.equal({ view: 'search', detail: 'x', back: true });
  });

  it('will not add to a state that is not a plain object, and reads only well-formed records', () => {
    for (const state of ['page', 3, ['a'], new Date(0)]) expect(withPlace(state, 'a', { view: 'overview', detail: '' }, true)).to.equal(undefined);
    expect(readPlace(null, 'a')).to.equal(undefined);
    expect(readPlace({ [HISTORY_KEY]: 'x' }, 'a')).to.equal(undefined);
    expect(readPlace({ [HISTORY_KEY]: { a: { view: 'search' } } }, 'a')).to.equal(undefined);
    expect(readPlace({ [HISTORY_KEY]: { a: { view: 'search', detail: '', back: 'yes' } } }, 'a')).to.deep.equal({ view: 'search', detail: '' });
  });
});

describe('study explorer: content schema', () => {
  const base = {
    id: 's',
    name: { en: 'S' },
    levels: [{ id: 'l1', name: { en: 'L1' } }],
    tracks: [{ id: 't1', name: { en: 'T1' } }],
    domains: [{ id: 'd1', name: { en: 'D1' } }],
  };

  it('accepts a system whose options use its own levels, tracks and domains', () => {
    expect(studySystem.safeParse({ ...base, options: [option('a')] }).success).to.equal(true);
  });

  it('refuses an option in a domain the system does not list, and duplicate ids', () => {
    const wrong = studySystem.safeParse({ ...base, options: [option('a', { domain: 'nope' })] });
    expect(wrong.success).to.equal(false);
    expect(wrong.error!.issues[0].message).to.equal('every option must use a domain, track and levels that the system lists');
    const twice = studySystem.safeParse({ ...base, options: [option('a'), option('a')] });
    expect(twice.error!.issues[0].message).to.equal('option ids must be unique');
  });
});
