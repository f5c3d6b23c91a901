/** The practice library's logic without rendering: facets, search, sort, address state. */
import { expect } from '@open-wc/testing';
import { practicesPack, type Practice } from '../src/content/schema/practices.js';
import {
  containsWord,
  facetCounts,
  fold,
  matchesQuery,
  practiceHref,
  selectPractices,
  stateFromParams,
  stateToParams,
  emptyState,
  valuesOf,
} from '../src/practice/library.js';
import { loadFixture } from './shared/helpers.js';

let practices: Practice[];
before(async () => {
  practices = practicesPack.parse(await loadFixture('practices')).practices;
});

const byId = (id: string) => practices.find((p) => p.id === id)!;
const country = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;
const options = (languages: string[], locale = languages[0]) => ({ languages, defaultLanguage: 'en', locale, countryName: country });

describe('practice library logic', () => {
  it('folds case and accents, including letters that do not decompose', () => {
    expect(fold('Västernorrland')).to.equal('vasternorrland');
    expect(fold('ØSTFOLD')).to.equal('ostfold');
    expect(fold('Koulunkäynnin')).to.equal('koulunkaynnin');
    expect(fold('Łódź')).to.equal('lodz');
  });

  it('finds a word with the visitor\'s collation, ignoring case and accents', () => {
    const fi = new Intl.Collator('fi', { usage: 'search', sensitivity: 'base' });
    const sv = new Intl.Collator('sv', { usage: 'search', sensitivity: 'base' });
    expect(containsWord('Koulunkäynnin keskeyttäminen', 'KOULUNKAYNNIN', fi, 'fi')).to.equal(true);
    expect(containsWord('Folkhögskolan', 'folkhogskolan', sv, 'sv')).to.equal(true);
    expect(containsWord('Østfold fylke', 'östfold', sv, 'sv')).to.equal(true);
    expect(containsWord('El Llindar', 'llindar', sv, 'sv')).to.equal(true);
    expect(containsWord('Hampshire', 'hamster', sv, 'sv')).to.equal(false);
  });

  it('searches the visitor\'s languages and the default, not every language', () => {
    const antwerp = byId('antwerp-network');
    // Finnish visitor: Finnish text, and English (the default) as fallback.
    expect(matchesQuery(antwerp, 'keskeyttämistä', options(['fi']))).to.equal(true);
    expect(matchesQuery(antwerp, 'absent', options(['fi']))).to.equal(true);
    // Dutch text is neither the visitor's nor the default: not searched.
    expect(matchesQuery(antwerp, 'stadsdiensten', options(['fi']))).to.equal(false);
    expect(matchesQuery(antwerp, 'stadsdiensten', options(['nl']))).to.equal(true);
    // Every word must match somewhere.
    expect(matchesQuery(antwerp, 'network belgium', options(['en']))).to.equal(true);
    expect(matchesQuery(antwerp, 'network sweden', options(['en']))).to.equal(false);
  });

  it('counts each facet value among practices that pass the other facets', () => {
    const none = facetCounts(practices, {}, 'classification');
    expect(Object.fromEntries(none)).to.deep.equal({ intervention: 2, compensation: 2, prevention: 2 });
    const filters = { classification: ['prevention'], country: ['BE'] };
    expect(Object.fromEntries(facetCounts(practices, filters, 'country'))).to.deep.equal({ BE: 1, NO: 1 });
    expect(Object.fromEntries(facetCounts(practices, filters, 'classification'))).to.deep.equal({ intervention: 1, prevention: 1 });
    expect(Object.fromEntries(facetCounts(practices, filters, 'funding'))).to.deep.equal({ local: 1 });
  });

  it('lists facet values in their natural order, not in order of appearance', () => {
    expect(valuesOf(practices, 'classification')).to.deep.equal(['prevention', 'intervention', 'compensation']);
    expect(valuesOf(practices, 'intensity')).to.deep.equal(['one-off', 'recurring', 'continuous']);
  });

  it('sorts by title or by country name in the visitor\'s language', () => {
    const state = emptyState();
    expect(selectPractices(practices, state, options(['en'])).map((p) => p.id)).to.deep.equal([
      'school-bridge', 'antwerp-network', 'ostfold-county', 'folk-high-school',
    ]);
    const fiCountry = (code: string) => new Intl.DisplayNames(['fi'], { type: 'region' }).of(code)!;
    // Finnish: Belgia, Norja, Ruotsi.
    expect(selectPractices(practices, { ...state, sort: 'country' }, { ...options(['fi']), countryName: fiCountry }).map((p) => p.country)).to.deep.equal([
      'BE', 'BE', 'NO', 'SE',
    ]);
  });

  it('writes the state into the address and reads it back, keeping the page\'s own parameters', () => {
    const state = { query: 'Østfold school', sort: 'country' as const, filters: { classification: ['prevention', 'compensation'], country: ['NO'] }, open: 'ostfold-county' };
    const params = stateToParams(state, new URLSearchParams('page=2&q=old'));
    expect(params.get('page')).to.equal('2');
    expect(params.get('approach')).to.equal('prevention,compensation');
    expect(stateFromParams(params)).to.deep.equal(state);
    expect(stateToParams(emptyState(), params).toString()).to.equal('page=2');
    expect(stateFromParams(new URLSearchParams('sort=nonsense')).sort).to.equal('title');
  });

  it('builds links from a pattern, encoding the id', () => {
    expect(practiceHref('/practices/{id}.html', 'folk-high-school')).to.equal('/practices/folk-high-school.html');
    expect(practiceHref('?p={id}', 'a b')).to.equal('?p=a%20b');
  });
});
