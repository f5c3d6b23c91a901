// The study explorer's DOM-free logic, in plain Node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { studySystem, type StudyOption, type StudyQuestion, type StudySystem } from '../../src/content/schema/study-systems.js';
import { moveInGrid } from '../../src/core/lib/grid-nav.js';
import { interestScores, rankByInterests } from '../../src/widgets/study-explorer/logic/rank.js';
import { buildIndex, NO_FILTERS, normalize, search } from '../../src/widgets/study-explorer/logic/search.js';
import { decodeSummary, encodeSummary, restoredProgress, shareUrl } from '../../src/widgets/study-explorer/logic/share.js';
import { EMPTY_PROGRESS, toggled, toProgress } from '../../src/widgets/study-explorer/logic/progress.js';
import { HISTORY_KEY, readPlace, withPlace } from '../../src/widgets/study-explorer/logic/place.js';
import { cellStops, matrixCells, placeFor } from '../../src/widgets/study-explorer/logic/views.js';

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
    assert.deepEqual(ranked.map((r) => [r.option.id, r.score, r.reasons]), [
      ['b', 3, ['qy', 'qx']],
      ['a', 1, ['qx']],
    ]);
  });

  it('counts a question once even when several of its tags match', () => {
    const scores = interestScores([option('a', { tags: ['x', 'y'] })], [question('q', ['x', 'y'])], { q: 'yes' });
    assert.equal(scores.get('a')!.score, 2);
  });

  it('suggests nothing without answers', () => {
    assert.deepEqual(rankByInterests(options, questions, {}), []);
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
    assert.equal(normalize('ÉCONOMIE'), 'economie');
    assert.deepEqual(ids({ query: 'econ' }), ['eco', 'science-eco']);
  });

  it('ranks names that start with the query first, then names that contain it, then the rest', () => {
    assert.deepEqual(ids({ query: 'science' }), ['lab', 'bouw', 'science-eco']);
    assert.deepEqual(ids({ query: 'learn' }), ['bouw', 'eco', 'science-eco']);
    assert.deepEqual(ids({ query: 'experiments' }), ['lab']);
  });

  it('needs every word, and applies every filter', () => {
    assert.deepEqual(ids({ query: 'science economic' }), ['science-eco']);
    assert.deepEqual(ids({ domain: 'eco' }), ['eco', 'science-eco']);
    assert.deepEqual(ids({ domain: 'eco', track: 't2' }), ['eco']);
    assert.deepEqual(ids({ level: 'l1' }), ['bouw', 'science-eco']);
    assert.deepEqual(ids({ place: 'gent' }), ['bouw']);
    assert.deepEqual(ids({ place: 'zuid antw' }), ['science-eco']);
  });

  it('puts better interest matches first among equals', () => {
    assert.deepEqual(ids({}, new Map([['science-eco', { score: 3 }]])), ['science-eco', 'bouw', 'eco', 'lab']);
  });

  it('never loses or invents an option (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('', 'eco', 'stem'), (query, domain) => {
        const found = ids({ query, domain });
        assert.equal(new Set(found).size, found.length);
        for (const id of found) assert.ok(options.map((o) => o.id).includes(id));
        if (!query.trim() && !domain) assert.equal(found.length, 4);
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
    assert.deepEqual(moveInGrid(counts, at(0, 0), 'ArrowDown'), at(0, 0, 1));
    assert.deepEqual(moveInGrid(counts, at(0, 0, 1), 'ArrowDown'), at(1, 0));
    assert.deepEqual(moveInGrid(counts, at(1, 0), 'ArrowUp'), at(0, 0, 1));
  });

  it('stops at the edges', () => {
    assert.deepEqual(moveInGrid(counts, at(0, 0), 'ArrowLeft'), at(0, 0));
    assert.deepEqual(moveInGrid(counts, at(0, 0), 'ArrowUp'), at(0, 0));
    assert.deepEqual(moveInGrid(counts, at(1, 2, 2), 'ArrowDown'), at(1, 2, 2));
  });

  it('keeps the item index when it can, moving sideways', () => {
    assert.deepEqual(moveInGrid(counts, at(1, 2, 2), 'ArrowLeft'), at(1, 1, 0));
    assert.deepEqual(moveInGrid(counts, at(0, 0, 1), 'ArrowRight'), at(0, 1, 0));
  });

  it('swaps left and right in right-to-left', () => {
    assert.deepEqual(moveInGrid(counts, at(0, 0), 'ArrowLeft', { rtl: true }), at(0, 1));
  });

  it('has Home, End, Ctrl+Home, Ctrl+End, PageUp, PageDown, and ignores other keys', () => {
    assert.deepEqual(moveInGrid(counts, at(1, 1), 'Home'), at(1, 0));
    assert.deepEqual(moveInGrid(counts, at(0, 1), 'End'), at(0, 2));
    assert.deepEqual(moveInGrid(counts, at(1, 1), 'Home', { ctrl: true }), at(0, 0));
    assert.deepEqual(moveInGrid(counts, at(0, 0), 'End', { ctrl: true }), at(1, 2));
    assert.deepEqual(moveInGrid(counts, at(1, 1), 'PageUp'), at(0, 1));
    assert.deepEqual(moveInGrid(counts, at(0, 2), 'PageDown'), at(1, 2));
    assert.equal(moveInGrid(counts, at(0, 0), 'a'), undefined);
  });
});

describe('study explorer: share link and progress', () => {
  it('round-trips a summary through a link', () => {
    const summary = { system: 'flanders', answers: { build: 'yes', help: 'bit', cook: 'no' } as const, shortlist: ['a-1', 'b'] };
    const url = shareUrl('https://example.org/page?x=1#old', summary);
    assert.equal(url, 'https://example.org/page?x=1#ontrack-study=flanders~build.y,help.b,cook.n~a-1,b');
    assert.deepEqual(decodeSummary(new URL(url).hash), summary);
    assert.deepEqual(decodeSummary(`#${encodeSummary({ system: 's', answers: {}, shortlist: [] })}`), { system: 's', answers: {}, shortlist: [] });
  });

  it('drops anything that is not an id from a link', () => {
    assert.deepEqual(decodeSummary('#ontrack-study=s~a.y,<b>.y,c.q~x,"y",x'), { system: 's', answers: { a: 'yes' }, shortlist: ['x'] });
    assert.equal(decodeSummary('#ontrack-study=<script>~~'), undefined);
    assert.equal(decodeSummary('#other=1'), undefined);
  });

  it('reads stored progress piece by piece, dropping what is malformed', () => {
    assert.deepEqual(toProgress(null), EMPTY_PROGRESS);
    assert.deepEqual(toProgress('x'), EMPTY_PROGRESS);
    const stored = { answers: { q: 'yes' }, step: 2, shortlist: ['a'], compare: ['a', 'b'] };
    assert.deepEqual(toProgress(JSON.parse(JSON.stringify(stored))), stored);
    assert.deepEqual(toProgress({ answers: { q: 'maybe', ok: 'no', '<b>': 'yes' }, step: -1, shortlist: [1, 'a', 'a'], compare: 'x' }), {
      answers: { ok: 'no' },
      step: 0,
      shortlist: ['a'],
      compare: [],
    });
    assert.deepEqual(toProgress({ compare: ['a', 'b', 'c', 'd'] }).compare, ['a', 'b', 'c']);
  });

  it('toggles the shortlist freely and the comparison up to three', () => {
    let p = toggled(EMPTY_PROGRESS, 'shortlist', 'a');
    assert.deepEqual(p.shortlist, ['a']);
    assert.deepEqual(toggled(p, 'shortlist', 'a').shortlist, []);
    for (const id of ['a', 'b', 'c', 'd']) p = toggled(p, 'compare', id);
    assert.deepEqual(p.compare, ['a', 'b', 'c']);
  });

  it('restores a shared summary only for its own system, with what the system has', () => {
    const system = { id: 's', options: [option('a'), option('b')], questions: [question('q1', []), question('q2', [])] } as unknown as StudySystem;
    const shared = { system: 's', answers: { q1: 'yes', gone: 'no' } as const, shortlist: ['b', 'unknown'] };
    assert.deepEqual(restoredProgress(shared, system, EMPTY_PROGRESS), { answers: { q1: 'yes' }, step: 2, shortlist: ['b'], compare: [] });
    assert.equal(restoredProgress({ ...shared, system: 'other' }, system, EMPTY_PROGRESS), undefined);
    assert.equal(restoredProgress(undefined, system, EMPTY_PROGRESS), undefined);
  });
});

describe('study explorer: views and the matrix', () => {
  const system = {
    id: 's',
    levels: [{ id: 'l1' }, { id: 'l2' }],
    domains: [{ id: 'd1' }, { id: 'd2' }],
    tracks: [{ id: 't1' }, { id: 't2' }],
    questions: [],
    options: [option('a'), option('b', { domain: 'd2', track: 't2' }), option('c', { levels: ['l2'] }), ...'efghij'.split('').map((id) => option(id, { domain: 'd2' }))],
  } as unknown as StudySystem;

  it('puts each option of a level in its domain × track cell', () => {
    const ids = matrixCells(system, 'l1').map((row) => row.map((cell) => cell.map((o) => o.id).join('')));
    assert.deepEqual(ids, [['a', ''], ['efghij', 'b']]);
    assert.deepEqual(matrixCells(system, 'l2').map((row) => row.map((cell) => cell.length)), [[1, 0], [0, 0]]);
  });

  it('counts keyboard stops per cell: at most five options, then "show all"', () => {
    assert.deepEqual(cellStops(matrixCells(system, 'l1')), [[1, 0], [6, 1]]);
  });

  it('makes a recorded place safe: a known view and option, no questionnaire without questions', () => {
    assert.deepEqual(placeFor({ view: 'search', detail: 'a', back: true }, system), { view: 'search', detail: 'a', back: true });
    assert.deepEqual(placeFor({ view: 'interests', detail: 'nope', back: true }, system), { view: 'overview', detail: '', back: false });
    assert.deepEqual(placeFor({ view: 'elsewhere', detail: '' }, system), { view: 'overview', detail: '', back: false });
    assert.equal(placeFor(undefined, system), undefined);
  });
});

describe('study explorer: place in history.state', () => {
  it('adds its record next to what the page keeps, and next to other explorers', () => {
    const page = { page: { tab: 2 }, [HISTORY_KEY]: { 'id:other': { view: 'search', detail: '' } } };
    const next = withPlace(page, 'nth:0', { view: 'compare', detail: '' }, true);
    assert.deepEqual(next, {
      page: { tab: 2 },
      [HISTORY_KEY]: { 'id:other': { view: 'search', detail: '' }, 'nth:0': { view: 'compare', detail: '' } },
    });
    assert.deepEqual(page[HISTORY_KEY], { 'id:other': { view: 'search', detail: '' } }, 'the old state is not changed');
    assert.deepEqual(withPlace(null, 'nth:0', { view: 'overview', detail: '' }, false), { [HISTORY_KEY]: { 'nth:0': { view: 'overview', detail: '' } } });
  });

  it('drops other explorers\' back mark on a new entry, keeps it when rewriting the current one', () => {
    const page = { [HISTORY_KEY]: { a: { view: 'search', detail: 'x', back: true } } };
    const pushed = withPlace(page, 'b', { view: 'search', detail: 'y', back: true }, true)!;
    assert.deepEqual(readPlace(pushed, 'a'), { view: 'search', detail: 'x' });
    assert.deepEqual(readPlace(pushed, 'b'), { view: 'search', detail: 'y', back: true });
    const replaced = withPlace(page, 'b', { view: 'overview', detail: '' }, false)!;
    assert.deepEqual(readPlace(replaced, 'a'), { view: 'search', detail: 'x', back: true });
  });

  it('will not add to a state that is not a plain object, and reads only well-formed records', () => {
    for (const state of ['page', 3, ['a'], new Date(0)]) assert.equal(withPlace(state, 'a', { view: 'overview', detail: '' }, true), undefined);
    assert.equal(readPlace(null, 'a'), undefined);
    assert.equal(readPlace({ [HISTORY_KEY]: 'x' }, 'a'), undefined);
    assert.equal(readPlace({ [HISTORY_KEY]: { a: { view: 'search' } } }, 'a'), undefined);
    assert.deepEqual(readPlace({ [HISTORY_KEY]: { a: { view: 'search', detail: '', back: 'yes' } } }, 'a'), { view: 'search', detail: '' });
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
    assert.equal(studySystem.safeParse({ ...base, options: [option('a')] }).success, true);
  });

  it('refuses an option in a domain the system does not list, and duplicate ids', () => {
    const wrong = studySystem.safeParse({ ...base, options: [option('a', { domain: 'nope' })] });
    assert.equal(wrong.success, false);
    assert.equal(wrong.error!.issues[0].message, '"nope" is not a domain of this system (its domains are d1)');
    const twice = studySystem.safeParse({ ...base, options: [option('a'), option('a')] });
    assert.equal(twice.error!.issues[0].message, '"a" is used by two options');
  });
});
