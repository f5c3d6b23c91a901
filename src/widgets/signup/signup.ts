import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { OntrackElement } from '../../core/ontrack-element.js';
import { emit } from '../../core/events.js';
import type { LoadedPack as Loaded } from '../../content/load.js';
import type { LocalizedText } from '../../content/schema/common.js';
import {
  trajectoriesPack,
  type FormField,
  type Session,
  type TrajectoriesPack,
  type Trajectory,
} from '../../content/schema/trajectories.js';
import {
  DEFAULT_GUARDIAN_AGE,
  isClosed,
  municipalityForPostalCode,
  placesLeft,
  upcomingSessions,
  validateSubmission,
  type AnswerValue,
  type FieldErrorCode,
  type FieldErrors,
  type Submission,
} from '../../signup/validation.js';
import {
  clearDraft,
  enqueue,
  expiryFor,
  flush,
  loadDraft,
  newKey,
  onOutbox,
  queuedFor,
  saveDraft,
  send,
  type Draft,
  type OutboxEvent,
} from '../../signup/queue.js';
import { toIcs } from '../../signup/ics.js';
import { signupStyles } from './signup.styles.js';

type LoadedPack = Loaded<TrajectoriesPack>;

type View = 'form' | 'queued' | 'done' | 'email';
type Notice = 'cleared' | 'too-quick' | 'refused' | 'sending';

interface Done {
  submission: Submission;
  waitlist: boolean;
}

/** `answers.email` → `c-answers-email` (ids of controls, errors and help texts). */
const idFor = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

const CHOICE_TYPES = new Set(['select', 'radio']);

/**
 * A sign-up form for one trajectory of the content pack that never loses what
 * a person typed: the draft is kept on the device while they type; a sign-up
 * that cannot be sent is queued and sent when the connection is back, once.
 *
 * @summary Trajectory sign-up form.
 * @tag ontrack-signup
 *
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a refused send.
 * @csspart field - One question with its label, help and error.
 * @csspart field-error - The error message under a question.
 * @csspart device-note - The note that this device remembers the answers, with the clear button.
 * @csspart submit - The send button.
 * @csspart confirmation - What the person sees after signing up.
 * @csspart queued - The notice that the sign-up is saved and will be sent.
 * @csspart closed - The notice that sign-up has closed.
 * @cssproperty --ontrack-signup-max-width - Widest the form grows (default 40rem).
 * @fires ontrack-submit - The person sends a valid form. Cancelable: the page can stop the sending.
 * @fires ontrack-submitted - The sign-up was delivered, queued for later, or handed to the e-mail app.
 */
export class OntrackSignup extends OntrackElement<TrajectoriesPack> {
  static override styles = [...OntrackElement.styles, signupStyles];

  protected override readonly packSchema = trajectoriesPack;

  /** Id of the trajectory in the content pack. */
  @property() trajectory = '';

  /** Heading level of the form's title, to fit the page's outline (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** A send within this many seconds of opening the form is asked to be confirmed once (spam protection). */
  @property({ type: Number, attribute: 'min-fill-seconds' }) minFillSeconds = 3;

  /** Milliseconds before the first retry of a sign-up that could not be sent; doubled each time. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 5000;

  @state() private values: Record<string, unknown> = {};
  @state() private errors: FieldErrors = {};
  @state() private showSummary = false;
  @state() private view: View = 'form';
  @state() private notice?: Notice;
  @state() private done?: Done;
  @state() private mailto?: string;

  #form = '';
  #draft?: Draft;
  #openedAt = Date.now();
  #sending = false;
  #quickWarned = false;
  #honeypot = '';
  #icsUrl?: string;
  #stopOutbox?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopOutbox = onOutbox((event) => this.#onOutbox(event));
    void flush();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopOutbox?.();
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
  }

  #trajectory(loaded: LoadedPack | undefined = this.content.value): Trajectory | undefined {
    return loaded && this.find(loaded.pack.trajectories, this.trajectory, 'trajectory');
  }

  protected override hasContent(loaded: LoadedPack): boolean {
    const t = this.#trajectory(loaded);
    return Boolean(t && (t.receiver || t.receivers?.length));
  }

  protected override loadingMessage(): string {
    return msg('Loading the sign-up form…');
  }

  protected override emptyMessage(): string {
    return msg('This sign-up form is not available. Please come back later.');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const t = this.#trajectory();
    const form = t ? t.id : '';
    if (t && form !== this.#form) {
      this.#form = form;
      this.#restore();
    }
  }

  /** Picks up a saved draft, or a sign-up still waiting to be sent, for this form. */
  #restore() {
    this.#draft = loadDraft(this.#form);
    this.values = { ...(this.#draft?.values ?? {}) };
    this.errors = {};
    this.showSummary = false;
    this.#openedAt = this.#draft?.startedAt ?? Date.now();
    const queued = queuedFor(this.#form);
    this.view = queued ? 'queued' : 'form';
    if (queued) this.done = { submission: queued.body as Submission, waitlist: Boolean((queued.body as Submission).waitlist) };
  }

  // ---------------------------------------------------------------- values

  #value(path: string): unknown {
    return this.values[path];
  }

  #set(path: string, value: unknown) {
    this.values = { ...this.values, [path]: value };
    if (this.notice === 'cleared') this.notice = undefined;
    this.#saveDraft();
    if (this.errors[path] || (path === 'minor' && Object.keys(this.errors).some((k) => k.startsWith('guardian.')))) {
      this.#recheck();
    }
  }

  #saveDraft() {
    const t = this.#trajectory();
    if (!t) return;
    const now = Date.now();
    this.#draft = {
      values: this.values,
      key: this.#draft?.key ?? newKey(),
      startedAt: this.#draft?.startedAt ?? this.#openedAt,
      savedAt: now,
      expiresAt: expiryFor(t.retentionHours, now),
    };
    saveDraft(this.#form, this.#draft);
  }

  /** Errors stay until each is fixed: re-validates, drops fixed ones, adds none. */
  #recheck() {
    const t = this.#trajectory();
    const loaded = this.content.value;
    if (!t || !loaded) return;
    const result = validateSubmission(loaded.pack, t.id, this.#submission(t));
    const now = result.ok ? {} : result.errors;
    const next: FieldErrors = {};
    for (const path of Object.keys(this.errors)) if (now[path]) next[path] = now[path];
    this.errors = next;
    if (!Object.keys(next).length) this.showSummary = false;
  }

  /** The submission the current values make. */
  #submission(t: Trajectory): Submission {
    const answers: Record<string, AnswerValue> = {};
    for (const field of t.fields) {
      const raw = this.#value(`answers.${field.name}`);
      if (raw === undefined || raw === '') continue;
      if (field.type === 'number' && typeof raw === 'string') {
        const number = Number(raw.replace(',', '.'));
        answers[field.name] = Number.isNaN(number) ? raw : number;
      } else answers[field.name] = raw as AnswerValue;
    }
    const submission: Submission = { trajectory: t.id, answers, language: this.locale };
    if (upcomingSessions(t).length) submission.session = (this.#value('session') as string) || undefined;
    if (t.receivers?.length) submission.municipality = (this.#value('municipality') as string) || undefined;
    if (t.minorsPossible) {
      const minor = this.#value('minor');
      submission.minor = minor === 'yes' ? true : minor === 'no' ? false : undefined;
      if (submission.minor) {
        submission.guardian = {
          name: (this.#value('guardian.name') as string) ?? '',
          contact: (this.#value('guardian.contact') as string) ?? '',
          consent: this.#value('guardian.consent') === true,
        };
      }
    }
    return submission;
  }

  // ---------------------------------------------------------------- sending

  async #submit(event: Event) {
    event.preventDefault();
    if (this.#sending) return;
    const loaded = this.content.value;
    const t = this.#trajectory(loaded);
    if (!loaded || !t) return;
    const result = validateSubmission(loaded.pack, t.id, this.#submission(t));
    if (!result.ok) return this.#refuse(result.errors);
    this.errors = {};
    this.showSummary = false;
    if (this.#honeypot) {
      // Filled by a robot: look like success, send nothing, keep nothing.
      this.#finish(result.value, false);
      return;
    }
    if (!this.#quickWarned && Date.now() - this.#openedAt < this.minFillSeconds * 1000) {
      this.#quickWarned = true;
      this.notice = 'too-quick';
      return;
    }
    const receiver = result.receiver!;
    const url = receiver.type === 'https' ? this.link(receiver.url, loaded) : undefined;
    if (!emit(this, 'ontrack-submit', { trajectory: t.id, submission: result.value, receiver: url ?? `mailto:${receiver.type === 'mailto' ? receiver.address : ''}` }, { cancelable: true })) {
      return;
    }
    if (receiver.type === 'mailto') {
      this.mailto = this.#mailto(receiver.address, t, loaded, result.value);
      this.view = 'email';
      emit(this, 'ontrack-submitted', { trajectory: t.id, id: '', delivery: 'email', waitlist: Boolean(result.value.waitlist) });
      await this.#focus('.email');
      return;
    }
    if (!url) return;
    if (!this.#draft) this.#saveDraft();
    const key = this.#draft!.key;
    this.#sending = true;
    this.notice = 'sending';
    try {
      const answer = navigator.onLine === false ? ({ kind: 'retry' } as const) : await send(url, key, result.value);
      if (answer.kind === 'delivered') {
        this.#finish(result.value, true, key);
      } else if (answer.kind === 'refused') {
        this.notice = undefined;
        this.#refuse(answer.errors);
      } else {
        const now = Date.now();
        enqueue({
          key,
          form: this.#form,
          url,
          body: result.value,
          values: this.values,
          attempts: 1,
          nextAttemptAt: now + this.retryDelay,
          expiresAt: expiryFor(t.retentionHours, now),
          baseDelay: this.retryDelay,
        });
        clearDraft(this.#form);
        this.#draft = undefined;
        this.notice = undefined;
        this.done = { submission: result.value, waitlist: Boolean(result.value.waitlist) };
        this.view = 'queued';
        emit(this, 'ontrack-submitted', { trajectory: t.id, id: key, delivery: 'queued', waitlist: Boolean(result.value.waitlist) });
        await this.#focus('[part="queued"]');
      }
    } finally {
      this.#sending = false;
    }
  }

  async #refuse(errors: FieldErrors) {
    this.errors = errors;
    this.showSummary = true;
    await this.#focus('[part="error-summary"]');
  }

  #finish(submission: Submission, sent: boolean, key = '') {
    clearDraft(this.#form);
    this.#draft = undefined;
    this.notice = undefined;
    this.done = { submission, waitlist: Boolean(submission.waitlist) };
    this.view = 'done';
    if (sent) emit(this, 'ontrack-submitted', { trajectory: submission.trajectory, id: key, delivery: 'sent', waitlist: this.done.waitlist });
    void this.#focus('[part="confirmation"]');
  }

  #onOutbox(event: OutboxEvent) {
    if (event.entry.form !== this.#form || !this.#form) return;
    if (event.type === 'delivered') {
      this.#finish(event.entry.body as Submission, true, event.entry.key);
    } else if (event.type === 'refused') {
      this.values = { ...event.entry.values };
      this.#saveDraft();
      this.view = 'form';
      void this.#refuse(event.result.errors);
    }
  }

  async #focus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #clear() {
    this.values = {};
    this.errors = {};
    this.showSummary = false;
    this.#draft = undefined;
    this.#openedAt = Date.now();
    clearDraft(this.#form);
    this.notice = 'cleared';
  }

  #again() {
    this.done = undefined;
    this.mailto = undefined;
    this.values = {};
    this.view = 'form';
    this.#openedAt = Date.now();
    void this.#focus('form [data-path]');
  }

  #mailto(address: string, t: Trajectory, loaded: LoadedPack, submission: Submission): string {
    const pick = (text: LocalizedText) => this.pick(text, loaded).text;
    const lines = [pick(t.title), ''];
    for (const field of t.fields) {
      const value = submission.answers[field.name];
      if (value === undefined) continue;
      const shown = Array.isArray(value)
        ? value.map((v) => this.#optionLabel(field, v, loaded)).join(', ')
        : typeof value === 'boolean'
          ? value ? msg('yes') : msg('no')
          : CHOICE_TYPES.has(field.type) ? this.#optionLabel(field, String(value), loaded) : String(value);
      lines.push(`${pick(field.label)}: ${shown}`);
    }
    if (submission.municipality) lines.push(`${msg('Municipality')}: ${this.#municipalityName(t, submission.municipality, loaded)}`);
    if (submission.guardian) {
      lines.push(`${msg('Parent or guardian')}: ${submission.guardian.name ?? ''}, ${submission.guardian.contact ?? ''}`);
    }
    const query = `subject=${encodeURIComponent(msg(str`Sign-up: ${pick(t.title)}`))}&body=${encodeURIComponent(lines.join('\n'))}`;
    return `mailto:${address}?${query}`;
  }

  #optionLabel(field: FormField, value: string, loaded: LoadedPack): string {
    const option = field.options?.find((o) => o.value === value);
    return option ? this.pick(option.label, loaded).text : value;
  }

  #municipalityName(t: Trajectory, id: string, loaded: LoadedPack): string {
    const found = t.receivers?.find((r) => r.id === id);
    return found ? this.pick(found.name, loaded).text : id;
  }

  // ---------------------------------------------------------------- text

  #errorText(path: string, code: FieldErrorCode, t: Trajectory): string {
    const field = path.startsWith('answers.') ? t.fields.find((f) => `answers.${f.name}` === path) : undefined;
    const number = (n: number) => new Intl.NumberFormat(this.locale).format(n);
    switch (code) {
      case 'required':
        if (field?.type === 'checkboxes') return msg('Choose at least one.');
        if ((field && CHOICE_TYPES.has(field.type)) || ['session', 'municipality', 'minor'].includes(path)) return msg('Choose one of the options.');
        return msg('Fill this in, please.');
      case 'consent':
        return msg('Tick this box to go on.');
      case 'email':
        return msg('Write an e-mail address, like name@example.org.');
      case 'tel':
        return msg('Write a phone number with digits only (spaces and + are fine).');
      case 'contact':
        return msg('Write an e-mail address or a phone number.');
      case 'number':
        return msg('Write a number.');
      case 'too-small':
        return field?.min !== undefined ? msg(str`Write a number of ${number(field.min)} or more.`) : msg('This number is too small.');
      case 'too-big':
        return field?.max !== undefined ? msg(str`Write a number of ${number(field.max)} or less.`) : msg('This number is too big.');
      case 'too-long':
        return field?.maxLength !== undefined ? msg(str`Make this shorter: ${number(field.maxLength)} characters at most.`) : msg('Make this shorter.');
      case 'choice':
        return msg('Choose one of the options.');
      case 'date':
        return msg('Write a date that exists.');
      case 'closed':
        return msg('Sign-up for this has closed.');
      default:
        return msg('Please check this answer.');
    }
  }

  /** The name of a question in the error summary. */
  #pathLabel(path: string, t: Trajectory, loaded: LoadedPack): string {
    if (path.startsWith('answers.')) {
      const field = t.fields.find((f) => `answers.${f.name}` === path);
      if (field) return this.pick(field.label, loaded).text;
    }
    switch (path) {
      case 'session':
        return msg('Date');
      case 'municipality':
        return msg('Municipality');
      case 'minor':
        return msg(str`Are you younger than ${this.#guardianAge(t)}?`);
      case 'guardian.name':
        return msg('Name of your parent or guardian');
      case 'guardian.contact':
        return msg('Phone or e-mail of your parent or guardian');
      case 'guardian.consent':
        return msg('Agreement of your parent or guardian');
      default:
        return msg('The form');
    }
  }

  #guardianAge(t: Trajectory): string {
    return new Intl.NumberFormat(this.locale).format(t.guardianBelowAge ?? DEFAULT_GUARDIAN_AGE);
  }

  #level(offset = 0): number {
    return Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2) + offset);
  }

  #heading(text: unknown, offset = 0, id?: string): TemplateResult {
    return html`<p role="heading" aria-level=${this.#level(offset)} class="heading h${offset}" id=${id ?? nothing}>${text}</p>`;
  }

  #dateTime(value: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' }): string {
    return new Intl.DateTimeFormat(this.locale, options).format(new Date(value));
  }

  #placesText(s: Session): string {
    const left = placesLeft(s);
    if (left === Infinity) return '';
    if (left === 0) return msg('Full: you can join the waiting list');
    const n = new Intl.NumberFormat(this.locale).format(left);
    return new Intl.PluralRules(this.locale).select(left) === 'one' ? msg(str`${n} place left`) : msg(str`${n} places left`);
  }

  // ---------------------------------------------------------------- render

  protected override renderReady(loaded: LoadedPack): unknown {
    const t = this.#trajectory(loaded)!;
    return html`<section class="signup" aria-labelledby="title">
      <header class="intro">
        ${this.#heading(this.text(t.title, loaded), 0, 'title')}
        <p class="summary-text">${this.text(t.summary, loaded)}</p>
        ${t.description
          ? html`<details class="more"><summary>${msg('More about this')}</summary><p>${this.text(t.description, loaded)}</p></details>`
          : nothing}
      </header>
      ${this.#renderBody(t, loaded)}
    </section>`;
  }

  #renderBody(t: Trajectory, loaded: LoadedPack): unknown {
    if (this.view === 'done') return this.#renderDone(t, loaded);
    if (this.view === 'queued') return this.#renderQueued(t, loaded);
    if (this.view === 'email') return this.#renderEmail(t, loaded);
    if (isClosed(t)) return this.#renderClosed(t, loaded);
    return this.#renderForm(t, loaded);
  }

  #renderClosed(t: Trajectory, loaded: LoadedPack) {
    return html`<div part="closed" class="notice closed">
      <p><strong>${msg('Sign-up for this has closed.')}</strong></p>
      ${t.deadline ? html`<p>${msg(str`The deadline was ${this.#dateTime(t.deadline)}.`)}</p>` : nothing}
      ${this.#renderContact(t, loaded, msg('Questions? Get in touch:'))}
    </div>`;
  }

  #renderContact(t: Trajectory, loaded: LoadedPack, intro: string) {
    const c = t.contact;
    if (!c) return nothing;
    const url = this.link(c.url, loaded);
    return html`<div class="contact">
      <p>${intro} ${c.name ? this.text(c.name, loaded) : nothing}</p>
      <ul>
        ${c.email ? html`<li><a href=${`mailto:${c.email}`}>${c.email}</a></li>` : nothing}
        ${c.phone ? html`<li><a href=${`tel:${c.phone.replace(/[^\d+]/g, '')}`}>${c.phone}</a></li>` : nothing}
        ${url ? html`<li><a href=${url}>${msg('More information')}</a></li>` : nothing}
      </ul>
    </div>`;
  }

  #renderForm(t: Trajectory, loaded: LoadedPack) {
    const sessions = upcomingSessions(t);
    const hours = new Intl.NumberFormat(this.locale).format(t.retentionHours);
    return html`<form part="form" novalidate @submit=${this.#submit}>
      ${this.#renderSummary(t, loaded)}
      ${t.deadline ? html`<p class="deadline">${msg(str`Sign up before ${this.#dateTime(t.deadline)}.`)}</p>` : nothing}
      <p class="required-note">${msg('Questions marked with * are required.')}</p>
      ${sessions.length ? this.#renderSessions(sessions, loaded) : nothing}
      ${t.receivers?.length ? this.#renderMunicipality(t, loaded) : nothing}
      ${t.fields.map((f) => this.#renderField(f, t, loaded))}
      ${t.minorsPossible ? this.#renderGuardian(t) : nothing}
      <div class="hp" aria-hidden="true">
        <label for="hp-website">Website</label>
        <input id="hp-website" name="website" type="text" tabindex="-1" autocomplete="off" @input=${(e: Event) => (this.#honeypot = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="privacy">
        ${this.#heading(msg('What happens with your answers'), 1)}
        <p>${this.text(t.privacy, loaded)}</p>
      </div>
      <p class="notice-line" role="status">${this.#noticeText()}</p>
      <div class="actions">
        <button part="submit" class="primary" type="submit" aria-disabled=${this.notice === 'sending' ? 'true' : 'false'}>
          ${msg('Send sign-up')}
        </button>
      </div>
      <div part="device-note" class="device-note">
        <p>${msg(str`This device remembers your answers until you send them or clear the form, for ${hours} hours at most. On a shared computer, clear the form when you leave.`)}</p>
        <button type="button" class="clear" @click=${this.#clear}>${msg('Clear the form')}</button>
      </div>
    </form>`;
  }

  #noticeText(): string {
    switch (this.notice) {
      case 'cleared':
        return msg('The form is empty again, and your answers are deleted from this device.');
      case 'too-quick':
        return msg('That was quick! Please check your answers once more, then press send again.');
      case 'sending':
        return msg('Sending…');
      default:
        return '';
    }
  }

  #renderSummary(t: Trajectory, loaded: LoadedPack) {
    const paths = Object.keys(this.errors);
    if (!this.showSummary || !paths.length) return nothing;
    return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      ${this.#heading(msg('Please check these answers'), 1, 'summary-title')}
      <ul>
        ${paths.map((path) =>
          path === 'form' || path === 'trajectory'
            ? html`<li>${this.#errorText(path, this.errors[path], t)}</li>`
            : html`<li>
                <a href=${`#${idFor('c', path)}`} @click=${(e: Event) => this.#jump(e, path)}
                  >${this.#pathLabel(path, t, loaded)}: ${this.#errorText(path, this.errors[path], t)}</a
                >
              </li>`,
        )}
      </ul>
    </div>`;
  }

  #jump(event: Event, path: string) {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-path="${path}"]`);
    const control =
      target instanceof HTMLFieldSetElement ? (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input')) : target;
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  }

  /** Label, help and error wiring shared by every question. */
  #describedBy(path: string, help: boolean): string | typeof nothing {
    const ids = [help ? idFor('h', path) : '', this.errors[path] ? idFor('e', path) : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  #renderError(path: string, t: Trajectory) {
    const code = this.errors[path];
    if (!code) return nothing;
    return html`<p part="field-error" class="field-error" id=${idFor('e', path)}>
      <span class="visually-hidden">${msg('Error:')}</span> ${this.#errorText(path, code, t)}
    </p>`;
  }

  #required(required: boolean) {
    return required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing;
  }

  #renderField(field: FormField, t: Trajectory, loaded: LoadedPack) {
    const path = `answers.${field.name}`;
    const id = idFor('c', path);
    const invalid = this.errors[path] ? 'true' : 'false';
    const help = field.help ? html`<p class="help" id=${idFor('h', path)}>${this.text(field.help, loaded)}</p>` : nothing;
    const describedBy = this.#describedBy(path, Boolean(field.help));
    const label = this.text(field.label, loaded);
    const value = this.#value(path);
    const onText = (e: Event) => this.#set(path, (e.target as HTMLInputElement).value);

    if (field.type === 'radio' || field.type === 'checkboxes') {
      const list = Array.isArray(value) ? (value as string[]) : [];
      return html`<fieldset part="field" class="field group" id=${id} data-path=${path} aria-describedby=${describedBy} ?data-invalid=${this.errors[path] !== undefined}>
        <legend>${label}${this.#required(field.required)}</legend>
        ${help} ${this.#renderError(path, t)}
        ${(field.options ?? []).map((o, i) => {
          const optionId = `${id}-${i}`;
          const checked = field.type === 'radio' ? value === o.value : list.includes(o.value);
          return html`<div class="choice">
            <input
              id=${optionId}
              type=${field.type === 'radio' ? 'radio' : 'checkbox'}
              name=${path}
              .value=${o.value}
              .checked=${live(checked)}
              aria-invalid=${invalid}
              ?required=${field.required && field.type === 'radio'}
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                if (field.type === 'radio') this.#set(path, o.value);
                else this.#set(path, input.checked ? [...list, o.value] : list.filter((v) => v !== o.value));
              }}
            />
            <label for=${optionId}>${this.text(o.label, loaded)}</label>
          </div>`;
        })}
      </fieldset>`;
    }

    if (field.type === 'consent') {
      return html`<div part="field" class="field consent">
        ${this.#renderError(path, t)}
        <div class="choice">
          <input
            id=${id}
            data-path=${path}
            type="checkbox"
            name=${path}
            .checked=${live(value === true)}
            ?required=${field.required}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @change=${(e: Event) => this.#set(path, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${label}${this.#required(field.required)}</label>
        </div>
        ${help}
      </div>`;
    }

    let control: TemplateResult;
    if (field.type === 'select') {
      control = html`<select id=${id} data-path=${path} name=${path} ?required=${field.required} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onText}>
        <option value="" ?selected=${!value}>${msg('Choose…')}</option>
        ${(field.options ?? []).map((o) => html`<option value=${o.value} ?selected=${value === o.value}>${this.text(o.label, loaded)}</option>`)}
      </select>`;
    } else if (field.type === 'textarea') {
      control = html`<textarea
        id=${id}
        data-path=${path}
        name=${path}
        rows="4"
        ?required=${field.required}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        .value=${live((value as string) ?? '')}
        @input=${onText}
      ></textarea>`;
    } else {
      const type = field.type === 'number' ? 'text' : field.type;
      control = html`<input
        id=${id}
        data-path=${path}
        name=${path}
        type=${type}
        inputmode=${field.type === 'number' ? 'numeric' : nothing}
        autocomplete=${field.autocomplete ?? nothing}
        ?required=${field.required}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        .value=${live((value as string) ?? '')}
        @input=${onText}
      />`;
    }
    return html`<div part="field" class="field" ?data-invalid=${this.errors[path] !== undefined}>
      <label for=${id}>${label}${this.#required(field.required)}</label>
      ${help} ${this.#renderError(path, t)} ${control}
    </div>`;
  }

  #renderSessions(sessions: Session[], loaded: LoadedPack) {
    const t = this.#trajectory(loaded)!;
    const path = 'session';
    const chosen = sessions.find((s) => s.id === this.#value(path));
    const invalid = this.errors[path] ? 'true' : 'false';
    return html`<fieldset part="field" class="field group sessions" id=${idFor('c', path)} data-path=${path} aria-describedby=${this.#describedBy(path, false)}>
      <legend>${msg('Choose a date')}<span class="required" aria-hidden="true"> *</span></legend>
      ${this.#renderError(path, t)}
      ${sessions.map((s) => {
        const id = `c-session-${s.id}`;
        const full = placesLeft(s) === 0;
        return html`<div class="choice session" ?data-full=${full}>
          <input id=${id} type="radio" name="session" .value=${s.id} .checked=${live(chosen?.id === s.id)} aria-invalid=${invalid} @change=${() => this.#set(path, s.id)} />
          <label for=${id}>
            <span class="when">${this.#dateTime(s.start)}</span>
            <span class="where">${this.text(s.place, loaded)}</span>
            <span class="places">${this.#placesText(s)}</span>
          </label>
        </div>`;
      })}
      ${chosen && placesLeft(chosen) === 0
        ? html`<p class="waitlist-note">${msg('This date is full. If you send the form, you join the waiting list, and we let you know when a place opens up.')}</p>`
        : nothing}
    </fieldset>`;
  }

  #renderMunicipality(t: Trajectory, loaded: LoadedPack) {
    const path = 'municipality';
    const id = idFor('c', path);
    const value = (this.#value(path) as string) ?? '';
    return html`<div class="routing">
      <div part="field" class="field">
        <label for="c-postal-code">${msg('Postal code (optional)')}</label>
        <p class="help" id="h-postal-code">${msg('We use it only to find your municipality below.')}</p>
        <input
          id="c-postal-code"
          type="text"
          inputmode="numeric"
          autocomplete="postal-code"
          aria-describedby="h-postal-code"
          .value=${live((this.#value('postalCode') as string) ?? '')}
          @input=${(e: Event) => {
            const code = (e.target as HTMLInputElement).value;
            this.#set('postalCode', code);
            const found = municipalityForPostalCode(t, code);
            if (found) this.#set(path, found);
          }}
        />
      </div>
      <div part="field" class="field" ?data-invalid=${this.errors[path] !== undefined}>
        <label for=${id}>${msg('Your municipality')}<span class="required" aria-hidden="true"> *</span></label>
        <p class="help" id=${idFor('h', path)}>${msg('Your request goes to the people who work with this in that municipality.')}</p>
        ${this.#renderError(path, t)}
        <select
          id=${id}
          data-path=${path}
          name=${path}
          required
          aria-invalid=${this.errors[path] ? 'true' : 'false'}
          aria-describedby=${this.#describedBy(path, true)}
          @change=${(e: Event) => this.#set(path, (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!value}>${msg('Choose…')}</option>
          ${t.receivers!.map((r) => html`<option value=${r.id} ?selected=${value === r.id}>${this.text(r.name, loaded)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  #renderGuardian(t: Trajectory) {
    const minor = this.#value('minor');
    const age = this.#guardianAge(t);
    const invalid = (path: string) => (this.errors[path] ? 'true' : 'false');
    const text = (path: string, label: string, autocomplete: string) => html`<div part="field" class="field" ?data-invalid=${this.errors[path] !== undefined}>
      <label for=${idFor('c', path)}>${label}<span class="required" aria-hidden="true"> *</span></label>
      ${this.#renderError(path, t)}
      <input
        id=${idFor('c', path)}
        data-path=${path}
        type="text"
        autocomplete=${autocomplete}
        aria-invalid=${invalid(path)}
        aria-describedby=${this.#describedBy(path, false)}
        .value=${live((this.#value(path) as string) ?? '')}
        @input=${(e: Event) => this.#set(path, (e.target as HTMLInputElement).value)}
      />
    </div>`;
    return html`<div class="guardian-step">
      <fieldset part="field" class="field group" id="c-minor" data-path="minor" aria-describedby=${this.#describedBy('minor', true)}>
        <legend>${msg(str`Are you younger than ${age}?`)}<span class="required" aria-hidden="true"> *</span></legend>
        <p class="help" id="h-minor">${msg('If you are, we also ask a parent or guardian to agree.')}</p>
        ${this.#renderError('minor', t)}
        ${(['yes', 'no'] as const).map(
          (v) => html`<div class="choice">
            <input id=${`c-minor-${v}`} type="radio" name="minor" .value=${v} .checked=${live(minor === v)} aria-invalid=${invalid('minor')} @change=${() => this.#set('minor', v)} />
            <label for=${`c-minor-${v}`}>${v === 'yes' ? msg('Yes') : msg('No')}</label>
          </div>`,
        )}
      </fieldset>
      ${minor === 'yes'
        ? html`<fieldset part="field" class="field group guardian">
            <legend>${msg('Your parent or guardian')}</legend>
            ${text('guardian.name', msg('Name of your parent or guardian'), 'off')}
            ${text('guardian.contact', msg('Phone or e-mail of your parent or guardian'), 'off')}
            <div class="field">
              ${this.#renderError('guardian.consent', t)}
              <div class="choice">
                <input
                  id="c-guardian-consent"
                  data-path="guardian.consent"
                  type="checkbox"
                  .checked=${live(this.#value('guardian.consent') === true)}
                  aria-invalid=${invalid('guardian.consent')}
                  aria-describedby=${this.#describedBy('guardian.consent', false)}
                  @change=${(e: Event) => this.#set('guardian.consent', (e.target as HTMLInputElement).checked)}
                />
                <label for="c-guardian-consent"
                  >${msg('My parent or guardian knows about this sign-up and agrees with it.')}<span class="required" aria-hidden="true"> *</span></label
                >
              </div>
            </div>
          </fieldset>`
        : nothing}
    </div>`;
  }

  #renderSessionLine(t: Trajectory, loaded: LoadedPack) {
    const id = this.done?.submission.session;
    const session = id ? t.sessions.find((s) => s.id === id) : undefined;
    if (!session) return nothing;
    return html`<p class="chosen">${this.#dateTime(session.start)}, ${this.text(session.place, loaded)}</p>`;
  }

  #renderDone(t: Trajectory, loaded: LoadedPack) {
    const waitlist = this.done?.waitlist ?? false;
    const ics = this.#ics(t, loaded);
    return html`<div part="confirmation" class="done" tabindex="-1" aria-labelledby="done-title">
      ${this.#heading(waitlist ? msg('You are on the waiting list') : msg('Thank you, your sign-up has arrived'), 1, 'done-title')}
      ${waitlist ? html`<p>${msg('This date is full. We let you know as soon as a place opens up.')}</p>` : nothing}
      ${this.#renderSessionLine(t, loaded)}
      ${this.#heading(msg('What happens next'), 2)}
      <p>${this.text(t.next, loaded)}</p>
      ${ics && !waitlist
        ? html`<p><a class="ics" href=${ics.url} download=${ics.name}>${msg('Add the date to your calendar (.ics file)')}</a></p>`
        : nothing}
      ${this.#renderContact(t, loaded, msg('Questions? Get in touch:'))}
      <p><button type="button" class="again" @click=${this.#again}>${msg('Sign up someone else')}</button></p>
    </div>`;
  }

  #ics(t: Trajectory, loaded: LoadedPack): { url: string; name: string } | undefined {
    const id = this.done?.submission.session;
    const session = id ? t.sessions.find((s) => s.id === id) : undefined;
    if (!session) return undefined;
    const text = toIcs({
      uid: `${t.id}-${session.id}@ontrack`,
      start: session.start,
      end: session.end,
      title: this.pick(t.title, loaded).text,
      location: this.pick(session.place, loaded).text,
      description: this.pick(t.next, loaded).text,
      url: this.link(t.contact?.url, loaded),
    });
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    return { url: this.#icsUrl, name: `${t.id}-${session.id}.ics` };
  }

  #renderQueued(t: Trajectory, loaded: LoadedPack) {
    return html`<div part="queued" class="notice queued" tabindex="-1" aria-labelledby="queued-title">
      ${this.#heading(msg('Your sign-up is saved, but not sent yet'), 1, 'queued-title')}
      <p>${msg('We could not reach the server just now. Your sign-up is kept on this device and goes out by itself as soon as there is a connection, while this page is open or the next time you open it here. You do not need to fill in anything again.')}</p>
      ${this.#renderSessionLine(t, loaded)}
      <p><button type="button" class="retry" @click=${() => void flush(true)}>${msg('Try to send it now')}</button></p>
    </div>`;
  }

  #renderEmail(t: Trajectory, loaded: LoadedPack) {
    return html`<div part="confirmation" class="done email" tabindex="-1" aria-labelledby="email-title">
      ${this.#heading(msg('One more step: send the e-mail'), 1, 'email-title')}
      <p>${msg('This sign-up goes by e-mail. Open the e-mail with your answers in your own e-mail app and send it.')}</p>
      <p><a class="mailto" href=${this.mailto ?? ''}>${msg('Open the e-mail with my answers')}</a></p>
      ${this.#heading(msg('What happens next'), 2)}
      <p>${this.text(t.next, loaded)}</p>
      <p><button type="button" class="again" @click=${() => (this.view = 'form')}>${msg('Back to the form')}</button></p>
    </div>`;
  }
}
