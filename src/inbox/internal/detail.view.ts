/** One sign-up: every answer, its status, and what the coordinator can do with it. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { pick, type Action, type Me, type Signup } from './api.js';
import { statusLabel } from './labels.js';
import { nameOf } from './list.view.js';

export interface DetailHost {
  me: Me;
  locale: string;
  open: Signup;
  confirmingErase: boolean;
  busy: boolean;
  onAct(action: Action): void;
  onErase(step: 'ask' | 'confirm' | 'keep'): void;
  onClose(): void;
}

const value = (v: unknown) => (Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? (v ? msg('Yes') : msg('No')) : v === undefined ? '—' : String(v));

export function detailView(host: DetailHost) {
  const s = host.open;
  const trajectory = host.me.trajectories.find((t) => t.id === s.trajectory);
  const fields = trajectory?.fields ?? Object.keys(s.submission.answers).map((name) => ({ name, label: { en: name }, type: 'text' }));
  return html`
    <section class="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" tabindex="-1">${nameOf(s)}</h2>
      <p class="status" data-status=${s.status}>${statusLabel(s.status)}${s.position ? html` — ${msg('position')} ${s.position}` : nothing}</p>
      <dl>
        <dt>${msg('Trajectory')}</dt><dd>${pick(trajectory?.title, host.locale) || s.trajectory}</dd>
        ${s.session ? html`<dt>${msg('Session')}</dt><dd>${s.session}</dd>` : nothing}
        ${s.municipality ? html`<dt>${msg('Municipality')}</dt><dd>${s.municipality}</dd>` : nothing}
        ${fields.map((f) => html`<dt>${pick(f.label, host.locale)}</dt><dd>${value(s.submission.answers[f.name])}</dd>`)}
        ${s.submission.guardian?.name ? html`<dt>${msg('Guardian')}</dt><dd>${s.submission.guardian.name}, ${s.submission.guardian.contact}</dd>` : nothing}
        <dt>${msg('Reference')}</dt><dd><code>${s.key}</code></dd>
      </dl>
      <div class="actions">
        ${s.status === 'new' ? html`<button type="button" ?disabled=${host.busy} @click=${() => host.onAct('contacted')}>${msg('Mark as contacted')}</button>` : nothing}
        ${s.status === 'waitlist' ? html`<button type="button" ?disabled=${host.busy} @click=${() => host.onAct('promote')}>${msg('Move into a free place')}</button>` : nothing}
        ${s.status === 'suspect' ? html`<button type="button" ?disabled=${host.busy} @click=${() => host.onAct('accept')}>${msg('Accept after review')}</button>` : nothing}
        ${s.status !== 'cancelled' ? html`<button type="button" ?disabled=${host.busy} @click=${() => host.onAct('cancel')}>${msg('Cancel the sign-up')}</button>` : nothing}
        ${host.confirmingErase
          ? html`<p class="confirm" id="erase-question">${msg("Delete this person's data for good? This cannot be undone.")}</p>
              <button type="button" class="danger" aria-describedby="erase-question" ?disabled=${host.busy} @click=${() => host.onErase('confirm')}>${msg('Yes, delete for good')}</button>
              <button type="button" class="keep" @click=${() => host.onErase('keep')}>${msg('Keep it')}</button>`
          : html`<button type="button" class="danger erase" @click=${() => host.onErase('ask')}>${msg("Delete this person's data")}</button>`}
      </div>
      <button type="button" class="back" @click=${host.onClose}>${msg('Back to the list')}</button>
    </section>
  `;
}
