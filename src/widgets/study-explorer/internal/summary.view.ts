import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ExplorerContext } from './context.js';

/**
 * The summary: interests, shortlist and questions for the school. Always in
 * the page (hidden on screen elsewhere), so that printing from any view
 * prints it.
 */
export function summaryView(c: ExplorerContext): TemplateResult {
  const { system, progress } = c;
  const on = c.view === 'summary' && !c.detail;
  const interests = system.questions
    .filter((q) => progress.answers[q.id] === 'yes' || progress.answers[q.id] === 'bit')
    .map((q) => c.name(q.interest));
  const shortlist = progress.shortlist.map((id) => system.options.find((o) => o.id === id)).filter((o) => o !== undefined);
  const none = html`<p class="none">${msg('Nothing chosen yet.')}</p>`;
  return html`<section part="summary" class="summary ${on ? '' : 'off'}">
    ${c.heading(1, msg('Summary'))}
    ${c.saved ? nothing : html`<p class="unsaved">${msg('This browser does not keep your choices: they are gone when you leave this page.')}</p>`}
    ${c.heading(2, msg('Your interests'))}
    ${interests.length ? html`<ul class="interests">${interests.map((i) => html`<li>${i}</li>`)}</ul>` : none}
    ${c.heading(2, msg('Shortlist'))}
    ${shortlist.length
      ? html`<ul class="shortlisted">${shortlist.map((o) => html`<li data-id=${o.id}><strong>${c.text(o.name)}</strong> (${c.meta(o)})</li>`)}</ul>`
      : none}
    ${system.askSchool.length
      ? html`${c.heading(2, msg('Questions to ask the school'))}
          <ul class="ask">${system.askSchool.map((q) => html`<li>${c.text(q)}</li>`)}</ul>`
      : nothing}
    ${on ? shareView(c) : nothing}
  </section>`;
}

function shareView(c: ExplorerContext): TemplateResult {
  return html`<div class="tools">
    <p><button type="button" class="print" @click=${() => window.print()}>${msg('Print')}</button></p>
    <p class="field share">
      <label for="share">${msg('Link to share')}</label>
      <input id="share" type="text" readonly .value=${c.shareLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    </p>
    <p>
      <button type="button" class="copy" @click=${() => c.copy()}>${msg('Copy link')}</button>
      <span role="status" class="copied">${c.copied ? msg('Link copied.') : ''}</span>
    </p>
  </div>`;
}
