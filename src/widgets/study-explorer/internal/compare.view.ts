import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LocalizedText } from '../../../content/schema/common.js';
import type { StudyAxis, StudyOption } from '../../../content/schema/study-systems.js';
import type { ExplorerContext } from './context.js';
import { toggles } from './options.view.js';

/** Two or three options side by side. */
export function compareView(c: ExplorerContext): TemplateResult {
  const { system } = c;
  const chosen = c.progress.compare.map((id) => system.options.find((o) => o.id === id)).filter((o) => o !== undefined);
  if (chosen.length < 2) return html`<p class="notice">${msg('Choose two or three options to compare.')}</p>`;
  const row = (label: string, cell: (o: StudyOption) => unknown) => html`<tr>
    <th scope="row">${label}</th>
    ${chosen.map((o) => html`<td>${cell(o)}</td>`)}
  </tr>`;
  const axis = (list: readonly StudyAxis[], id: string) => {
    const a = c.axis(list, id);
    return a ? c.text(a.name) : nothing;
  };
  const grades = (o: StudyOption) => c.list(o.levels.map((id) => c.axis(system.levels, id)).filter((l) => l !== undefined).map((l) => c.name(l.name)));
  const items = (texts: LocalizedText[]) => html`<ul>${texts.map((t) => html`<li>${c.text(t)}</li>`)}</ul>`;
  return html`<div class="compare-wrap" role="region" aria-label=${msg('Compare')} tabindex="0">
    <table part="compare" class="compare">
      <thead>
        <tr>
          <td></td>
          ${chosen.map((o) => html`<th scope="col"><button type="button" part="option" class="option link" data-id=${o.id} @click=${() => c.open(o.id)}>${c.text(o.name)}</button></th>`)}
        </tr>
      </thead>
      <tbody>
        ${row(msg('Domain'), (o) => axis(system.domains, o.domain))}
        ${row(msg('Track'), (o) => axis(system.tracks, o.track))}
        ${row(msg('Grade'), grades)}
        ${row(msg('What you learn'), (o) => c.text(o.learn))}
        ${row(msg('Where it leads'), (o) => items([...o.studies, ...o.jobs]))}
        ${row(msg('Schools'), (o) => html`<ul>${o.schools.map((s) => html`<li>${s.name}, ${s.place}</li>`)}</ul>`)}
      </tbody>
      <tfoot>
        <tr>
          <td></td>
          ${chosen.map((o) => html`<td>${toggles(c, o)}</td>`)}
        </tr>
      </tfoot>
    </table>
  </div>`;
}

/** The system in plain words, for parents. */
export function parentsView(c: ExplorerContext): TemplateResult {
  const axes = (label: string, list: readonly StudyAxis[]) => html`${c.heading(1, label)}
    <dl class="axes">
      ${list.map((a) => html`<dt>${c.text(a.name)}</dt><dd>${a.explain ? c.text(a.explain) : nothing}</dd>`)}
    </dl>`;
  return html`<section class="parents">
    ${c.system.guide.map((p) => html`<p>${c.text(p)}</p>`)}
    ${axes(msg('Grade'), c.system.levels)}
    ${axes(msg('Track'), c.system.tracks)}
    ${axes(msg('Domain'), c.system.domains)}
  </section>`;
}
