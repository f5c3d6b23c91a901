/**
 * The JSON Schema of the content pack for editors (dist/content.schema.json):
 * generated from the same zod schemas the widgets run, with shared `$defs`,
 * `additionalProperties: false` on every object, and a plain-words
 * description on every property, so that VS Code (via `"$schema"`) offers
 * completion, hover help and squiggles. Build-time only: widgets never load it.
 */
import * as z from 'zod/mini';
import { contentPack } from './schema.js';
import * as common from './schema/common.js';
import * as t from './schema/testimonials.js';
import * as s from './schema/trajectories.js';
import * as p from './schema/practices.js';
import * as e from './schema/study-systems.js';
import { PROPERTY_DOCS, TYPE_DOCS } from './json-schema-docs.js';

type JsonObject = { [key: string]: unknown };

const [httpsReceiver, mailtoReceiver] = (s.receiver._zod.def as unknown as { options: z.ZodMiniType[] }).options;

/** Named schemas: each becomes one entry of `$defs`. */
const NAMED: [string, z.ZodMiniType][] = [
  ['LocalizedText', common.localizedText],
  ['LanguageTag', common.languageTag],
  ['Slug', common.slug],
  ['Date', common.isoDate],
  ['DateTime', common.isoDateTime],
  ['LinkUrl', common.linkUrl],
  ['MediaUrl', common.mediaUrl],
  ['Email', common.email],
  ['Image', common.image],
  ['Contact', common.contact],
  ['Publisher', common.publisher],
  ['Testimonial', t.testimonial],
  ['Video', t.video],
  ['CaptionTrack', t.captionTrack],
  ['Consent', t.consent],
  ['Trajectory', s.trajectory],
  ['FormField', s.formField],
  ['FieldOption', s.fieldOption],
  ['Session', s.session],
  ['Receiver', s.receiver],
  ['HttpsReceiver', httpsReceiver],
  ['MailtoReceiver', mailtoReceiver],
  ['MunicipalityReceiver', s.municipalityReceiver],
  ['Practice', p.practice],
  ['PracticeSections', p.practiceSections],
  ['PracticeLink', p.practiceLink],
  ['StudySystem', e.studySystem],
  ['StudyAxis', e.studyAxis],
  ['StudySchool', e.studySchool],
  ['StudyOption', e.studyOption],
  ['StudyQuestion', e.studyQuestion],
];

function describeProperties(schema: JsonObject, docs: Record<string, string> | undefined, where: string, missing: string[]) {
  const properties = schema.properties as Record<string, JsonObject> | undefined;
  if (!properties) return;
  for (const [name, property] of Object.entries(properties)) {
    const text = docs?.[name];
    if (text) property.description = text;
    else missing.push(`${where}.${name}`);
  }
}

/**
 * The schema document. Throws when a property has no description, so that a
 * new field cannot ship undocumented.
 */
export function contentJsonSchema(id = 'https://ontrack.example/content.schema.json'): JsonObject {
  const registry = z.registry<{ id: string; description?: string }>();
  for (const [name, schema] of NAMED) registry.add(schema, { id: name, description: TYPE_DOCS[name] });
  const generated = z.toJSONSchema(contentPack, {
    io: 'input',
    unrepresentable: 'any',
    metadata: registry,
  }) as JsonObject;
  const missing: string[] = [];
  const defs = (generated.$defs ?? {}) as Record<string, JsonObject>;
  for (const [name, def] of Object.entries(defs)) {
    describeProperties(def, PROPERTY_DOCS[name] ?? PROPERTY_DOCS[name.replace(/^(Https|Mailto)/, '')], name, missing);
    for (const option of (def.oneOf ?? def.anyOf ?? []) as JsonObject[]) describeProperties(option, PROPERTY_DOCS[name], name, missing);
  }
  describeProperties(generated, PROPERTY_DOCS.ContentPack, 'ContentPack', missing);
  if (missing.length) throw new Error(`JSON Schema: no description for ${missing.join(', ')} (add them to json-schema-docs.ts)`);
  return {
    $schema: generated.$schema,
    $id: id,
    title: 'Ontrack content pack',
    description: TYPE_DOCS.ContentPack,
    ...generated,
  };
}
