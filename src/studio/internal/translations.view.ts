/**
 * The translation view of one item: its texts (rows) by language (columns),
 * missing texts marked with what a visitor would read instead, and per
 * language whether its texts were translated by machine.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { getAt, pathId, type Path } from '../logic/path.js';
import { languageName } from '../logic/names.js';
import { canMarkMachineTranslated, isMachineTranslated, rowLanguages, textRows, visitorSees } from '../logic/translations.js';
import type { JsonSchema } from '../logic/schema-nodes.js';
import { baseLanguage } from '../../core/lib/lang.js';
import type { EditContext } from './context.js';

export interface TranslationOptions {
  /** Language columns the editor added that no text has yet. */
  readonly extra: readonly string[];
  addLanguage(lang: string): void;
}

export function renderTranslations(
  ctx: EditContext,
  node: JsonSchema | undefined,
  itemPath: Path,
  itemName: string,
  options: TranslationOptions,
): TemplateResult {
  const rows = textRows(ctx.root, ctx.doc, itemPath, node);
  const langs = rowLanguages(rows, ctx.defaultLanguage, options.extra);
  const item = getAt(ctx.doc, itemPath);
  const markable = canMarkMachineTranslated(node, ctx.root);
  const addable = ctx.languages.filter((l) => !langs.includes(l));
  const machinePath = [...itemPath, 'machineTranslated'];
  const toggleMachine = (lang: string, on: boolean) => {
    const list = getAt(ctx.doc, machinePath);
    const current = Array.isArray(list) ? (list as string[]) : [];
    const next = on ? [...current, lang] : current.filter((l) => baseLanguage(l) !== baseLanguage(lang));
    ctx.set(machinePath, next.length || Array.isArray(list) ? next : undefined);
  };
  return html`
    <div class="field add-lang">
      <label for="add-column">${msg('Add a language column')}</label>
      <select id="add-column" @change=${(e: Event) => {
        const select = e.target as HTMLSelectElement;
        if (select.value) options.addLanguage(select.value);
      }}>
        <option value="">${msg('Choose a language')}</option>
        ${addable.map((l) => html`<option value=${l}>${languageName(l, ctx.locale)} (${l})</option>`)}
      </select>
    </div>
    ${rows.length
      ? html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="translations-caption">
          <table class="translations">
            <caption id="translations-caption">${msg(str`Texts of ${itemName} by language`)}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Text')}</th>
                ${langs.map((lang) => {
                  const missing = rows.filter((r) => !r.texts[lang]).length;
                  const id = `mt-${lang}`;
                  return html`<th scope="col" lang=${lang}>
                    <span class="lang-name">${languageName(lang, ctx.locale)} (${lang})</span>
                    ${lang === ctx.defaultLanguage ? html`<span class="badge" lang=${ctx.locale}>${msg('default')}</span>` : nothing}
                    ${missing ? html`<span class="badge missing" lang=${ctx.locale}>${msg(str`${missing} missing`)}</span>` : nothing}
                    ${markable
                      ? html`<span class="check" lang=${ctx.locale}>
                          <input type="checkbox" id=${id} .checked=${live(isMachineTranslated(item, lang))}
                            @change=${(e: Event) => toggleMachine(lang, (e.target as HTMLInputElement).checked)} />
                          <label for=${id}>${msg('Machine-translated')}</label>
                        </span>`
                      : nothing}
                  </th>`;
                })}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr>
                  <th scope="row">${row.label}</th>
                  ${langs.map((lang) => {
                    const text = row.texts[lang];
                    const at = [...row.path, lang];
                    const id = `t-${pathId(at)}`;
                    const seen = text ? undefined : visitorSees(row, lang, ctx.defaultLanguage);
                    const name = languageName(lang, ctx.locale);
                    return html`<td class=${text ? '' : 'missing'}>
                      <textarea id=${id} rows="3" lang=${lang} aria-label=${`${row.label}, ${name}`}
                        aria-describedby=${text ? nothing : `${id}-fallback`}
                        .value=${live(text ?? '')}
                        @input=${(e: Event) => ctx.set(at, (e.target as HTMLTextAreaElement).value || undefined, pathId(at))}></textarea>
                      ${text
                        ? nothing
                        : html`<p class="fallback" id=${`${id}-fallback`}>
                            <strong>${msg('Missing.')}</strong>
                            ${seen
                              ? html`${msg(str`Visitors see instead (${languageName(seen.lang, ctx.locale)}):`)}
                                  <q lang=${seen.lang}>${seen.text}</q>`
                              : msg('Visitors see nothing.')}
                          </p>`}
                    </td>`;
                  })}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : html`<p>${msg('This item has no texts to translate.')}</p>`}
  `;
}
