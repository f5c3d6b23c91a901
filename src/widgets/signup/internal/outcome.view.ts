/** What a person sees after pressing send: thanks, waiting list, waiting to send, e-mail, a refusal, or an expired sign-up. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../core/lib/intl.js';
import { toIcs } from '../logic/ics.js';
import { keptUntil } from '../logic/delivery.js';
import { mailtoLink, plainMailto } from '../logic/mailto.js';
import type { Submission } from '../logic/validation.js';
import type { SignupContext } from './context.js';
import { emailLines, emailSubject } from './texts.js';

export function renderContact(ctx: SignupContext, intro: string, submission?: Submission) {
  const c = ctx.t.contact;
  if (!c) return nothing;
  const url = ctx.link(c.url);
  const mail = c.email ? (submission ? mailto(ctx, c.email, submission) : plainMailto(c.email)) : undefined;
  return html`<div class="contact">
    <p>${intro} ${c.name ? ctx.text(c.name) : nothing}</p>
    <ul>
      ${c.email && mail ? html`<li><a class="contact-email" href=${mail}>${submission ? msg('Send my answers by e-mail') : c.email}</a></li>` : nothing}
      ${c.phone ? html`<li><a class="contact-phone" href=${`tel:${c.phone.replace(/[^\d+]/g, '')}`}>${c.phone}</a></li>` : nothing}
      ${url ? html`<li><a href=${url}>${msg('More information')}</a></li>` : nothing}
    </ul>
  </div>`;
}

/** A mailto link with the person's answers, in the widget's language (built while rendering). */
export function mailto(ctx: SignupContext, address: string, submission: Submission): string | undefined {
  const municipality = (id: string) => {
    const found = ctx.t.receivers?.find((r) => r.id === id);
    return found ? ctx.pick(found.name) : id;
  };
  return mailtoLink(address, emailSubject(ctx.pick(ctx.t.title)), emailLines(ctx.t, submission, ctx.pick, municipality));
}

function sessionLine(ctx: SignupContext, id: string | undefined) {
  const session = id ? ctx.t.sessions.find((s) => s.id === id) : undefined;
  if (!session) return nothing;
  return html`<p class="chosen">${ctx.dateTime(session.start)}, ${ctx.text(session.place)}</p>`;
}

/** The .ics file as a `data:` URL: made while rendering, nothing to create or revoke. */
function icsLink(ctx: SignupContext, id: string | undefined) {
  const session = id ? ctx.t.sessions.find((s) => s.id === id) : undefined;
  if (!session) return nothing;
  const text = toIcs({
    uid: `${ctx.t.id}-${session.id}@ontrack`,
    start: session.start,
    end: session.end,
    title: ctx.pick(ctx.t.title),
    location: ctx.pick(session.place),
    description: ctx.pick(ctx.t.next),
    url: ctx.link(ctx.t.contact?.url),
  });
  return html`<p><a class="ics" href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`} download=${`${ctx.t.id}-${session.id}.ics`}
    >${msg('Add the date to your calendar (.ics file)')}</a></p>`;
}

export function renderDone(ctx: SignupContext) {
  const entry = ctx.entry!;
  const waitlist = entry.receipt?.status ? entry.receipt.status === 'waitlist' : Boolean(entry.waitlist);
  const position = entry.receipt?.position;
  return html`<div part="confirmation" class="done" tabindex="-1" aria-labelledby="done-title">
    ${ctx.heading(waitlist ? msg('You are on the waiting list') : msg('Thank you, your sign-up has arrived'), 1, 'done-title')}
    ${sessionLine(ctx, entry.session)}
    ${waitlist
      ? html`<p>${msg('This date is full. We let you know as soon as a place opens up.')}</p>
          ${position !== undefined ? html`<p class="position">${msg(str`Your place on the waiting list: ${formatNumber(ctx.locale, position)}.`)}</p>` : nothing}`
      : html`${ctx.heading(msg('What happens next'), 2)}
          <p>${ctx.text(ctx.t.next)}</p>
          ${icsLink(ctx, entry.session)}`}
    ${renderContact(ctx, msg('Questions? Get in touch:'))}
    <p><button type="button" class="again" @click=${ctx.again}>${msg('Sign up someone else')}</button></p>
  </div>`;
}

export function renderQueued(ctx: SignupContext) {
  const entry = ctx.entry!;
  const until = ctx.dateTime(keptUntil(entry, ctx.now));
  return html`<div part="queued" class="notice queued" tabindex="-1" aria-labelledby="queued-title" ?data-memory=${!ctx.entryStored}>
    ${ctx.entryStored
      ? html`${ctx.heading(msg('Your sign-up is saved, but not sent yet'), 1, 'queued-title')}
          <p>${msg(str`We could not reach the receiver just now. Your sign-up is kept on this device until ${until} and goes out by itself as soon as there is a connection: while this page is open, or the next time you open it here.`)}</p>`
      : html`${ctx.heading(msg('Your sign-up is not sent yet, and not saved on this device'), 1, 'queued-title')}
          <p>${msg('Keep this page open: we keep trying to send it. This browser does not let us keep it, so it is lost if you close the page.')}</p>`}
    ${sessionLine(ctx, entry.session)}
    <p>
      <button type="button" class="retry" @click=${ctx.retry}>${msg('Try to send it now')}</button>
      <button type="button" class="again" @click=${ctx.again}>${msg('Sign up someone else')}</button>
    </p>
  </div>`;
}

export function renderProblem(ctx: SignupContext) {
  const entry = ctx.entry!;
  return html`<div part="problem" class="notice problem" tabindex="-1" aria-labelledby="problem-title">
    ${ctx.heading(msg('This form cannot send sign-ups right now'), 1, 'problem-title')}
    <p>
      ${ctx.entryStored
        ? msg('No answer of yours is wrong, and none is lost: they are kept on this device. Please get in touch another way, or try again later.')
        : msg('No answer of yours is wrong. Keep this page open and get in touch another way, or try again later.')}
    </p>
    ${renderContact(ctx, msg('Questions? Get in touch:'), entry.body)}
    <p>
      <button type="button" class="retry" @click=${ctx.retry}>${msg('Try to send it now')}</button>
      <button type="button" class="back" @click=${ctx.backToForm}>${msg('Back to the form')}</button>
    </p>
  </div>`;
}

export function renderExpired(ctx: SignupContext) {
  const hours = formatNumber(ctx.locale, ctx.t.retentionHours);
  return html`<div part="queued" class="notice expired" tabindex="-1" aria-labelledby="expired-title">
    ${ctx.heading(msg('A sign-up from this device was not sent'), 1, 'expired-title')}
    <p>${msg(str`It could not be sent within ${hours} hours, so it was deleted from this device. Please fill in the form again.`)}</p>
    <p><button type="button" class="again" @click=${ctx.again}>${msg('Fill in the form again')}</button></p>
  </div>`;
}

export function renderEmail(ctx: SignupContext, address: string, submission: Submission) {
  return html`<div part="confirmation" class="done email" tabindex="-1" aria-labelledby="email-title">
    ${ctx.heading(msg('One more step: send the e-mail'), 1, 'email-title')}
    <p>${msg('This sign-up goes by e-mail. Open the e-mail with your answers in your own e-mail app and send it.')}</p>
    <p><a class="mailto" href=${mailto(ctx, address, submission) ?? ''}>${msg('Open the e-mail with my answers')}</a></p>
    ${ctx.heading(msg('What happens next'), 2)}
    <p>${ctx.text(ctx.t.next)}</p>
    <p><button type="button" class="again" @click=${ctx.backToForm}>${msg('Back to the form')}</button></p>
  </div>`;
}

export function renderClosed(ctx: SignupContext) {
  return html`<div part="closed" class="notice closed">
    <p><strong>${msg('Sign-up for this has closed.')}</strong></p>
    ${ctx.t.deadline ? html`<p>${msg(str`The deadline was ${ctx.dateTime(ctx.t.deadline)}.`)}</p>` : nothing}
    ${renderContact(ctx, msg('Questions? Get in touch:'))}
  </div>`;
}
