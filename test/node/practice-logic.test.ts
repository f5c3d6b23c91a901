// The practice library's DOM-free logic (facets, search, sort, address state), in plain Node.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { practicesPack, type Practice } from '../../src/content/schema/practices.js';
import { facetCounts, valuesOf } from '../../src/widgets/practice-library/logic/facets.js';
import { containsWord, fold, matchesQuery, selectPractices } from '../../src/widgets/practice-library/logic/matching.js';
import { practiceHref, stateFromParams, stateToParams } from '../../src/widgets/practice-library/logic/address.js';
import { emptyState } from '../../src/widgets/practice-library/logic/library-state.js';

let practices: Practice[];
before(async () => {
  const file = new URL('../fixtures/practices.json', import.meta.url);
  practices = practicesPack.parse(JSON.parse(await readFile(file, 'utf8'))).practices;
});

const byId = (id: string) => practices.find((p) => p.id === id)!;
const country = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;
const options = (languages: string[], locale = languages[0]) => ({ languages, defaultLanguage: 'en', locale, countryName: country });

describe('practice library logic', () => {
  it('folds case and accents, including letters that do not decompose', () => {
    assert.equal(fold('Västernorrland'), 'vasternorrland');
    assert.equal(fold('ØSTFOLD'), 'ostfold');
    assert.equal(fold('Koulunkäynnin'), 'koulunkaynnin');
    assert.equal(fold('Łódź'), 'lodz');
  });

  it('finds a word with the visitor\'s collation, ignoring case and accents', () => {
    const fi = new Intl.Collator('fi', { usage: 'search', sensitivity: 'base' });
    const sv = new Intl.Collator('sv', { usage: 'search', sensitivity: 'base' });
    assert.equal(containsWord('Koulunkäynnin keskeyttäminen', 'KOULUNKAYNNIN', fi, 'fi'), true);
    assert.equal(containsWord('Folkhögskolan', 'folkhogskolan', sv, 'sv'), true);
    assert.equal(containsWord('Østfold fylke', 'östfold', sv, 'sv'), true);
    assert.equal(containsWord('El Llindar', 'llindar', sv, 'sv'), true);
    assert.equal(containsWord('Hampshire', 'hamster', sv, 'sv'), false);
  });

  it('searches the visitor\'s languages and the default, not every language', () => {
    const antwerp = byId('antwerp-network');
    // Finnish visitor: Finnish text, and English (the default) as fallback.
    assert.equal(matchesQuery(antwerp, 'keskeyttämistä', options(['fi'])), true);
    assert.equal(matchesQuery(antwerp, 'absent', options(['fi'])), true);
    // Dutch text is neither the visitor's nor the default: not searched.
    assert.equal(matchesQuery(antwerp, 'stadsdiensten', options(['fi'])), false);
    assert.equal(matchesQuery(antwerp, 'stadsdiensten', options(['nl'])), true);
    // Every word must match somewhere.
    assert.equal(matchesQuery(antwerp, 'network belgium', options(['en'])), true);
    assert.equal(matchesQuery(antwerp, 'network sweden', options(['en'])), false);
  });

  it('counts each facet value among practices that pass the other facets', () => {
    const none = facetCounts(practices, {}, 'classification');
    assert.deepEqual(Object.fromEntries(none), { intervention: 2, compensation: 2, prevention: 2 });
    const filters = { classification: ['prevention'], country: ['BE'] };
    assert.deepEqual(Object.fromEntries(facetCounts(practices, filters, 'country')), { BE: 1, NO: 1 });
    assert.deepEqual(Object.fromEntries(facetCounts(practices, filters, 'classification')), { intervention: 1, prevention: 1 });
    assert.deepEqual(Object.fromEntries(facetCounts(practices, filters, 'funding')), { local: 1 });
  });

  it('lists facet values in their natural order, not in order of appearance', () => {
    assert.deepEqual(valuesOf(practices, 'classification'), ['prevention', 'intervention', 'compensation']);
    assert.deepEqual(valuesOf(practices, 'intensity'), ['one-off', 'recurring', 'continuous']);
  });

  it('sorts by title or by country name in the visitor\'s language', () => {
    const state = emptyState();
    assert.deepEqual(selectPractices(practices, state, options(['en'])).map((p) => p.id), [
      'school-bridge', 'antwerp-network', 'ostfold-county', 'folk-high-school',
    ]);
    const fiCountry = (code: string) => new Intl.DisplayNames(['fi'], { type: 'region' }).of(code)!;
    // Finnish: Belgia, Norja, Ruotsi.
    assert.deepEqual(selectPractices(practices, { ...state, sort: 'country' }, { ...options(['fi']), countryName: fiCountry }).map((p) => p.country), [
      'BE', 'BE', 'NO', 'SE',
    ]);
  });

  it('writes the state into the address and reads it back, keeping the page\'s own parameters', () => {
    const state = { query: 'Østfold school', sort: 'country' as const, filters: { classification: ['prevention', 'compensation'], country: ['NO'] }, open: 'ostfold-county' };
    const params = stateToParams(state, new URLSearchParams('page=2&q=old'));
    assert.equal(params.get('page'), '2');
    assert.equal(params.get('approach'), 'prevention,compensation');
    assert.deepEqual(stateFromParams(params), state);
    assert.equal(stateToParams(emptyState(), params).toString(), 'page=2');
    assert.equal(stateFromParams(new URLSearchParams('sort=nonsense')).sort, 'title');
  });

  it('builds links from a pattern, encoding the id', () => {
    assert.equal(practiceHref('/practices/{id}.html', 'folk-high-school'), '/practices/folk-high-school.html');
    assert.equal(practiceHref('?p={id}', 'a b'), '?p=a%20b');
  });
});
