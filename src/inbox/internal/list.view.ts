/** Filters (trajectory, session, status), the CSV link and the list of sign-ups. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { STATUSES, pick, type Me, type Signup, type Status } from './api.js';
import { statusLabel } from './labels.js';

export interface ListHost {
  me: Me;
  locale: string;
  trajectory: string;
  session: string;
  status: Status | '';
  signups: Signup[];
  loading: boolean;
  exportUrl(trajectory: string): string;
  onFilter(event: Event): void;
  onOpen(id: string): void;
}

const date = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The first answer that reads as a name: the field called like one, else the first text answer. */
export function nameOf(signup: Signup): string {
  const answers = signup.submission.answers;
  const key = Object.keys(answers).find((k) => /name/i.test(k) && typeof answers[k] === 'string') ?? Object.keys(answers).find((k) => typeof answers[k] === 'string');
  return key ? String(answers[key]) : signup.key.slice(0, 8);
}

export function listView(host: ListHost) {
  const trajectory = host.me.trajectories.find((t) => t.id === host.trajectory) ?? host.me.trajectories[0];
  return html`
    <form class="filters" @change=${host.onFilter} @submit=${(e: Event) => e.preventDefault()}>
      <div>
        <label for="f-trajectory">${msg('Trajectory')}</label>
        <select id="f-trajectory" name="trajectory">
          ${host.me.trajectories.map((t) => html`<option value=${t.id} ?selected=${t.id === trajectory?.id}>${pick(t.title, host.locale)}</option>`)}
        </select>
      </div>
      ${trajectory?.sessions.length
        ? html`<div>
            <label for="f-session">${msg('Session')}</label>
            <select id="f-session" name="session">
              <option value="" ?selected=${!host.session}>${msg('All sessions')}</option>
              ${trajectory.sessions.map((s) => html`<option value=${s.id} ?selected=${s.id === host.session}>${date(s.start, host.locale)} (${s.id})</option>`)}
            </select>
          </div>`
        : nothing}
      <div>
        <label for="f-status">${msg('Status')}</label>
        <select id="f-status" name="status">
          ${(['', ...STATUSES] as const).map((s) => html`<option value=${s} ?selected=${s === host.status}>${statusLabel(s)}</option>`)}
        </select>
      </div>
      ${trajectory ? html`<a class="export" href=${host.exportUrl(trajectory.id)} download>${msg('Export as CSV')}</a>` : nothing}
    </form>
    <p class="count" role="status">${host.loading ? msg('Loading…') : msg(str`${host.signups.length} sign-up(s)`)}</p>
    ${host.signups.length
      ? html`<ul class="list">
          ${host.signups.map(
            (s) => html`<li>
              <button type="button" class="row" data-id=${s.id} @click=${() => host.onOpen(s.id)}>
                <span class="name">${nameOf(s)}</span>
                <span class="status" data-status=${s.status}>${statusLabel(s.status)}${s.position ? ` #${s.position}` : ''}</span>
                <span class="when">${date(s.receivedAt, host.locale)}${s.session ? ` · ${s.session}` : ''}${s.municipality ? ` · ${s.municipality}` : ''}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : host.loading
        ? nothing
        : html`<p class="empty">${msg('No sign-ups match these filters.')}</p>`}
  `;
}
