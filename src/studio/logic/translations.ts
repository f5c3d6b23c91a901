/**
 * The translation table of one item: every localized text in it (rows), every
 * language any of them is in (columns), what is missing, and what a visitor
 * who wants a missing language would read instead.
 */
import { pickText, type PickedText } from '../../content/text.js';
import { baseLanguage } from '../../core/lib/lang.js';
import { getAt, type Path } from './path.js';
import { controlOf, humanize, itemLabel, resolve, variantOf, type JsonSchema } from './schema-nodes.js';

export interface TextRow {
  /** Path of the text inside the document. */
  readonly path: Path;
  /** Where in the item, in words: "Sections → Context", "Fields 2 (email) → Label". */
  readonly label: string;
  /** The texts by language (empty when the text is required but absent). */
  readonly texts: Readonly<Record<string, string>>;
}

/** Every localized text of the value at `path`, present or required. */
export function textRows(root: JsonSchema, doc: unknown, path: Path, node: JsonSchema | undefined): TextRow[] {
  const rows: TextRow[] = [];
  const walk = (schema: JsonSchema | undefined, at: Path, label: string[], present: boolean) => {
    const value = getAt(doc, at);
    const control = controlOf(schema, root);
    if (control.kind === 'localized') {
      if (present || value !== undefined) {
        rows.push({ path: at, label: label.join(' → '), texts: (value as Record<string, string> | undefined) ?? {} });
      }
    } else if (control.kind === 'object' || control.kind === 'variants') {
      if (value === undefined && !present) return;
      const object = control.kind === 'variants' ? controlOf(variantOf(control, value, root), root) : control;
      if (object.kind !== 'object') return;
      for (const [key, child] of object.properties) {
        const required = object.required.has(key) && value !== undefined;
        walk(child, [...at, key], [...label, humanize(key)], required);
      }
    } else if (control.kind === 'list' && Array.isArray(value)) {
      value.forEach((item, index) => {
        const name = itemLabel(item);
        const tail = label.length ? label[label.length - 1] : '';
        const itemName = `${tail} ${index + 1}${name && typeof item === 'object' ? ` (${name})` : ''}`.trim();
        walk(control.items, [...at, index], [...label.slice(0, -1), itemName], true);
      });
    }
  };
  walk(node, path, [], true);
  return rows;
}

/** The languages of the rows, the pack's default language first, then by how many texts each has. */
export function rowLanguages(rows: readonly TextRow[], defaultLanguage: string, extra: readonly string[] = []): string[] {
  const count = new Map<string, number>();
  for (const row of rows) for (const lang of Object.keys(row.texts)) count.set(lang, (count.get(lang) ?? 0) + 1);
  for (const lang of extra) if (!count.has(lang)) count.set(lang, 0);
  const others = [...count.keys()]
    .filter((lang) => lang !== defaultLanguage)
    .sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || a.localeCompare(b));
  return [defaultLanguage, ...others];
}

/** What a visitor who wants `lang` reads for this text (the text itself, or a fallback). */
export function visitorSees(row: TextRow, lang: string, defaultLanguage: string): PickedText | undefined {
  if (!Object.keys(row.texts).length) return undefined;
  return pickText(row.texts, [lang], defaultLanguage);
}

/** Whether the item's texts in `lang` are marked as machine-translated (`machineTranslated`). */
export function isMachineTranslated(item: unknown, lang: string): boolean {
  const list = getAt(item, ['machineTranslated']);
  return Array.isArray(list) && list.some((tag) => typeof tag === 'string' && baseLanguage(tag) === baseLanguage(lang));
}

/** Whether the item's schema can say which languages were translated by machine. */
export function canMarkMachineTranslated(node: JsonSchema | undefined, root: JsonSchema): boolean {
  return Boolean(resolve(node, root).properties?.machineTranslated);
}
