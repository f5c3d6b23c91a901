/** The middle of the studio: the list of items, the selected item's form or translations, and its preview. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getAt, pathId, startsWith } from '../logic/path.js';
import { controlOf, emptyValue, humanize, itemLabel, schemaAt } from '../logic/schema-nodes.js';
import { consentState } from '../logic/problems.js';
import { languageName } from '../logic/names.js';
import type { EditContext, StudioView } from './context.js';
import { renderField } from './form.view.js';
import { entryName, renderItemActions } from './list.view.js';
import { renderTranslations } from './translations.view.js';

export const navId = (collection: string | undefined, index: number): string =>
  collection ? `nav-${pathId([collection, index])}` : 'nav-pack';

function consentBadge(item: unknown, today: string): unknown {
  const until = getAt(item, ['consent', 'until']);
  if (until === undefined) return nothing;
  const { state } = consentState(until, today);
  if (state === 'ended') return html`<span class="badge error">${msg('consent ended')}</span>`;
  if (state === 'ending') return html`<span class="badge warning">${msg(str`consent ends on ${String(until)}`)}</span>`;
  return nothing;
}

export function renderNav(host: StudioView, ctx: EditContext): TemplateResult {
  const sel = host.selection;
  const errorsIn = (prefix: (string | number)[]) =>
    host.problemList.filter((p) => p.severity === 'error' && p.path && startsWith(p.path, prefix)).length;
  return html`<nav class="items" aria-label=${msg('Content of the pack')}>
    <ul class="collections">
      <li>
        <button type="button" class="nav-item" id=${navId(undefined, 0)} aria-current=${sel.collection ? 'false' : 'true'}
          @click=${() => host.select({ index: 0 })}>${msg('Pack details')}</button>
      </li>
      ${host.collections.map((collection) => {
        const list = getAt(ctx.doc, [collection]);
        const items = Array.isArray(list) ? list : [];
        const title = humanize(collection);
        return html`<li>
          <h2 class="collection-title" id=${`title-${collection}`}>${title} <span class="count">(${items.length})</span></h2>
          <ol aria-labelledby=${`title-${collection}`}>
            ${items.map((item, index) => {
              const current = sel.collection === collection && sel.index === index;
              const errors = errorsIn([collection, index]);
              return html`<li>
                <button type="button" class="nav-item" id=${navId(collection, index)} aria-current=${current ? 'true' : 'false'}
                  @click=${() => host.select({ collection, index })}>
                  <span class="name">${itemLabel(item) ?? `${title} ${index + 1}`}</span>
                  ${errors ? html`<span class="badge error">${msg(str`${errors} to fix`)}</span>` : nothing}
                  ${consentBadge(item, host.today)}
                </button>
              </li>`;
            })}
          </ol>
          <button type="button" class="add" id=${`add-${collection}`}
            @click=${() => ctx.insert([collection], emptyValue(schemaAt(ctx.root, ctx.doc, [collection, items.length]), ctx.root))}>
            ${msg(str`Add to ${title}`)}
          </button>
        </li>`;
      })}
    </ul>
  </nav>`;
}

export function renderEditor(host: StudioView, ctx: EditContext): TemplateResult {
  const { collection, index } = host.selection;
  if (!collection) {
    const control = controlOf(ctx.root, ctx.root);
    const header = control.kind === 'object' ? control.properties.filter(([key]) => !host.collections.includes(key)) : [];
    return html`<section class="editor" aria-labelledby="editor-title">
      <h2 id="editor-title" tabindex="-1">${msg('Pack details')}</h2>
      ${header.map(([key, node]) =>
        renderField(ctx, node, [key], humanize(key), control.kind === 'object' && control.required.has(key)),
      )}
    </section>`;
  }
  const list = getAt(ctx.doc, [collection]) as unknown[];
  const item = list[index];
  const path = [collection, index];
  const node = schemaAt(ctx.root, ctx.doc, path);
  const name = entryName(humanize(collection), index, item);
  const next = list.length > 1 ? `#${navId(collection, Math.min(index, list.length - 2))}` : `#add-${collection}`;
  return html`<section class="editor" aria-labelledby="editor-title">
    <h2 id="editor-title" tabindex="-1">${name}</h2>
    ${renderItemActions(ctx, [collection], index, list.length, name, next)}
    <div class="views" role="group" aria-label=${msg('Show')}>
      <button type="button" id="view-form" aria-pressed=${host.view === 'form' ? 'true' : 'false'}
        @click=${() => host.showView('form')}>${msg('Form')}</button>
      <button type="button" id="view-translations" aria-pressed=${host.view === 'translations' ? 'true' : 'false'}
        @click=${() => host.showView('translations')}>${msg('Translations')}</button>
    </div>
    ${host.view === 'form'
      ? renderField(ctx, node, path, name, true, { bare: true })
      : renderTranslations(ctx, node, path, name, { extra: host.extraLanguages, addLanguage: (l) => host.addLanguageColumn(l) })}
  </section>`;
}

export function renderPreview(host: StudioView): TemplateResult {
  const { collection } = host.selection;
  return html`<section class="preview" aria-labelledby="preview-title">
    <h2 id="preview-title">${msg('Preview')}</h2>
    <div class="preview-controls">
      <div class="field inline">
        <label for="preview-lang">${msg('Widget language')}</label>
        <select id="preview-lang" @change=${(e: Event) => host.setPreviewLang((e.target as HTMLSelectElement).value)}>
          ${host.previewLanguages.map(
            (l) => html`<option value=${l} ?selected=${l === host.previewLang}>${languageName(l, host.studioLocale)} (${l})</option>`,
          )}
        </select>
      </div>
      <div class="views" role="group" aria-label=${msg('Preview width')}>
        <button type="button" id="width-phone" aria-pressed=${host.previewWidth === 'phone' ? 'true' : 'false'}
          @click=${() => host.setPreviewWidth('phone')}>${msg('Phone')}</button>
        <button type="button" id="width-full" aria-pressed=${host.previewWidth === 'full' ? 'true' : 'false'}
          @click=${() => host.setPreviewWidth('full')}>${msg('Full width')}</button>
      </div>
    </div>
    ${collection
      ? nothing
      : html`<p class="note">${msg('Choose an item to see it in its widget.')}</p>`}
    <div class="frame-wrap" ?hidden=${!collection}>
      <iframe id="preview-frame" class=${host.previewWidth} src=${host.previewSrc} title=${msg('Preview of the selected item')}
        @load=${(e: Event) => host.previewLoaded(e.target as HTMLIFrameElement)}></iframe>
    </div>
  </section>`;
}
