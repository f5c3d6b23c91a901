import { html, type PropertyValues, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { OntrackElement } from '../../core/ontrack-element.js';
import { reserveStyles } from '../../core/reserve.styles.js';
import { emit } from '../../core/events.js';
import { FocusController } from '../../core/controllers/focus.controller.js';
import { dateTimeFormat } from '../../core/lib/intl.js';
import { trajectoriesPack, type Session, type TrajectoriesPack, type Trajectory } from '../../content/schema/trajectories.js';
import { byteLength, keepFor, MAX_BODY_BYTES, type OutboxEntry } from './logic/delivery.js';
import { receiverUrlProblem } from './logic/mailto.js';
import { asksMinor, buildSubmission } from './logic/submission.js';
import { isClosed, placesLeft, validateSubmission, type FieldErrors, type Submission } from './logic/validation.js';
import { AvailabilityController } from './internal/availability.controller.js';
import type { Loaded, SignupContext } from './internal/context.js';
import { DeliveryController } from './internal/delivery.controller.js';
import { DraftController } from './internal/draft.controller.js';
import { renderForm } from './internal/form.view.js';
import { clock } from './internal/outbox.js';
import { renderClosed, renderDone, renderEmail, renderExpired, renderProblem, renderQueued } from './internal/outcome.view.js';
import { SpamGuardController } from './internal/spam-guard.controller.js';
import { signupStyles } from './signup.styles.js';

type View = 'form' | 'sending' | 'queued' | 'done' | 'problem' | 'expired' | 'email' | 'closed';

const newKey = (): string => crypto.randomUUID();

/**
 * A sign-up form for one trajectory of the content pack that never loses a
 * sign-up: the draft is kept on the device while a person types; a sent
 * sign-up is written to the outbox before the first try and sent, with its
 * own key, until the receiver gives a receipt; the person is told the truth
 * at every step (sent, waiting, not saved on this device, or refused).
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
 * @csspart queued - The notice that the sign-up is waiting to be sent (or was not sent in time).
 * @csspart problem - The notice that the form cannot send now, with other ways to get in touch.
 * @csspart closed - The notice that sign-up has closed.
 * @cssproperty --ontrack-signup-max-width - Widest the form grows (default 40rem).
 * @fires ontrack-submit - The person sends a valid form. Cancelable: the page can stop the sending.
 * @fires ontrack-submitted - The sign-up was delivered, is waiting to be sent, or was handed to the e-mail app.
 * @fires ontrack-delivery-problem - The receiver cannot take sign-ups (a redirect, no receipt, a refusal): for the website editor.
 */
export class OntrackSignup extends OntrackElement<TrajectoriesPack> {
  static override styles = [...OntrackElement.styles, reserveStyles('ontrack-signup'), signupStyles];

  protected override readonly packSchema = trajectoriesPack;

  /** Id of the trajectory in the content pack. */
  @property() trajectory = '';

  /**
   * Heading level of the form's title (2–6). Default: one below the nearest
   * heading before the widget on the page (an `<h1>` then the form: 2), else 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** A sign-up sent within this many seconds of opening the form is marked for review (spam protection); it is still sent. */
  @property({ type: Number, attribute: 'min-fill-seconds' }) minFillSeconds = 3;

  /** Milliseconds before the first retry of a sign-up that could not be sent; doubled each time (with jitter). */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 5000;

  @state() private errors: FieldErrors = {};
  @state() private showSummary = false;
  @state() private cleared = false;
  @state() private emailed?: { address: string; submission: Submission };

  /** Key of the sign-up this form is sending right now (the form is read-only meanwhile). */
  #sending?: string;
  #told = new Set<string>();

  readonly #draft = new DraftController(this, () => {
    const t = this.#trajectory();
    return t ? { form: t.id, keepHours: t.retentionHours } : undefined;
  });
  readonly #delivery = new DeliveryController(this, (entry) => this.#onEntry(entry), () => this.#trajectory()?.id);
  readonly #guard = new SpamGuardController(this, () => this.minFillSeconds);
  readonly #availability = new AvailabilityController(this);
  readonly #focus = new FocusController(this);

  #trajectory(loaded: Loaded | undefined = this.content.value): Trajectory | undefined {
    return loaded && this.find(loaded.pack.trajectories, this.trajectory, 'trajectory');
  }

  protected override hasContent(loaded: Loaded): boolean {
    const t = this.#trajectory(loaded);
    return Boolean(t && (t.receiver || t.receivers?.length));
  }

  protected override loadingMessage(): string {
    return msg('Loading the sign-up form…');
  }

  protected override emptyMessage(): string {
    return msg('This sign-up form is not available. Please come back later.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = this.content.value;
    const t = this.#trajectory(loaded);
    const receiver = t?.receiver?.type === 'https' && loaded ? this.link(t.receiver.url, loaded) : undefined;
    if (t && t.sessions.length) this.#availability.load(receiver && !receiverUrlProblem(receiver) ? receiver : undefined, t.id);
  }

  #view(t: Trajectory): View {
    const entry = this.#delivery.entry;
    if (entry) {
      if (entry.state === 'pending') return entry.key === this.#sending && entry.attempts === 0 ? 'sending' : 'queued';
      if (entry.state === 'delivered') return 'done';
      if (entry.state === 'permanent') return 'problem';
      if (entry.state === 'expired') return 'expired';
    }
    if (this.emailed) return 'email';
    return isClosed(t) ? 'closed' : 'form';
  }

  /** Whatever happens to the shown sign-up, in this tab or another. */
  #onEntry(entry: OutboxEntry | undefined) {
    if (!entry) return;
    const t = this.#trajectory();
    const tell = (what: string, fn: () => void) => {
      if (this.#told.has(`${what}:${entry.key}`)) return;
      this.#told.add(`${what}:${entry.key}`);
      fn();
    };
    if (entry.state !== 'pending' || entry.attempts > 0) this.#sending = undefined;
    if (entry.state === 'delivered') {
      if (this.#draft.stored === false) this.#draft.clear();
      tell('sent', () => emit(this, 'ontrack-submitted', { trajectory: entry.form, id: entry.key, delivery: 'sent', waitlist: entry.receipt?.status ? entry.receipt.status === 'waitlist' : Boolean(entry.waitlist) }));
      this.#focus.focusAfterRender('[part="confirmation"]');
    } else if (entry.state === 'pending' && entry.attempts > 0) {
      tell('queued', () => {
        emit(this, 'ontrack-submitted', { trajectory: entry.form, id: entry.key, delivery: 'queued', waitlist: Boolean(entry.body?.waitlist) });
        this.#focus.focusAfterRender('[part="queued"]');
      });
    } else if (entry.state === 'permanent') {
      tell('problem', () => {
        emit(this, 'ontrack-delivery-problem', { trajectory: entry.form, id: entry.key, receiver: entry.url, reason: entry.problem?.reason ?? 'status', status: entry.problem?.status });
        this.#focus.focusAfterRender('[part="problem"]');
      });
    } else if (entry.state === 'fields' && t) {
      // Refused answers go back into the form; the entry goes once the draft holds them.
      if (this.#draft.replace(entry.values ?? {})) this.#delivery.discard();
      else this.#delivery.release();
      this.#refuse(entry.errors ?? { form: 'invalid' });
    } else if (entry.state === 'expired') this.#focus.focusAfterRender('[part="queued"]');
  }

  #set(path: string, value: unknown) {
    if (this.#sending) return;
    this.cleared = false;
    this.#draft.set(path, value);
    if (this.errors[path] || (path === 'minor' && Object.keys(this.errors).some((k) => k.startsWith('guardian.')))) this.#recheck();
  }

  /** Errors stay until each is fixed: re-validates, drops fixed ones, adds none. */
  #recheck() {
    const loaded = this.content.value;
    const t = this.#trajectory(loaded);
    if (!t || !loaded) return;
    const result = validateSubmission(loaded.pack, t.id, buildSubmission(t, this.#draft.values, this.locale));
    const now = result.ok ? {} : result.errors;
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([path]) => now[path]).map(([path]) => [path, now[path]]));
    if (!Object.keys(this.errors).length) this.showSummary = false;
  }

  #refuse(errors: FieldErrors) {
    this.errors = errors;
    this.showSummary = true;
    this.#focus.focusAfterRender('[part="error-summary"]');
  }

  #submit(event: Event) {
    event.preventDefault();
    const loaded = this.content.value;
    const t = this.#trajectory(loaded);
    if (!loaded || !t || this.#sending) return;
    const result = validateSubmission(loaded.pack, t.id, buildSubmission(t, this.#draft.values, this.locale));
    if (!result.ok) return this.#refuse(result.errors);
    const submission: Submission = { ...result.value };
    const left = submission.session ? this.#availability.placesLeft(submission.session) : undefined;
    if (left !== undefined) submission.waitlist = left === 0;
    if (this.#guard.tripped(this.#draft.startedAt)) submission.suspect = true;
    if (byteLength(JSON.stringify(submission)) > MAX_BODY_BYTES) return this.#refuse({ form: 'too-long' });
    this.errors = {};
    this.showSummary = false;
    const receiver = result.receiver!;
    const url = receiver.type === 'https' ? (this.link(receiver.url, loaded) ?? receiver.url) : undefined;
    const detail = { trajectory: t.id, submission, receiver: url ?? `mailto:${receiver.type === 'mailto' ? receiver.address : ''}` };
    if (!emit(this, 'ontrack-submit', detail, { cancelable: true })) return;
    this.#guard.reset();
    if (receiver.type === 'mailto') {
      this.emailed = { address: receiver.address, submission };
      emit(this, 'ontrack-submitted', { trajectory: t.id, id: '', delivery: 'email', waitlist: Boolean(submission.waitlist) });
      this.#focus.focusAfterRender('.email');
      return;
    }
    const problem = receiverUrlProblem(url);
    if (problem) console.warn(`[ontrack] <ontrack-signup trajectory="${t.id}">: ${problem}; nothing is sent there.`);
    const now = clock.now();
    const entry: OutboxEntry = {
      v: 1,
      key: newKey(),
      form: t.id,
      url: url!,
      body: submission,
      values: this.#draft.values,
      state: problem ? 'permanent' : 'pending',
      problem: problem ? { reason: 'receiver-url' } : undefined,
      attempts: 0,
      nextAttemptAt: now,
      baseDelay: Math.max(50, this.retryDelay),
      keepMs: keepFor(t.retentionHours),
      ageMs: 0,
      seenAt: now,
      session: submission.session,
      waitlist: Boolean(submission.waitlist),
      createdAt: Date.now(),
    };
    if (!problem) this.#sending = entry.key;
    // Write-ahead: the draft goes only once the outbox really holds the sign-up.
    if (this.#delivery.send(entry).stored) this.#draft.clear();
    this.#onEntry(entry);
  }

  #clear() {
    this.#draft.clear();
    this.errors = {};
    this.showSummary = false;
    this.cleared = true;
  }

  /** Back to an empty form for the next person; a waiting sign-up keeps being sent. */
  #again() {
    const entry = this.#delivery.entry;
    if (entry?.state === 'expired') this.#delivery.discard();
    else this.#delivery.release();
    this.emailed = undefined;
    this.#sending = undefined;
    this.#draft.clear();
    this.cleared = false;
    this.#guard.reset();
    this.#focus.focusAfterRender('form [data-path]');
  }

  /** From a refusal back to the form, with the answers in it. */
  #backToForm() {
    const entry = this.#delivery.entry;
    if (entry?.values) {
      if (this.#draft.replace(entry.values)) this.#delivery.discard();
      else this.#delivery.release();
    } else this.#delivery.release();
    if (this.emailed) this.#draft.replace(this.#draft.values);
    this.emailed = undefined;
    this.#focus.focusAfterRender('form [data-path]');
  }

  #jump(event: Event, path: string) {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-path="${path}"]`);
    const control =
      target instanceof HTMLFieldSetElement ? (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input')) : target;
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  }

  #heading(text: unknown, offset = 0, id?: string): TemplateResult {
    return html`<p role="heading" aria-level=${this.headingFor(this.headingLevel, 2, offset)} class="heading h${offset}" id=${id ?? nothing}>${text}</p>`;
  }

  #context(t: Trajectory, loaded: Loaded, view: View): SignupContext {
    // While sending, the form shows (read-only) the answers on their way; the draft is already empty.
    const values = view === 'sending' ? (this.#delivery.entry?.values ?? this.#draft.values) : this.#draft.values;
    const errors = asksMinor(t, values) ? this.errors : Object.fromEntries(Object.entries(this.errors).filter(([p]) => p !== 'minor'));
    return {
      t,
      loaded,
      locale: this.locale,
      values,
      errors,
      showSummary: this.showSummary,
      readOnly: view === 'sending',
      notice: view === 'sending' ? msg('Sending…') : this.cleared ? msg('The form is empty again, and your answers are deleted from this device.') : '',
      draftStored: this.#draft.stored,
      trap: this.#guard.trap,
      entry: this.#delivery.entry,
      entryStored: this.#delivery.stored,
      now: this.#delivery.now,
      places: (s: Session) => this.#availability.placesLeft(s.id) ?? placesLeft(s),
      text: (value) => this.text(value, loaded),
      pick: (value) => this.pick(value, loaded).text,
      link: (url) => this.link(url, loaded),
      heading: (text, offset, id) => this.#heading(text, offset, id),
      dateTime: (value) => dateTimeFormat(this.locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(value)),
      set: (path, value) => this.#set(path, value),
      fillTrap: (value) => this.#guard.fill(value),
      submit: (event) => this.#submit(event),
      clear: () => this.#clear(),
      again: () => this.#again(),
      retry: () => this.#delivery.retry(),
      backToForm: () => this.#backToForm(),
      jump: (event, path) => this.#jump(event, path),
    };
  }

  protected override renderReady(loaded: Loaded): unknown {
    const t = this.#trajectory(loaded)!;
    const view = this.#view(t);
    const ctx = this.#context(t, loaded, view);
    return html`<section class="signup" aria-labelledby="title">
      <header class="intro">
        ${this.#heading(this.text(t.title, loaded), 0, 'title')}
        <p class="summary-text">${this.text(t.summary, loaded)}</p>
        ${t.description ? html`<details class="more"><summary>${msg('More about this')}</summary><p>${this.text(t.description, loaded)}</p></details>` : nothing}
      </header>
      ${this.#body(ctx, view)}
    </section>`;
  }

  #body(ctx: SignupContext, view: View): unknown {
    switch (view) {
      case 'done':
        return renderDone(ctx);
      case 'queued':
        return renderQueued(ctx);
      case 'problem':
        return renderProblem(ctx);
      case 'expired':
        return renderExpired(ctx);
      case 'email':
        return renderEmail(ctx, this.emailed!.address, this.emailed!.submission);
      case 'closed':
        return renderClosed(ctx);
      default:
        return renderForm(ctx);
    }
  }
}
