/**
 * Lists inside an item (sessions, form fields, links, tags, …): each entry
 * with move up, move down, duplicate and delete buttons that the keyboard
 * reaches, and an add button at the end.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getAt, pathId, type Path } from '../logic/path.js';
import { controlOf, emptyValue, itemLabel, type JsonSchema } from '../logic/schema-nodes.js';
import { duplicateItem } from '../logic/items.js';
import type { EditContext } from './context.js';
import { renderField, renderHelp, renderProblems } from './form.view.js';

/** Words a screen reader reads after a short visible label, so "Delete" says what it deletes. */
export const hidden = (text: string): TemplateResult => html`<span class="visually-hidden">: ${text}</span>`;

/** The buttons that move, copy and delete one entry of a list. */
export function renderItemActions(
  ctx: EditContext,
  listPath: Path,
  index: number,
  count: number,
  name: string,
  afterDelete: string,
): TemplateResult {
  const at = (i: number) => pathId([...listPath, i]);
  const list = getAt(ctx.doc, listPath) as unknown[];
  const first = index === 0;
  const last = index === count - 1;
  return html`<div class="item-actions" role="group" aria-label=${name}>
    <button type="button" id=${`up-${at(index)}`} aria-disabled=${first ? 'true' : 'false'}
      @click=${() => !first && ctx.move(listPath, index, index - 1, `#up-${at(index - 1)}`)}>${msg('Move up')}${hidden(name)}</button>
    <button type="button" id=${`down-${at(index)}`} aria-disabled=${last ? 'true' : 'false'}
      @click=${() => !last && ctx.move(listPath, index, index + 1, `#down-${at(index + 1)}`)}>${msg('Move down')}${hidden(name)}</button>
    <button type="button" id=${`dup-${at(index)}`}
      @click=${() => ctx.insert(listPath, duplicateItem(list[index], list), index + 1)}>${msg('Duplicate')}${hidden(name)}</button>
    <button type="button" id=${`del-${at(index)}`}
      @click=${() => ctx.remove([...listPath, index], afterDelete)}>${msg('Delete')}${hidden(name)}</button>
  </div>`;
}

/** "Sessions 2 (evening-1)": the name of an entry as the interface says it. */
export function entryName(label: string, index: number, item: unknown): string {
  const name = itemLabel(item);
  return name && typeof item === 'object' ? `${label} ${index + 1} (${name})` : `${label} ${index + 1}`;
}

export function renderList(
  ctx: EditContext,
  items: JsonSchema,
  path: Path,
  label: string,
  required: boolean,
  help: string | undefined,
): TemplateResult {
  const value = getAt(ctx.doc, path);
  const list = Array.isArray(value) ? value : [];
  const itemControl = controlOf(items, ctx.root);
  const nested = itemControl.kind === 'object' || itemControl.kind === 'variants';
  const addId = `add-${pathId(path)}`;
  const helpText = help ? renderHelp(path, help) : nothing;
  return html`<fieldset class="list" aria-describedby=${help ? `h-${pathId(path)}` : nothing}>
    <legend>${label}${required ? html` <span class="required">${msg('(required)')}</span>` : nothing}</legend>
    ${helpText} ${renderProblems(ctx, path)}
    ${list.length
      ? html`<ol class="entries">
          ${list.map((item, index) => {
            const name = entryName(label, index, item);
            const itemPath = [...path, index];
            const afterDelete = list.length > 1 ? `#del-${pathId([...path, Math.min(index, list.length - 2)])}` : `#${addId}`;
            return html`<li class="entry">
              ${nested
                ? html`<details ?open=${ctx.expanded.has(pathId(itemPath))}>
                    <summary id=${`sum-${pathId(itemPath)}`}>${name}</summary>
                    ${renderField(ctx, items, itemPath, name, true, { bare: true })}
                  </details>`
                : renderField(ctx, items, itemPath, name, true)}
              ${renderItemActions(ctx, path, index, list.length, name, afterDelete)}
            </li>`;
          })}
        </ol>`
      : nothing}
    <button type="button" class="add" id=${addId} @click=${() => ctx.insert(path, emptyValue(items, ctx.root))}>
      ${msg(str`Add to ${label}`)}
    </button>
  </fieldset>`;
}
