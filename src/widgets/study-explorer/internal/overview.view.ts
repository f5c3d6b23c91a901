import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CELL_LIMIT, cellStops, matrixCells } from '../logic/views.js';
import type { ExplorerContext } from './context.js';

/** The matrix of domains × tracks at one grade: a keyboard grid on wide screens, a list of chips on a phone. */
export function overviewView(c: ExplorerContext): TemplateResult {
  const { system, grid } = c;
  const cells = matrixCells(system, c.level);
  const stops = cellStops(cells);
  const level = c.axis(system.levels, c.level);
  const more = (domain: string, track: string, count: number) => html`<button type="button" class="more" @click=${() => c.searchCell(domain, track)}>${msg(str`Show all ${c.number(count)}`)}</button>`;
  return html`<div class="overview">
    ${system.levels.length > 1
      ? html`<p class="field level">
          <label for="level">${msg('Grade')}</label>
          <select id="level" @change=${(e: Event) => c.chooseLevel((e.target as HTMLSelectElement).value)}>
            ${system.levels.map((l) => html`<option value=${l.id} ?selected=${l.id === c.level}>${c.name(l.name)}</option>`)}
          </select>
        </p>`
      : nothing}
    ${level?.explain ? html`<p class="explain">${c.text(level.explain)}</p>` : nothing}
    <div class="matrix-wrap">
      <table part="matrix" class="matrix" role="grid" aria-label=${level ? c.name(level.name) : ''} @keydown=${(e: KeyboardEvent) => grid.keydown(e, stops)} @focusin=${grid.focusin}>
        <thead>
          <tr>
            <th scope="col">${msg('Domain')}</th>
            ${system.tracks.map((t) => html`<th scope="col">${c.text(t.name)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${system.domains.map(
            (d, r) => html`<tr>
              <th scope="row">${c.text(d.name)}</th>
              ${system.tracks.map((t, col) => {
                const list = cells[r][col];
                const empty = list.length === 0;
                return html`<td data-stop=${empty ? grid.stop(r, col, 0) : nothing} tabindex=${empty ? grid.tabindex(r, col, 0) : nothing}>
                  ${list.slice(0, CELL_LIMIT).map(
                    (o, i) => html`<button type="button" part="option" class="option" data-id=${o.id} data-stop=${grid.stop(r, col, i)} tabindex=${grid.tabindex(r, col, i)} @click=${() => c.open(o.id)}>${c.text(o.name)}</button>`,
                  )}
                  ${list.length > CELL_LIMIT
                    ? html`<button type="button" class="more" data-stop=${grid.stop(r, col, CELL_LIMIT)} tabindex=${grid.tabindex(r, col, CELL_LIMIT)} @click=${() => c.searchCell(d.id, t.id)}>${msg(str`Show all ${c.number(list.length)}`)}</button>`
                    : nothing}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="matrix-list">
      ${system.domains.map((d, r) => {
        const tracks = system.tracks.map((t, col) => [t, cells[r][col]] as const).filter(([, list]) => list.length);
        if (!tracks.length) return nothing;
        return html`<section class="domain">
          ${c.heading(1, c.text(d.name))}
          ${tracks.map(
            ([t, list]) => html`<p class="track-name">${c.text(t.name)}</p>
              <ul role="list" class="chips">
                ${list.slice(0, CELL_LIMIT).map((o) => html`<li><button type="button" class="option" data-id=${o.id} @click=${() => c.open(o.id)}>${c.text(o.name)}</button></li>`)}
                ${list.length > CELL_LIMIT ? html`<li>${more(d.id, t.id, list.length)}</li>` : nothing}
              </ul>`,
          )}
        </section>`;
      })}
    </div>
  </div>`;
}
