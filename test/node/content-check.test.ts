// Each message an editor meets, on broken copies of the demo content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent, checkContentText } from '../../src/content/check.js';
import { problemLine } from '../../src/content/problems.js';
import { readPack } from '../../src/content/read.js';
import { testimonialsPack } from '../../src/content/schema/testimonials.js';
import { contentJsonSchema } from '../../src/content/json-schema.js';

const root = resolve(import.meta.dirname, '..', '..');
const demoText = readFileSync(join(root, 'public/content.json'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const demo = (): any => JSON.parse(demoText);
const NOW = new Date('2026-12-01T12:00:00Z');
const lines = (report: ReturnType<typeof checkContent>) => report.errors.map(problemLine);

test('the demo content passes without errors or warnings', () => {
  const report = checkContentText(demoText, NOW);
  assert.deepEqual(lines(report), []);
  assert.deepEqual(report.warnings.map(problemLine), []);
  assert.match(report.summary, /^9 testimonials, 3 trajectories, 8 practices, 2 study systems with \d+ options; default language en$/);
});

test('a typo in a field name is an unknown field with a suggestion, by id, and not also "missing"', () => {
  const pack = demo();
  pack.testimonials[1].qoute = pack.testimonials[1].quote;
  delete pack.testimonials[1].quote;
  assert.deepEqual(lines(checkContent(pack, NOW)), [
    'testimonial "lotte-part-time": "qoute" is not a field of a testimonial — did you mean "quote"?',
  ]);
});

test('an unknown field is an error, even where the field is optional ("requird")', () => {
  const pack = demo();
  pack.trajectories[0].fields[1].requird = true;
  pack.colour = 'blue';
  assert.deepEqual(lines(checkContent(pack, NOW)), [
    'the content pack: "colour" is not a field of the content pack',
    'trajectory "samen-maakt-school" → form field "contactPerson": "requird" is not a field of a form field — did you mean "required"?',
  ]);
});

test('a wrong date is reported once', () => {
  const pack = demo();
  pack.testimonials[0].consent.until = '31-12-2030';
  assert.deepEqual(lines(checkContent(pack, NOW)), ['testimonial "ilias-internship" → consent → until: must be a date written as YYYY-MM-DD']);
});

test('a trailing comma names line, column and the line', () => {
  const broken = demoText.replace(/("internship")\n(\s+\])/, '$1,\n$2');
  assert.notEqual(broken, demoText);
  const report = checkContentText(broken);
  const line = broken.slice(0, broken.indexOf('"internship",')).split('\n').length + 1;
  assert.equal(report.syntax?.line, line);
  assert.match(report.errors[0].message, new RegExp(`^is not valid JSON: line ${line}, column \\d+: remove the comma before "\\]"`));
  assert.match(report.syntax!.excerpt, /^\s+\],?\n\s+\^$/);
});

test('age rules that contradict each other are an error', () => {
  const pack = demo();
  const back = pack.trajectories.find((t: { id: string }) => t.id === 'back-to-studies');
  delete back.guardianBelowAge; // 16 then, while the age field starts at 16
  assert.deepEqual(lines(checkContent(pack, NOW)), [
    'trajectory "back-to-studies" → form field "age" → min: is 16, so nobody younger than 16 can sign up, yet "minorsPossible" adds a guardian step for them; lower "min" or raise "guardianBelowAge"',
  ]);
  back.minorsPossible = false;
  back.guardianBelowAge = 18;
  assert.equal(checkContent(pack, NOW).errors.length, 2, lines(checkContent(pack, NOW)).join('\n'));
});

test('consent that ended is an error; consent ending within 30 days is a warning that does not fail', () => {
  const pack = demo();
  pack.testimonials[0].consent.until = '2026-11-30';
  pack.testimonials[1].consent.until = '2026-12-20';
  const report = checkContent(pack, NOW);
  assert.deepEqual(lines(report), [
    'testimonial "ilias-internship" → consent → until: consent ended on 2026-11-30, so the story is no longer shown; renew the consent or remove the story',
  ]);
  assert.deepEqual(report.warnings.map(problemLine), [
    'testimonial "lotte-part-time" → consent → until: consent ends on 2026-12-20, in 19 days; renew it in time or the story disappears',
  ]);
});

test('duplicate ids, dangling references, past sessions, missing default texts, machine translation without text', () => {
  const pack = demo();
  pack.testimonials[1].id = pack.testimonials[0].id;
  pack.studySystems[0].options[0].domain = 'stemm';
  pack.studySystems[1].questions[0].tags.push('nowhere');
  pack.trajectories[1].sessions[0].start = '2026-02-03T19:00:00+01:00';
  delete pack.practices[0].title.en;
  pack.practices[0].title.nl = 'Operatie Geslaagd';
  pack.practices[1].machineTranslated = ['pt'];
  const report = checkContent(pack, NOW);
  const errors = lines(report).join('\n');
  assert.match(errors, /testimonial "ilias-internship" → id: "ilias-internship" is the id of an earlier testimonial too/);
  assert.match(errors, /study system "flanders" → option "\S+" → domain: "stemm" is not a domain of this system — did you mean "stem"\?/);
  assert.match(errors, /question "[^"]+" → tags \d+: no option has the tag "nowhere"/);
  const warnings = report.warnings.map(problemLine).join('\n');
  assert.match(warnings, /session "antwerp-north-2027-02" → start: is in the past/);
  assert.match(warnings, /practice "ghent-operatie-geslaagd" → title: has no text in the default language "en"/);
  assert.match(warnings, /practice "antwerp-network" → machineTranslated 1: "pt" is marked as machine-translated/);
});

test('a widget reading its collection leaves one broken item out and keeps the rest', () => {
  const pack = demo();
  pack.testimonials[1].qoute = 'x';
  const loaded = readPack(pack, testimonialsPack, 'https://city.example/');
  assert.equal(loaded.pack.testimonials.length, 8);
  assert.deepEqual([...loaded.leftOut.keys()], ['lotte-part-time']);
  assert.equal(problemLine(loaded.problems[0]), 'testimonial "lotte-part-time": "qoute" is not a field of a testimonial — did you mean "quote"?');
  delete pack.version;
  assert.throws(() => readPack(pack, testimonialsPack, ''), /version/);
});

test('the JSON Schema describes every property, forbids unknown fields and shares $defs', () => {
  const schema = contentJsonSchema() as { $defs: Record<string, { properties?: Record<string, { description?: string }>; additionalProperties?: unknown }>; additionalProperties: unknown };
  assert.equal(schema.additionalProperties, false);
  for (const name of ['LocalizedText', 'Testimonial', 'Trajectory', 'FormField', 'Practice', 'StudyOption']) assert.ok(schema.$defs[name], name);
  for (const [name, def] of Object.entries(schema.$defs)) {
    if (def.properties) assert.equal(def.additionalProperties, false, `${name} forbids unknown fields`);
    for (const [prop, value] of Object.entries(def.properties ?? {})) assert.ok(value.description, `${name}.${prop} has a description`);
  }
});
