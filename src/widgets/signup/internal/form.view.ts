/** The form itself: error summary, questions, spam trap, privacy text, send button and the device note. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../core/lib/intl.js';
import { upcomingSessions } from '../logic/validation.js';
import { idFor, type SignupContext } from './context.js';
import { renderField, renderGuardian, renderMunicipality, renderSessions } from './fields.view.js';
import { errorText, pathLabel, summaryLine } from './texts.js';

function summary(ctx: SignupContext) {
  const paths = Object.keys(ctx.errors);
  if (!ctx.showSummary || !paths.length) return nothing;
  const label = (path: string) => pathLabel(path, ctx.t, ctx.locale, (field) => ctx.pick(field.label));
  return html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="summary-title">
    <div role="alert">
      ${ctx.heading(msg('Please check these answers'), 1, 'summary-title')}
      <ul>
        ${paths.map((path) =>
          path === 'form' || path === 'trajectory'
            ? html`<li>${errorText(path, ctx.errors[path], ctx.t, ctx.locale)}</li>`
            : html`<li><a href=${`#${idFor('c', path)}`} @click=${(e: Event) => ctx.jump(e, path)}>${summaryLine(label(path), errorText(path, ctx.errors[path], ctx.t, ctx.locale))}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/**
 * A field people do not see and autofill leaves alone: a name and an
 * `autocomplete` value no browser or password manager fills in.
 */
function trap(ctx: SignupContext) {
  return html`<div class="hp" aria-hidden="true">
    <label for="hp-check">${msg('Leave this field empty.')}</label>
    <input id="hp-check" name="ontrack-leave-empty" type="text" tabindex="-1" autocomplete="off" data-1p-ignore data-lpignore="true"
      data-bwignore data-form-type="other" .value=${live(ctx.trap)} @input=${(e: Event) => ctx.fillTrap((e.target as HTMLInputElement).value)} />
  </div>`;
}

function deviceNote(ctx: SignupContext) {
  const hours = formatNumber(ctx.locale, ctx.t.retentionHours);
  return html`<div part="device-note" class="device-note">
    <p>
      ${ctx.draftStored === false
        ? msg('This browser does not let this device keep your answers. Keep this page open until you have sent the form.')
        : msg(str`This device remembers your answers until you send them or clear the form, for ${hours} hours at most. On a shared computer, clear the form when you leave.`)}
    </p>
    <button type="button" class="clear" ?disabled=${ctx.readOnly} @click=${ctx.clear}>${msg('Clear the form')}</button>
  </div>`;
}

export function renderForm(ctx: SignupContext) {
  const { t } = ctx;
  const sessions = upcomingSessions(t);
  return html`<form part="form" novalidate aria-busy=${ctx.readOnly ? 'true' : 'false'} @submit=${ctx.submit}>
    ${summary(ctx)}
    ${t.deadline ? html`<p class="deadline">${msg(str`Sign up before ${ctx.dateTime(t.deadline)}.`)}</p>` : nothing}
    <p class="required-note">${msg('Questions marked with * are required.')}</p>
    ${sessions.length ? renderSessions(ctx, sessions) : nothing}
    ${t.receivers?.length ? renderMunicipality(ctx) : nothing}
    ${t.fields.map((f) => renderField(ctx, f))}
    ${t.minorsPossible ? renderGuardian(ctx) : nothing}
    ${trap(ctx)}
    <div class="privacy">
      ${ctx.heading(msg('What happens with your answers'), 1)}
      <p>${ctx.text(t.privacy)}</p>
    </div>
    <p class="notice-line" role="status">${ctx.notice}</p>
    <div class="actions">
      <button part="submit" class="primary" type="submit" aria-disabled=${ctx.readOnly ? 'true' : 'false'}>${msg('Send sign-up')}</button>
    </div>
    ${deviceNote(ctx)}
  </form>`;
}
