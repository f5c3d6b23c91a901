/** The studio's frame: the tool bar, the opening screen, the status line and the list of problems. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { pluralRules } from '../../core/lib/intl.js';
import { languageName } from '../logic/names.js';
import { studioLocales } from './localize.js';
import type { StatusKey, StudioView } from './context.js';

export function statusText(key: StatusKey, detail = ''): string {
  switch (key) {
    case 'opened':
      return msg(str`Opened ${detail}.`);
    case 'restored':
      return msg(str`Your draft of ${detail} was restored from this browser.`);
    case 'saved':
      return msg(str`Saved as ${detail}.`);
    case 'copied':
      return msg('The pack was copied to the clipboard.');
    case 'copy-failed':
      return msg('The browser did not allow copying. Use Save instead.');
    case 'draft-failed':
      return msg('Your draft cannot be kept in this browser (storage is blocked or full). Save often.');
    case 'open-failed':
      return msg(str`Could not open ${detail}.`);
    case 'not-a-pack':
      return msg('This file is not a content pack.');
    case 'undone':
      return msg('Undone.');
    case 'redone':
      return msg('Redone.');
    case 'closed':
      return msg('The pack was closed and its draft removed from this browser.');
  }
}

export function renderToolbar(host: StudioView): TemplateResult {
  const open = Boolean(host.edit);
  return html`<header class="toolbar">
    <h1>${msg('Ontrack studio')}${open ? html` <span class="file">${host.fileName}</span>` : nothing}</h1>
    ${open
      ? html`<div class="actions" role="group" aria-label=${msg('Pack')}>
          <button type="button" id="undo" aria-disabled=${host.canUndo ? 'false' : 'true'} aria-keyshortcuts="Control+Z"
            @click=${() => host.undo()}>${msg('Undo')}</button>
          <button type="button" id="redo" aria-disabled=${host.canRedo ? 'false' : 'true'} aria-keyshortcuts="Control+Shift+Z"
            @click=${() => host.redo()}>${msg('Redo')}</button>
          <button type="button" id="save" @click=${() => host.save()}>${msg('Save file')}</button>
          <button type="button" id="copy" @click=${() => host.copy()}>${msg('Copy')}</button>
          <button type="button" id="close" @click=${() => host.close()}>${msg('Close')}</button>
        </div>`
      : nothing}
    <div class="field inline">
      <label for="studio-lang">${msg('Studio language')}</label>
      <select id="studio-lang" @change=${(e: Event) => host.setStudioLocale((e.target as HTMLSelectElement).value)}>
        ${studioLocales.map((l) => html`<option value=${l} lang=${l} ?selected=${l === host.studioLocale}>${languageName(l, l)}</option>`)}
      </select>
    </div>
  </header>`;
}

export function renderStatus(host: StudioView): TemplateResult {
  return html`<p class="status" role="status">${host.status ? statusText(host.status.key, host.status.detail) : ''}</p>`;
}

export function renderOpen(host: StudioView): TemplateResult {
  let url = '';
  return html`<section class="open" aria-labelledby="open-title">
    <h2 id="open-title">${msg('Open a content pack')}</h2>
    <p>${msg('The pack stays in this browser: nothing is sent anywhere. Drop a JSON file on this page, choose one, or give its address.')}</p>
    <div class="field">
      <label for="open-file">${msg('Content pack file')}</label>
      <input id="open-file" type="file" accept="application/json,.json"
        @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) host.openFile(file);
        }} />
    </div>
    <form class="field" @submit=${(e: Event) => {
      e.preventDefault();
      if (url) host.openUrl(url);
    }}>
      <label for="open-url">${msg('Address of a content pack')}</label>
      <div class="inline">
        <input id="open-url" type="url" inputmode="url" autocomplete="url" placeholder="https://…/content.json"
          @input=${(e: Event) => (url = (e.target as HTMLInputElement).value)} />
        <button type="submit">${msg('Open')}</button>
      </div>
    </form>
    ${host.openProblems.length
      ? html`<ul class="field-problems" lang="en">${host.openProblems.map((p) => html`<li class="error">${p.text}</li>`)}</ul>`
      : nothing}
  </section>`;
}

/** "1 error", "3 errors" in the studio's language. */
function count(locale: string, n: number, one: () => string, other: () => string): string {
  return pluralRules(locale).select(n) === 'one' ? one() : other();
}

export function renderProblemList(host: StudioView): TemplateResult {
  const problems = host.problemList;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const locale = host.studioLocale;
  return html`<section class="problems" aria-labelledby="problems-title">
    <h2 id="problems-title">${msg('Checks')}</h2>
    <p class=${errors ? 'summary error' : 'summary ok'}>
      ${problems.length
        ? html`${count(locale, errors, () => msg('1 error'), () => msg(str`${errors} errors`))},
            ${count(locale, warnings, () => msg('1 warning'), () => msg(str`${warnings} warnings`))}`
        : msg('No problems: the widgets can read this pack.')}
    </p>
    ${problems.length
      ? html`<ul lang="en">
          ${problems.map(
            (p) => html`<li class=${p.severity}>
              <span class="visually-hidden">${p.severity === 'error' ? msg('Error:') : msg('Warning:')}</span>
              ${p.path
                ? html`<a href="#" @click=${(e: Event) => {
                    e.preventDefault();
                    host.goTo(p.path!);
                  }}>${p.text}</a>`
                : p.text}
            </li>`,
          )}
        </ul>`
      : nothing}
  </section>`;
}
