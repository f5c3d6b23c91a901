/**
 * Forms made from the content pack's JSON Schema: one control per value, the
 * schema's description as help text, problems under the field they are about
 * (linked with `aria-describedby`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { getAt, pathId, type Path } from '../logic/path.js';
import { controlOf, emptyValue, humanize, resolve, variantName, variantOf, type Control, type JsonSchema } from '../logic/schema-nodes.js';
import { languageName } from '../logic/names.js';
import type { EditContext } from './context.js';
import { hidden, renderList } from './list.view.js';

export const controlId = (path: Path): string => `f-${pathId(path)}`;
const helpId = (path: Path) => `h-${pathId(path)}`;
const problemsId = (path: Path) => `p-${pathId(path)}`;

/** The describedby ids of a field: its help text and its problems, when there are any. */
function describedBy(ctx: EditContext, path: Path, help: string | undefined): string | typeof nothing {
  const ids = [help ? helpId(path) : '', ctx.problems.has(pathId(path)) ? problemsId(path) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

const invalid = (ctx: EditContext, path: Path) =>
  ctx.problems.get(pathId(path))?.some((p) => p.severity === 'error') ? 'true' : 'false';

export function renderHelp(path: Path, help: string | undefined): unknown {
  return help ? html`<p class="help" id=${helpId(path)} lang="en">${help}</p>` : nothing;
}

export function renderProblems(ctx: EditContext, path: Path): unknown {
  const problems = ctx.problems.get(pathId(path));
  if (!problems) return nothing;
  return html`<ul class="field-problems" id=${problemsId(path)} lang="en">
    ${problems.map((p) => html`<li class=${p.severity}>${p.text}</li>`)}
  </ul>`;
}

const requiredMark = (required: boolean) =>
  required ? html` <span class="required">${msg('(required)')}</span>` : nothing;

export interface FieldOptions {
  /** Leave out the fieldset around an object (its heading is already on screen). */
  bare?: boolean;
}

/** The control(s) for the value at `path`. */
export function renderField(
  ctx: EditContext,
  node: JsonSchema | undefined,
  path: Path,
  label: string,
  required: boolean,
  options: FieldOptions = {},
): TemplateResult {
  const control = controlOf(node, ctx.root);
  const help = resolve(node, ctx.root).description;
  const value = getAt(ctx.doc, path);
  switch (control.kind) {
    case 'object':
      return renderObject(ctx, control, path, label, required, help, options);
    case 'variants':
      return renderVariants(ctx, control, path, label, required, help);
    case 'localized':
      return renderLocalized(ctx, path, label, required, help);
    case 'list':
      return renderList(ctx, control.items, path, label, required, help);
    case 'enum-list':
      return renderEnumList(ctx, control.values, path, label, required, help);
    default:
      return renderScalar(ctx, control, node, path, label, required, help, value);
  }
}

function renderScalar(
  ctx: EditContext,
  control: Control,
  node: JsonSchema | undefined,
  path: Path,
  label: string,
  required: boolean,
  help: string | undefined,
  value: unknown,
): TemplateResult {
  const id = controlId(path);
  const group = pathId(path);
  const described = describedBy(ctx, path, help);
  const labelEl = html`<label for=${id}>${label}${requiredMark(required)}</label>`;
  const empty = required ? '' : undefined;
  let input: TemplateResult;
  switch (control.kind) {
    case 'boolean':
      return html`<div class="field check">
        <input id=${id} type="checkbox" .checked=${live(value === true)} aria-describedby=${described}
          @change=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).checked)} />
        ${labelEl} ${renderHelp(path, help)} ${renderProblems(ctx, path)}
      </div>`;
    case 'number': {
      const n = resolve(node, ctx.root);
      input = html`<input id=${id} type="number" step=${control.integer ? '1' : 'any'}
        min=${n.minimum ?? nothing} max=${n.maximum ?? nothing}
        .value=${live(typeof value === 'number' ? String(value) : '')}
        aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid(ctx, path)} aria-describedby=${described}
        @input=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          if (text === '') ctx.set(path, undefined, group);
          else if (!Number.isNaN(Number(text))) ctx.set(path, Number(text), group);
        }} />`;
      break;
    }
    case 'enum':
      input = html`<select id=${id} aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid(ctx, path)} aria-describedby=${described}
        @change=${(e: Event) => ctx.set(path, (e.target as HTMLSelectElement).value || undefined)}>
        ${required ? nothing : html`<option value="" ?selected=${value === undefined}>${msg('(not set)')}</option>`}
        ${control.values.map((v) => html`<option value=${v} ?selected=${v === value}>${v}</option>`)}
      </select>`;
      break;
    case 'date':
    case 'text':
      input = html`<input id=${id} type=${control.kind === 'date' ? 'date' : 'text'}
        .value=${live(typeof value === 'string' ? value : value === undefined ? '' : String(value))}
        aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid(ctx, path)} aria-describedby=${described}
        @input=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).value || empty, group)} />`;
      break;
    case 'constant':
      return html`<div class="field"><span class="label">${label}</span> <code>${JSON.stringify(control.value)}</code>
        ${renderHelp(path, help)} ${renderProblems(ctx, path)}</div>`;
    default:
      return html`<div class="field"><span class="label">${label}</span>
        <p class="note">${msg('This field can be edited in the JSON file only.')}</p> ${renderProblems(ctx, path)}</div>`;
  }
  return html`<div class="field">${labelEl} ${renderHelp(path, help)} ${input} ${renderProblems(ctx, path)}</div>`;
}

/** An optional group that is not there yet: a button that adds it (and focuses `focus`, an id, after). */
function renderAbsent(ctx: EditContext, path: Path, label: string, help: string | undefined, make: () => unknown, focus?: string): TemplateResult {
  return html`<div class="field">
    <button type="button" class="add" id=${`add-${pathId(path)}`}
      @click=${() => ctx.set(path, make(), undefined, focus ? `[id="${focus}"]` : undefined)}>${msg(str`Add ${label}`)}</button>
    ${renderHelp(path, help)}
  </div>`;
}

function renderObject(
  ctx: EditContext,
  control: Extract<Control, { kind: 'object' }>,
  path: Path,
  label: string,
  required: boolean,
  help: string | undefined,
  options: FieldOptions,
): TemplateResult {
  const value = getAt(ctx.doc, path);
  if (value === undefined && !required) {
    const properties = Object.fromEntries(control.properties);
    return renderAbsent(ctx, path, label, help, () => emptyValue({ type: 'object', properties, required: [...control.required] }, ctx.root));
  }
  const known = new Set(control.properties.map(([key]) => key));
  const unknown = value && typeof value === 'object' ? Object.keys(value).filter((key) => !known.has(key)) : [];
  const body = html`
    ${renderProblems(ctx, path)}
    ${unknown.map(
      (key) => html`<p class="unknown" lang="en">
        ${msg(str`"${key}" is not a field here.`)}
        <button type="button" @click=${() => ctx.remove([...path, key])}>${msg(str`Remove "${key}"`)}</button>
      </p>`,
    )}
    ${control.properties.map(([key, child]) => renderField(ctx, child, [...path, key], humanize(key), control.required.has(key)))}
    ${required
      ? nothing
      : html`<button type="button" class="remove" @click=${() => ctx.remove(path, `#add-${pathId(path)}`)}>${msg(str`Remove ${label}`)}</button>`}
  `;
  if (options.bare) return html`<div class="object">${renderHelp(path, help)}${body}</div>`;
  return html`<fieldset class="object" aria-describedby=${describedBy(ctx, path, help)}>
    <legend>${label}${requiredMark(required)}</legend>
    ${renderHelp(path, help)} ${body}
  </fieldset>`;
}

function renderVariants(
  ctx: EditContext,
  control: Extract<Control, { kind: 'variants' }>,
  path: Path,
  label: string,
  required: boolean,
  help: string | undefined,
): TemplateResult {
  const value = getAt(ctx.doc, path);
  const id = controlId([...path, control.key]);
  if (value === undefined && !required) return renderAbsent(ctx, path, label, help, () => emptyValue(control.options[0], ctx.root));
  const chosen = variantOf(control, value, ctx.root);
  const inner = controlOf(chosen, ctx.root);
  return html`<fieldset class="object" aria-describedby=${describedBy(ctx, path, help)}>
    <legend>${label}${requiredMark(required)}</legend>
    ${renderHelp(path, help)} ${renderProblems(ctx, path)}
    <div class="field">
      <label for=${id}>${humanize(control.key)}</label>
      <select id=${id} @change=${(e: Event) => {
        const option = control.options.find((o) => variantName(control, o, ctx.root) === (e.target as HTMLSelectElement).value);
        ctx.set(path, emptyValue(option, ctx.root));
      }}>
        ${control.options.map((o) => {
          const name = variantName(control, o, ctx.root);
          return html`<option value=${name} ?selected=${o === chosen}>${name}</option>`;
        })}
      </select>
    </div>
    ${inner.kind === 'object'
      ? inner.properties
          .filter(([key]) => key !== control.key)
          .map(([key, child]) => renderField(ctx, child, [...path, key], humanize(key), inner.required.has(key)))
      : nothing}
    ${required
      ? nothing
      : html`<button type="button" class="remove" @click=${() => ctx.remove(path, `#add-${pathId(path)}`)}>${msg(str`Remove ${label}`)}</button>`}
  </fieldset>`;
}

function renderLocalized(ctx: EditContext, path: Path, label: string, required: boolean, help: string | undefined): TemplateResult {
  const value = getAt(ctx.doc, path);
  const texts = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if (value === undefined && !required) {
    return renderAbsent(ctx, path, label, help, () => ({ [ctx.defaultLanguage]: '' }), controlId([...path, ctx.defaultLanguage]));
  }
  const langs = [ctx.defaultLanguage, ...Object.keys(texts).filter((l) => l !== ctx.defaultLanguage)];
  const addable = ctx.languages.filter((l) => !langs.includes(l));
  const addId = `addlang-${pathId(path)}`;
  return html`<fieldset class="localized" aria-describedby=${describedBy(ctx, path, help)}>
    <legend>${label}${requiredMark(required)}</legend>
    ${renderHelp(path, help)} ${renderProblems(ctx, path)}
    ${langs.map((lang) => {
      const at = [...path, lang];
      const id = controlId(at);
      const name = languageName(lang, ctx.locale);
      return html`<div class="field lang-row">
        <label for=${id}>${name} <span class="code">(${lang})</span></label>
        <textarea id=${id} rows="2" lang=${lang} .value=${live(typeof texts[lang] === 'string' ? (texts[lang] as string) : '')}
          aria-invalid=${invalid(ctx, at)} aria-describedby=${describedBy(ctx, at, undefined)}
          @input=${(e: Event) => {
            const text = (e.target as HTMLTextAreaElement).value;
            ctx.set(at, text === '' && !(lang in texts) ? undefined : text, pathId(at));
          }}></textarea>
        ${lang in texts && lang !== ctx.defaultLanguage
          ? html`<button type="button" class="remove" @click=${() => ctx.remove(at, `#${addId}`)}>
              ${msg('Remove')}${hidden(`${label}, ${name}`)}</button>`
          : nothing}
        ${renderProblems(ctx, at)}
      </div>`;
    })}
    ${addable.length
      ? html`<div class="field add-lang">
          <label for=${addId}>${msg(str`Add a language to ${label}`)}</label>
          <select id=${addId} @change=${(e: Event) => {
            const lang = (e.target as HTMLSelectElement).value;
            if (lang) ctx.set([...path, lang], '', undefined, `#${controlId([...path, lang])}`);
          }}>
            <option value="">${msg('Choose a language')}</option>
            ${addable.map((l) => html`<option value=${l}>${languageName(l, ctx.locale)} (${l})</option>`)}
          </select>
        </div>`
      : nothing}
  </fieldset>`;
}

function renderEnumList(ctx: EditContext, values: string[], path: Path, label: string, required: boolean, help: string | undefined): TemplateResult {
  const value = getAt(ctx.doc, path);
  const chosen = new Set(Array.isArray(value) ? value : []);
  return html`<fieldset class="choices" aria-describedby=${describedBy(ctx, path, help)}>
    <legend>${label}${requiredMark(required)}</legend>
    ${renderHelp(path, help)} ${renderProblems(ctx, path)}
    ${values.map((v) => {
      const id = controlId([...path, v]);
      return html`<div class="check">
        <input type="checkbox" id=${id} .checked=${live(chosen.has(v))} @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          const next = values.filter((x) => (x === v ? on : chosen.has(x)));
          ctx.set(path, next.length || required || Array.isArray(value) ? next : undefined);
        }} />
        <label for=${id}>${v}</label>
      </div>`;
    })}
  </fieldset>`;
}
