// The DOM-free core helpers, in plain Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseLanguage, sameLanguage } from '../../src/core/lib/lang.js';
import { numberFormat, formatNumber, pluralRules } from '../../src/core/lib/intl.js';
import { headingLevel } from '../../src/core/lib/heading.js';
import { EMAIL, LANGUAGE_TAG } from '../../src/core/lib/patterns.js';

test('base language of a tag', () => {
  assert.equal(baseLanguage('nl-BE'), 'nl');
  assert.equal(baseLanguage('ZH-Hant'), 'zh');
  assert.ok(sameLanguage('nl-BE', 'nl'));
  assert.ok(!sameLanguage('nl', 'nb'));
});

test('formatters are cached per locale and options, and format in that locale', () => {
  assert.equal(numberFormat('de'), numberFormat('de'));
  assert.notEqual(numberFormat('de'), numberFormat('fr'));
  assert.notEqual(numberFormat('de'), numberFormat('de', { style: 'percent' }));
  assert.equal(formatNumber('de', 1234.5), '1.234,5');
  assert.equal(pluralRules('ar').select(2), 'two');
});

test('heading levels stay between 2 and 6', () => {
  assert.equal(headingLevel(undefined, 3), 3);
  assert.equal(headingLevel(1, 3), 2);
  assert.equal(headingLevel(9, 3), 6);
  assert.equal(headingLevel(4, 3, 1), 5);
  assert.equal(headingLevel(6, 3, 2), 6);
  assert.equal(headingLevel(Number.NaN, 2), 2);
});

test('an e-mail address cannot carry extra recipients or headers', () => {
  assert.ok(EMAIL.test('intake@city.example'));
  for (const bad of ['intake@city.example?bcc=someone@else.example', 'a&b@city.example', 'a%40@x.example', 'a b@x.example', 'a@x.example\nBcc: y@z.example']) {
    assert.ok(!EMAIL.test(bad), bad);
  }
  assert.ok(LANGUAGE_TAG.test('zh-Hant') && !LANGUAGE_TAG.test('NL'));
});
