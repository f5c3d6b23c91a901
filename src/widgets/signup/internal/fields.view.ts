/** The questions of the form, as template functions rendering into the sign-up's shadow root. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { FormField, Session } from '../../../content/schema/trajectories.js';
import { municipalityForPostalCode } from '../logic/validation.js';
import { asksMinor, isMinor } from '../logic/submission.js';
import { idFor, type SignupContext } from './context.js';
import { errorText, guardianAge, placesText } from './texts.js';

const required = (on: boolean) => (on ? html`<span class="required" aria-hidden="true"> *</span>` : nothing);

/** Label, help and error wiring shared by every question. */
function describedBy(ctx: SignupContext, path: string, help: boolean): string | typeof nothing {
  const ids = [help ? idFor('h', path) : '', ctx.errors[path] ? idFor('e', path) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

export function fieldError(ctx: SignupContext, path: string) {
  const code = ctx.errors[path];
  if (!code) return nothing;
  return html`<p part="field-error" class="field-error" id=${idFor('e', path)}>
    <span class="visually-hidden">${msg('Error:')}</span> ${errorText(path, code, ctx.t, ctx.locale)}
  </p>`;
}

const invalid = (ctx: SignupContext, path: string) => (ctx.errors[path] ? 'true' : 'false');

function choices(ctx: SignupContext, field: FormField, path: string, id: string) {
  const value = ctx.values[path];
  const list = Array.isArray(value) ? (value as string[]) : [];
  return (field.options ?? []).map((o, i) => {
    const optionId = `${id}-${i}`;
    const checked = field.type === 'radio' ? value === o.value : list.includes(o.value);
    return html`<div class="choice">
      <input
        id=${optionId}
        type=${field.type === 'radio' ? 'radio' : 'checkbox'}
        name=${path}
        .value=${o.value}
        .checked=${live(checked)}
        ?disabled=${ctx.readOnly}
        aria-invalid=${invalid(ctx, path)}
        ?required=${field.required && field.type === 'radio'}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          if (field.type === 'radio') ctx.set(path, o.value);
          else ctx.set(path, input.checked ? [...list, o.value] : list.filter((v) => v !== o.value));
        }}
      />
      <label for=${optionId}>${ctx.text(o.label)}</label>
    </div>`;
  });
}

export function renderField(ctx: SignupContext, field: FormField): TemplateResult {
  const path = `answers.${field.name}`;
  const id = idFor('c', path);
  const help = field.help ? html`<p class="help" id=${idFor('h', path)}>${ctx.text(field.help)}</p>` : nothing;
  const described = describedBy(ctx, path, Boolean(field.help));
  const label = ctx.text(field.label);
  const value = ctx.values[path];
  const onText = (e: Event) => ctx.set(path, (e.target as HTMLInputElement).value);

  if (field.type === 'radio' || field.type === 'checkboxes') {
    return html`<fieldset part="field" class="field group" id=${id} data-path=${path} aria-describedby=${described} ?data-invalid=${ctx.errors[path] !== undefined}>
      <legend>${label}${required(field.required)}</legend>
      ${help} ${fieldError(ctx, path)} ${choices(ctx, field, path, id)}
    </fieldset>`;
  }
  if (field.type === 'consent') {
    return html`<div part="field" class="field consent">
      ${fieldError(ctx, path)}
      <div class="choice">
        <input
          id=${id}
          data-path=${path}
          type="checkbox"
          name=${path}
          .checked=${live(value === true)}
          ?disabled=${ctx.readOnly}
          ?required=${field.required}
          aria-invalid=${invalid(ctx, path)}
          aria-describedby=${described}
          @change=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${label}${required(field.required)}</label>
      </div>
      ${help}
    </div>`;
  }
  let control: TemplateResult;
  if (field.type === 'select') {
    control = html`<select id=${id} data-path=${path} name=${path} ?disabled=${ctx.readOnly} ?required=${field.required} aria-invalid=${invalid(ctx, path)} aria-describedby=${described} @change=${onText}>
      <option value="" ?selected=${!value}>${msg('Choose…')}</option>
      ${(field.options ?? []).map((o) => html`<option value=${o.value} ?selected=${value === o.value}>${ctx.text(o.label)}</option>`)}
    </select>`;
  } else if (field.type === 'textarea') {
    control = html`<textarea id=${id} data-path=${path} name=${path} rows="4" ?readonly=${ctx.readOnly} ?required=${field.required}
      aria-invalid=${invalid(ctx, path)} aria-describedby=${described} .value=${live((value as string) ?? '')} @input=${onText}></textarea>`;
  } else {
    control = html`<input
      id=${id}
      data-path=${path}
      name=${path}
      type=${field.type === 'number' ? 'text' : field.type}
      inputmode=${field.type === 'number' ? 'numeric' : nothing}
      autocomplete=${field.autocomplete ?? nothing}
      ?readonly=${ctx.readOnly}
      ?required=${field.required}
      aria-invalid=${invalid(ctx, path)}
      aria-describedby=${described}
      .value=${live(value === undefined ? '' : String(value))}
      @input=${onText}
    />`;
  }
  return html`<div part="field" class="field" ?data-invalid=${ctx.errors[path] !== undefined}>
    <label for=${id}>${label}${required(field.required)}</label>
    ${help} ${fieldError(ctx, path)} ${control}
  </div>`;
}

export function renderSessions(ctx: SignupContext, sessions: Session[]) {
  const path = 'session';
  const chosen = sessions.find((s) => s.id === ctx.values[path]);
  return html`<fieldset part="field" class="field group sessions" id=${idFor('c', path)} data-path=${path} aria-describedby=${describedBy(ctx, path, false)}>
    <legend>${msg('Choose a date')}${required(true)}</legend>
    ${fieldError(ctx, path)}
    ${sessions.map((s) => {
      const id = `c-session-${s.id}`;
      const left = ctx.places(s);
      return html`<div class="choice session" ?data-full=${left === 0}>
        <input id=${id} type="radio" name="session" .value=${s.id} .checked=${live(chosen?.id === s.id)} ?disabled=${ctx.readOnly}
          aria-invalid=${invalid(ctx, path)} @change=${() => ctx.set(path, s.id)} />
        <label for=${id}>
          <span class="when">${ctx.dateTime(s.start)}</span>
          <span class="where">${ctx.text(s.place)}</span>
          <span class="places">${placesText(left, ctx.locale)}</span>
        </label>
      </div>`;
    })}
    ${chosen && ctx.places(chosen) === 0
      ? html`<p class="waitlist-note">${msg('This date is full. If you send the form, you join the waiting list, and we let you know when a place opens up.')}</p>`
      : nothing}
  </fieldset>`;
}

export function renderMunicipality(ctx: SignupContext) {
  const path = 'municipality';
  const id = idFor('c', path);
  const value = (ctx.values[path] as string) ?? '';
  return html`<div class="routing">
    <div part="field" class="field">
      <label for="c-postal-code">${msg('Postal code (optional)')}</label>
      <p class="help" id="h-postal-code">${msg('We use it only to find your municipality below.')}</p>
      <input id="c-postal-code" type="text" inputmode="numeric" autocomplete="postal-code" aria-describedby="h-postal-code" ?readonly=${ctx.readOnly}
        .value=${live((ctx.values.postalCode as string) ?? '')}
        @input=${(e: Event) => {
          const code = (e.target as HTMLInputElement).value;
          ctx.set('postalCode', code);
          const found = municipalityForPostalCode(ctx.t, code);
          if (found) ctx.set(path, found);
        }} />
    </div>
    <div part="field" class="field" ?data-invalid=${ctx.errors[path] !== undefined}>
      <label for=${id}>${msg('Your municipality')}${required(true)}</label>
      <p class="help" id=${idFor('h', path)}>${msg('Your request goes to the people who work with this in that municipality.')}</p>
      ${fieldError(ctx, path)}
      <select id=${id} data-path=${path} name=${path} required ?disabled=${ctx.readOnly} aria-invalid=${invalid(ctx, path)}
        aria-describedby=${describedBy(ctx, path, true)} @change=${(e: Event) => ctx.set(path, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${msg('Choose…')}</option>
        ${ctx.t.receivers!.map((r) => html`<option value=${r.id} ?selected=${value === r.id}>${ctx.text(r.name)}</option>`)}
      </select>
    </div>
  </div>`;
}

function guardianText(ctx: SignupContext, path: string, label: string) {
  return html`<div part="field" class="field" ?data-invalid=${ctx.errors[path] !== undefined}>
    <label for=${idFor('c', path)}>${label}${required(true)}</label>
    ${fieldError(ctx, path)}
    <input id=${idFor('c', path)} data-path=${path} type="text" autocomplete="off" ?readonly=${ctx.readOnly} aria-invalid=${invalid(ctx, path)}
      aria-describedby=${describedBy(ctx, path, false)} .value=${live((ctx.values[path] as string) ?? '')}
      @input=${(e: Event) => ctx.set(path, (e.target as HTMLInputElement).value)} />
  </div>`;
}

/** The guardian step: asked by yes/no, or following from the age answer when the form asks the age. */
export function renderGuardian(ctx: SignupContext) {
  const asks = asksMinor(ctx.t, ctx.values);
  const minor = asks ? ctx.values.minor : isMinor(ctx.t, ctx.values) ? 'yes' : 'no';
  const question = asks
    ? html`<fieldset part="field" class="field group" id="c-minor" data-path="minor" aria-describedby=${describedBy(ctx, 'minor', true)}>
        <legend>${msg(str`Are you younger than ${guardianAge(ctx.t, ctx.locale)}?`)}${required(true)}</legend>
        <p class="help" id="h-minor">${msg('If you are, we also ask a parent or guardian to agree.')}</p>
        ${fieldError(ctx, 'minor')}
        ${(['yes', 'no'] as const).map(
          (v) => html`<div class="choice">
            <input id=${`c-minor-${v}`} type="radio" name="minor" .value=${v} .checked=${live(minor === v)} ?disabled=${ctx.readOnly}
              aria-invalid=${invalid(ctx, 'minor')} @change=${() => ctx.set('minor', v)} />
            <label for=${`c-minor-${v}`}>${v === 'yes' ? msg('Yes') : msg('No')}</label>
          </div>`,
        )}
      </fieldset>`
    : nothing;
  return html`<div class="guardian-step">
    ${question}
    ${minor === 'yes'
      ? html`<fieldset part="field" class="field group guardian">
          <legend>${msg('Your parent or guardian')}</legend>
          ${guardianText(ctx, 'guardian.name', msg('Name of your parent or guardian'))}
          ${guardianText(ctx, 'guardian.contact', msg('Phone or e-mail of your parent or guardian'))}
          <div class="field">
            ${fieldError(ctx, 'guardian.consent')}
            <div class="choice">
              <input id="c-guardian-consent" data-path="guardian.consent" type="checkbox" .checked=${live(ctx.values['guardian.consent'] === true)}
                ?disabled=${ctx.readOnly} aria-invalid=${invalid(ctx, 'guardian.consent')} aria-describedby=${describedBy(ctx, 'guardian.consent', false)}
                @change=${(e: Event) => ctx.set('guardian.consent', (e.target as HTMLInputElement).checked)} />
              <label for="c-guardian-consent">${msg('My parent or guardian knows about this sign-up and agrees with it.')}${required(true)}</label>
            </div>
          </div>
        </fieldset>`
      : nothing}
  </div>`;
}
