// The studio's DOM-free logic, in plain Node: edits at a path, undo, reading the schema, translations, checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { contentPack } from '../../src/content/schema.js';
import { getAt, insertAt, moveAt, removeAt, setAt } from '../../src/studio/logic/path.js';
import { History } from '../../src/studio/logic/history.js';
import { collectionsOf, controlOf, emptyValue, humanize, schemaAt, type JsonSchema } from '../../src/studio/logic/schema-nodes.js';
import { rowLanguages, textRows, visitorSees } from '../../src/studio/logic/translations.js';
import { checkPack, consentState, pathOfLine } from '../../src/studio/logic/problems.js';
import { duplicateItem } from '../../src/studio/logic/items.js';
import { previewPack } from '../../src/studio/logic/preview.js';

const root = z.toJSONSchema(contentPack, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
const demo = JSON.parse(readFileSync('public/content.json', 'utf8'));

test('edits at a path leave the original alone and share what they do not touch', () => {
  const doc = { a: [{ x: 1 }, { x: 2 }], b: { c: 'keep' } };
  const next = setAt(doc, ['a', 1, 'x'], 3) as typeof doc;
  assert.equal(doc.a[1].x, 2);
  assert.equal(next.a[1].x, 3);
  assert.equal(next.b, doc.b);
  assert.deepEqual(setAt(doc, ['b', 'c'], undefined), { a: doc.a, b: {} });
  assert.deepEqual(getAt(removeAt(doc, ['a', 0]), ['a']), [{ x: 2 }]);
  assert.deepEqual(getAt(insertAt(doc, ['a'], { x: 0 }, 0), ['a']), [{ x: 0 }, { x: 1 }, { x: 2 }]);
  assert.deepEqual(getAt(moveAt(doc, ['a'], 0, 1), ['a']), [{ x: 2 }, { x: 1 }]);
  assert.equal(moveAt(doc, ['a'], 1, 2), doc, 'moving past the end does nothing');
  assert.deepEqual(setAt({}, ['new', 'nl'], 'tekst'), { new: { nl: 'tekst' } });
});

test('undo steps: typing in one field merges, another field or a pause does not', () => {
  let now = 0;
  const history = new History('a', { mergeWithin: 1000, now: () => now });
  history.push('ab', 'name');
  now = 100;
  history.push('abc', 'name');
  now = 200;
  history.push('abc!', 'quote');
  now = 5000;
  history.push('abc!?', 'quote');
  assert.equal(history.undo(), 'abc!');
  assert.equal(history.undo(), 'abc');
  assert.equal(history.undo(), 'a');
  assert.equal(history.canUndo, false);
  assert.equal(history.redo(), 'abc');
  history.push('x');
  assert.equal(history.canRedo, false, 'a new change drops what could be redone');
});

test('the schema gives each value its control', () => {
  assert.deepEqual(collectionsOf(root), ['trajectories', 'testimonials', 'practices', 'studySystems']);
  const at = (...path: (string | number)[]) => controlOf(schemaAt(root, demo, path), root).kind;
  assert.equal(at('testimonials', 0, 'quote'), 'localized');
  assert.equal(at('testimonials', 0, 'age'), 'number');
  assert.equal(at('testimonials', 0, 'pseudonym'), 'boolean');
  assert.equal(at('testimonials', 0, 'consent', 'until'), 'date');
  assert.equal(at('testimonials', 0, 'consent', 'by'), 'enum');
  assert.equal(at('testimonials', 0, 'tags'), 'list');
  assert.equal(at('trajectories', 0, 'audience'), 'enum-list');
  assert.equal(at('trajectories', 0, 'sessions'), 'list');
  assert.equal(at('trajectories', 0, 'receiver'), 'variants');
  assert.equal(at('version'), 'constant');
  assert.equal(humanize('successFactors'), 'Success factors');
});

test('a new item has what is required, and only that', () => {
  const session = emptyValue(schemaAt(root, demo, ['trajectories', 0, 'sessions', 0]), root);
  assert.deepEqual(session, { id: '', start: '', place: {} });
  const testimonial = emptyValue(schemaAt(root, demo, ['testimonials', 0]), root) as Record<string, unknown>;
  assert.deepEqual(Object.keys(testimonial).sort(), ['consent', 'id', 'name', 'quote']);
});

test('a duplicate gets an id of its own', () => {
  const list = [{ id: 'lotte' }, { id: 'lotte-copy' }];
  assert.deepEqual(duplicateItem(list[0], list), { id: 'lotte-copy-2' });
  assert.equal(duplicateItem('tag', list), 'tag');
});

test('translation rows: every text of an item, missing languages and the fallback a visitor sees', () => {
  const index = demo.practices.findIndex((p: { id: string }) => p.id === 'hampshire-virtual-school');
  const path = ['practices', index];
  const rows = textRows(root, demo, path, schemaAt(root, demo, path));
  const summary = rows.find((r) => r.label === 'Summary')!;
  assert.deepEqual(summary.path, [...path, 'summary']);
  assert.ok(rows.some((r) => r.label.startsWith('Sections → ')));
  const langs = rowLanguages(rows, 'en', ['fi']);
  assert.equal(langs[0], 'en');
  assert.ok(langs.includes('fi'));
  assert.equal(summary.texts.fi, undefined);
  const seen = visitorSees(summary, 'fi', 'en')!;
  assert.equal(seen.lang, 'en');
  assert.equal(seen.fallback, true);
});

test('problems carry the field they are about', () => {
  assert.deepEqual(pathOfLine('testimonials[2].quote.nl: must not be empty'), ['testimonials', 2, 'quote', 'nl']);
  assert.deepEqual(pathOfLine('testimonials[8] ("hamza"): consent ended'), ['testimonials', 8]);
  assert.equal(pathOfLine('The file is not valid JSON: …'), undefined);
  const broken = setAt(demo, ['testimonials', 1, 'id'], 'Not A Slug');
  const problem = checkPack(broken).find((p) => p.severity === 'error');
  assert.deepEqual(problem?.path, ['testimonials', 1, 'id']);
  assert.deepEqual(checkPack(demo).filter((p) => p.severity === 'error'), []);
});

test('consent: ended, ending within 30 days, or valid', () => {
  assert.deepEqual(consentState('2026-11-30', '2026-12-01'), { state: 'ended', days: -1 });
  assert.deepEqual(consentState('2026-12-31', '2026-12-01'), { state: 'ending', days: 30 });
  assert.equal(consentState('2027-01-01', '2026-12-01').state, 'valid');
  assert.equal(consentState('never', '2026-12-01').state, 'unknown');
});

test('the preview gets the header and the one item shown', () => {
  const { pack, id } = previewPack(demo, collectionsOf(root), 'trajectories', 1);
  const shown = pack as Record<string, unknown[]>;
  assert.equal(id, demo.trajectories[1].id);
  assert.deepEqual(shown.trajectories, [demo.trajectories[1]]);
  assert.equal(shown.testimonials, undefined);
  assert.equal((pack as { defaultLanguage: string }).defaultLanguage, demo.defaultLanguage);
});
