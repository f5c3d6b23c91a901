import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LocalizedText } from '../../../content/schema/common.js';
import type { StudyAxis, StudyOption } from '../../../content/schema/study-systems.js';
import type { Filters } from '../logic/search.js';
import { MAX_COMPARE } from '../logic/progress.js';
import type { ExplorerContext } from './context.js';

/** Search and filters, with the options found. */
export function searchView(c: ExplorerContext): TemplateResult {
  const f = c.filters;
  const { system } = c;
  const select = (id: keyof Filters, label: string, list: readonly StudyAxis[]) => html`<p class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => c.filter({ [id]: (e.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${!f[id]}>${msg('All')}</option>
      ${list.map((a) => html`<option value=${a.id} ?selected=${f[id] === a.id}>${c.name(a.name)}</option>`)}
    </select>
  </p>`;
  const search = (id: 'query' | 'place', label: string) => html`<p class="field ${id}">
    <label for=${id}>${label}</label>
    <input id=${id} type="search" autocomplete="off" .value=${f[id]} @input=${(e: Event) => c.filter({ [id]: (e.target as HTMLInputElement).value })} />
  </p>`;
  return html`<section class="search">
    <div class="filters" role="search">
      ${search('query', msg('Search'))}
      ${select('domain', msg('Domain'), system.domains)}
      ${select('track', msg('Track'), system.tracks)}
      ${system.levels.length > 1 ? select('level', msg('Grade'), system.levels) : nothing}
      ${search('place', msg('School or place'))}
    </div>
    <p class="count" role="status">${msg(str`Options found: ${c.number(c.results.length)}`)}</p>
    <ul part="results" class="results" role="list">
      ${c.results.slice(0, c.shown).map((o) => html`<li class="result" data-id=${o.id}>${cardBody(c, o)}</li>`)}
    </ul>
    ${c.results.length > c.shown
      ? html`<p><button type="button" class="show-more" @click=${() => c.showMore()}>${msg('Show more')}</button></p>`
      : nothing}
  </section>`;
}

/** An option as a card: its name opens its page. */
export function cardBody(c: ExplorerContext, o: StudyOption): TemplateResult {
  return html`<p class="card-title"><button type="button" part="option" class="option link" data-id=${o.id} @click=${() => c.open(o.id)}>${c.text(o.name)}</button></p>
    <p class="meta">${c.meta(o)}</p>
    <p class="learn">${c.text(o.learn)}</p>
    ${toggles(c, o)}`;
}

/** "+ Shortlist" and "+ Compare": two equal toggle buttons. */
export function toggles(c: ExplorerContext, o: StudyOption): TemplateResult {
  const listed = c.progress.shortlist.includes(o.id);
  const compared = c.progress.compare.includes(o.id);
  const full = c.progress.compare.length >= MAX_COMPARE && !compared;
  return html`<p class="toggles">
    <button type="button" class="toggle shortlist" aria-pressed=${listed ? 'true' : 'false'} @click=${() => c.toggle('shortlist', o.id)}>
      <span class="tick" aria-hidden="true">${listed ? '✓' : '+'}</span>${msg('Shortlist')}
    </button>
    <button type="button" class="toggle compare" aria-pressed=${compared ? 'true' : 'false'} ?disabled=${full} @click=${() => c.toggle('compare', o.id)}>
      <span class="tick" aria-hidden="true">${compared ? '✓' : '+'}</span>${msg('Compare')}
    </button>
  </p>`;
}

/** An option's page: what you learn, subjects, where it leads, schools. */
export function detailView(c: ExplorerContext, o: StudyOption): TemplateResult {
  const list = (items: LocalizedText[]) => html`<ul>${items.map((t) => html`<li>${c.text(t)}</li>`)}</ul>`;
  return html`<article part="detail" class="detail" data-id=${o.id}>
    <p><button type="button" class="back" @click=${() => c.close()}><span class="arrow" aria-hidden="true">←</span> ${msg('Back')}</button></p>
    ${c.heading(1, c.text(o.name), 'detail-title')}
    <p class="meta">${c.meta(o)}</p>
    ${toggles(c, o)}
    ${c.heading(2, msg('What you learn'))}
    <p>${c.text(o.learn)}</p>
    ${o.subjects.length ? html`${c.heading(2, msg('Subjects'))}${list(o.subjects)}` : nothing}
    ${o.studies.length || o.jobs.length
      ? html`${c.heading(2, msg('Where it leads'))}
          ${o.studies.length ? html`<p class="sub">${msg('Further studies')}</p>${list(o.studies)}` : nothing}
          ${o.jobs.length ? html`<p class="sub">${msg('Jobs')}</p>${list(o.jobs)}` : nothing}`
      : nothing}
    ${o.schools.length
      ? html`${c.heading(2, msg('Schools'))}
          <ul class="schools">
            ${o.schools.map((s) => {
              const url = c.link(s.url);
              return html`<li>${url ? html`<a href=${url} rel="noopener">${s.name}</a>` : s.name}, ${s.place}</li>`;
            })}
          </ul>`
      : nothing}
  </article>`;
}
