#!/usr/bin/env node
// After the manifest and the declarations are built: types for frameworks and
// editors, generated from dist/custom-elements.json, so they list exactly the
// attributes, properties and events the manifest documents.
//   dist/types/react.d.ts            `ontrack/react`: React 19 JSX elements
//   dist/types/vue.d.ts              `ontrack/vue`: Vue 3 GlobalComponents
//   dist/vscode.html-custom-data.json HTML editors (VS Code `html.customData`)
// `ontrack/react` and `ontrack/vue` are `ontrack` at run time (every widget,
// loaded on demand) with the framework's element types added.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));

/** Every element: tag, class, the module that declares it, attributes, property-only fields, events. */
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: module.path })))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const HEADER = '// Generated from dist/custom-elements.json by scripts/gen-types.mjs: do not edit.\n';
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');
const quote = (name) => (/^[a-zA-Z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** Where the declarations of a shipped module are, relative to dist/types/. */
const typesOf = (module) => `./${relative('dist', module)}`;

/** Attributes a page sets (the widget's own `state` is read-only). Numbers may come as text. */
const attributesOf = (element) =>
  (element.attributes ?? [])
    .filter((a) => a.name !== 'state' && a.name !== 'lang')
    .map((a) => {
      const text = a.type?.text ?? 'string';
      const type = text === 'number' ? 'number | string' : text === 'boolean' ? 'boolean' : text;
      return { name: a.name, field: a.fieldName, type, description: a.description };
    });

/** Public, writable properties with no attribute (`pack`): set as properties by React 19 and Vue. */
const propertiesOf = (element) => {
  const withAttribute = new Set((element.attributes ?? []).map((a) => a.fieldName));
  return (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && !m.privacy && !withAttribute.has(m.name) && !m.name.startsWith('#'),
  );
};

const eventsOf = (element) => (element.events ?? []).filter((e) => e.name);
const imports = elements.map((e) => `import type { ${e.name} } from '${typesOf(e.module)}';`).join('\n');

// ---- React 19 ------------------------------------------------------------
// React 19 sets a prop as a property when the element has it (so `pack` must be
// defined first: import the widget's module before rendering), else as an
// attribute; `on<event-name>` adds a listener for exactly that event name.
let react = `${HEADER}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OntrackEvent } from './core/events.js';
${imports}

export * from './ontrack.js';

`;
for (const element of elements) {
  react += `/** Props of <${element.tagName}> in JSX. */\nexport interface ${element.name}Props extends DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}> {\n`;
  for (const a of attributesOf(element)) react += doc(a.description) + `  ${quote(a.name)}?: ${a.type};\n`;
  for (const p of propertiesOf(element)) react += doc(`${p.description ?? ''} A property: define the element before rendering.`) + `  ${quote(p.name)}?: ${element.name}['${p.name}'];\n`;
  for (const e of eventsOf(element)) react += doc(e.description) + `  ${quote(`on${e.name}`)}?: (event: OntrackEvent<'${e.name}'>) => void;\n`;
  react += '}\n\n';
}
react += `declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      ${quote(e.tagName)}: ${e.name}Props;`).join('\n')}
    }
  }
}
`;
writeFileSync(join(dist, 'types/react.d.ts'), react);

// ---- Vue 3 ---------------------------------------------------------------
// Vue sets a binding as a property when the element has it (`:pack.prop` forces
// it), and `@ontrack-submit` listens for the event of that name.
let vue = `${HEADER}import type { AllowedComponentProps, ComponentCustomProps, HTMLAttributes, VNodeProps } from 'vue';
import type { OntrackEvent } from './core/events.js';
${imports}

export * from './ontrack.js';

/** A custom element as Vue's type checker sees it: its props and the events it fires. */
type VueElement<E extends HTMLElement, Props> = new () => E & {
  $props: Props & HTMLAttributes & AllowedComponentProps & ComponentCustomProps & VNodeProps;
};

`;
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
for (const element of elements) {
  vue += `/** Props and events of <${element.tagName}> in Vue templates. */\nexport interface ${element.name}VueProps {\n`;
  for (const a of attributesOf(element)) vue += doc(a.description) + `  ${quote(camel(a.name))}?: ${a.type};\n`;
  for (const p of propertiesOf(element)) vue += doc(p.description) + `  ${quote(p.name)}?: ${element.name}['${p.name}'];\n`;
  for (const e of eventsOf(element)) vue += doc(e.description) + `  ${quote(camel(`on-${e.name}`))}?: (event: OntrackEvent<'${e.name}'>) => void;\n`;
  vue += '}\n\n';
}
vue += `declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    ${quote(e.tagName)}: VueElement<${e.name}, ${e.name}VueProps>;`).join('\n')}
  }
}
`;
writeFileSync(join(dist, 'types/vue.d.ts'), vue);

// ---- HTML editors ----------------------------------------------------------
const values = (type) => {
  const literals = [...(type ?? '').matchAll(/'([^']*)'/g)].map((m) => ({ name: m[1] }));
  return literals.length && /^('[^']*'\s*\|?\s*)+$/.test(type) ? literals : undefined;
};
const customData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: [
      element.summary || element.description,
      eventsOf(element).length ? `Events: ${eventsOf(element).map((e) => e.name).join(', ')}.` : '',
      (element.cssParts ?? []).length ? `Parts: ${element.cssParts.map((p) => p.name).join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    attributes: (element.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description,
      ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      ...(values(a.type?.text) ? { values: values(a.type.text) } : {}),
    })),
  })),
};
writeFileSync(join(dist, 'vscode.html-custom-data.json'), `${JSON.stringify(customData, null, 2)}\n`);
console.log(`build: dist/types/react.d.ts, dist/types/vue.d.ts, dist/vscode.html-custom-data.json (${elements.map((e) => e.tagName).join(', ')})`);
