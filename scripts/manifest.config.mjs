// The custom-elements manifest (dist/custom-elements.json), as editors,
// Storybook and the framework types read it. The analyzer finds attributes,
// properties, parts, slots and the events named by `@fires`; this config adds
// what it cannot see in the sources:
//   - each event's type, from the one typed list in src/core/events.ts;
//   - the reflected, read-only `state` attribute;
//   - the global `--ontrack-*` tokens every widget reads (src/core/frame.styles.ts);
//   - the modules as shipped (dist/…/*.js instead of src/…/*.ts), only those in the package;
//   - one definition per tag, and none for the `define(tag, …)` helper itself.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

/** What each global token sets. A new token without a line here is still listed. */
const TOKENS = {
  '--ontrack-color-text': 'Text colour.',
  '--ontrack-color-muted': 'Colour of secondary text (hints, counts).',
  '--ontrack-color-surface': 'Background of cards, fields and notices.',
  '--ontrack-color-subtle': 'Background of quiet areas (striped rows, notes).',
  '--ontrack-color-border': 'Colour of borders and field outlines.',
  '--ontrack-color-accent': 'Colour of buttons, links and highlights.',
  '--ontrack-color-on-accent': 'Text colour on the accent colour (button labels).',
  '--ontrack-color-danger': 'Colour of errors.',
  '--ontrack-color-focus': 'Colour of the focus outline.',
  '--ontrack-radius': 'Corner radius of cards, fields and buttons.',
  '--ontrack-space': 'Base spacing unit.',
  '--ontrack-font-family': 'Font of the widget (default: inherited from the page).',
  '--ontrack-max-width': 'Largest width of the widget.',
};

/** Types of attributes the analyzer leaves untyped (inherited from the frame). */
const ATTRIBUTE_TYPES = { lang: 'string', timeout: 'number', 'max-bytes': 'number' };

/** `OntrackEventDetails` in src/core/events.ts: event name → { detail type, description }. */
function eventTypes() {
  const file = join(root, 'src/core/events.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const events = {};
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'OntrackEventDetails') return;
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = member.name.getText(source).replace(/^['"]|['"]$/g, '');
      const description = ts
        .getJSDocCommentsAndTags(member)
        .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      events[name] = { detail: member.type.getText(source).replace(/\s+/g, ' '), description };
    }
  });
  return events;
}

/** `var(--ontrack-…, default)` in the shared frame styles. */
function globalTokens() {
  const text = readFileSync(join(root, 'src/core/frame.styles.ts'), 'utf8');
  const tokens = new Map();
  for (const [, name, fallback] of text.matchAll(/var\((--ontrack-[a-z0-9-]+)\s*,\s*([^;]+?)\)\s*[;\n]/g)) {
    if (!tokens.has(name)) tokens.set(name, fallback.trim());
  }
  return [...tokens].map(([name, fallback]) => ({
    name,
    default: fallback,
    description: `${TOKENS[name] ?? 'Shared design token.'} Global: set it on :root or any ancestor to style every Ontrack widget.`,
  }));
}

/** `export type Name = 'a' | 'b';` anywhere in src/: editors need the values, not the alias. */
function literalAliases() {
  const aliases = {};
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const [, name, union] of readFileSync(path, 'utf8').matchAll(/export type (\w+) = ((?:'[^']*'\s*\|?\s*)+);/g)) aliases[name] = union.trim();
      }
    });
  walk(join(root, 'src'));
  return aliases;
}

/** src/a/b.ts → dist/a/b.js (the npm build mirrors src/). */
const shipped = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js').replace(/^\/?src\/(.*)\.js$/, 'dist/$1.js');

function relink(value) {
  if (Array.isArray(value)) return value.forEach(relink);
  if (!value || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof inner === 'string' && /^\/?src\//.test(inner)) value[key] = shipped(inner);
    else relink(inner);
  }
}

function ontrackManifest() {
  return {
    name: 'ontrack-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const events = eventTypes();
      const tokens = globalTokens();
      const aliases = literalAliases();
      const expand = (type) => type && aliases[type.text] && (type.text = aliases[type.text]);
      const elements = [];
      for (const module of manifest.modules) {
        module.exports = (module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || e.name.startsWith('ontrack-'));
        for (const element of module.declarations ?? []) {
          if (!element.tagName?.startsWith('ontrack-')) continue;
          elements.push({ element, module });
          for (const event of element.events ?? []) {
            const known = events[event.name];
            if (!known) throw new Error(`manifest: <${element.tagName}> fires ${event.name}, which src/core/events.ts does not type`);
            event.type = { text: `CustomEvent<${known.detail}>` };
            event.description ||= known.description;
          }
          for (const attribute of element.attributes ?? []) {
            attribute.type ??= ATTRIBUTE_TYPES[attribute.name] ? { text: ATTRIBUTE_TYPES[attribute.name] } : undefined;
            if (attribute.name === 'lang') {
              attribute.description ||=
                'Interface language (BCP 47 tag). Default: the nearest ancestor\'s `lang`, else the browser\'s; a choice in <ontrack-language-picker> wins.';
            }
          }
          const state = (element.members ?? []).find((m) => m.name === 'state');
          if (state) state.readonly = true;
          if (!(element.attributes ?? []).some((a) => a.name === 'state')) {
            (element.attributes ??= []).push({
              name: 'state',
              type: { text: state?.return?.type?.text ?? state?.type?.text ?? "'loading' | 'ready' | 'empty' | 'error'" },
              description:
                'Set by the widget, read-only: `loading`, `ready`, `empty` or `error`. Style with `ontrack-signup[state="error"]`, wait for it in tests.',
              fieldName: 'state',
            });
          }
          for (const item of [...(element.attributes ?? []), ...(element.members ?? [])]) {
            expand(item.type);
            expand(item.return?.type);
          }
          const own = new Set((element.cssProperties ?? []).map((p) => p.name));
          element.cssProperties = [...(element.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
        }
      }
      // A definition export for each tag, in the module that defines it (widgets/<name>/define.ts).
      for (const { element, module } of elements) {
        const definer = manifest.modules.find((m) => m.path === module.path.replace(/[^/]+\.ts$/, 'define.ts'));
        if (!definer || definer.exports.some((e) => e.kind === 'custom-element-definition' && e.name === element.tagName)) continue;
        definer.exports.push({ kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: module.path } });
      }
      relink(manifest);
      // Only modules that are in the package (type-only sources have no .js); without
      // a build (Storybook on a fresh clone) every module is kept.
      if (existsSync(join(root, 'dist/ontrack.js'))) manifest.modules = manifest.modules.filter((m) => existsSync(join(root, m.path)));
    },
  };
}

export default {
  globs: ['src/widgets/**/*.ts', 'src/core/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [ontrackManifest()],
};
