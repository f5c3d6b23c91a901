/**
 * Telling someone about a new sign-up: an e-mail to each coordinator whose
 * scope covers it (nodemailer over SMTP), optionally a confirmation to the
 * person with the session as an .ics attachment, and/or a webhook signed with
 * HMAC-SHA256 for a city's own case system. The coordinator's e-mail carries
 * no answers: only where to read them (the inbox, behind a login).
 */
import { createHmac } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { ReceiverConfig } from './config.js';
import type { SignupReceipt, SignupRecord } from './contract.js';
import type { Trajectory } from '../content/schema/trajectories.js';
import { toIcs } from '../widgets/signup/logic/ics.js';
import type { Log } from './log.js';

type Localized = Record<string, string> | string;
const pick = (text: Localized | undefined, language = 'en') =>
  typeof text === 'string' ? text : (text?.[language] ?? text?.[language.split('-')[0]] ?? text?.en ?? Object.values(text ?? {})[0] ?? '');

/** The webhook's signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export function webhookSignature(secret: string, body: string, time = Math.floor(Date.now() / 1000)) {
  return `t=${time},v1=${createHmac('sha256', secret).update(`${time}.${body}`).digest('hex')}`;
}

export async function createMailer(config: ReceiverConfig): Promise<Transporter | undefined> {
  if (!config.mail) return undefined;
  const { default: nodemailer } = await import('nodemailer');
  return nodemailer.createTransport(config.mail.smtp as Parameters<typeof nodemailer.createTransport>[0]);
}

export function notifier(config: ReceiverConfig, mailer: Transporter | undefined, log: Log) {
  const inboxUrl = `${(config.publicUrl ?? `http://${config.listen.host}:${config.listen.port}`).replace(/\/$/, '')}/inbox/`;

  async function send(record: SignupRecord, receipt: SignupReceipt, trajectory: Trajectory | undefined) {
    const s = record.submission;
    const title = pick(trajectory?.title) || s.trajectory;
    const session = trajectory?.sessions.find((x) => x.id === s.session);
    const tasks: Promise<unknown>[] = [];
    if (mailer && config.mail) {
      const to = config.accounts
        .filter((a) => a.email && a.scope.some((x) => x.trajectory === s.trajectory && (x.municipality === undefined || x.municipality === s.municipality)))
        .map((a) => a.email!);
      if (to.length) {
        const status = { received: 'a place', waitlist: `the waiting list (position ${receipt.position})`, suspect: 'review (a spam guard tripped)' }[receipt.status];
        tasks.push(
          mailer.sendMail({
            from: config.mail.from,
            to,
            subject: `New sign-up: ${title}`,
            text: [
              `Someone signed up for "${title}"${session ? ` (session ${session.id}, ${session.start})` : ''}.`,
              `It went to ${status}.`,
              '',
              `Read it in the inbox: ${inboxUrl}`,
              '',
              'This message holds no personal data; the answers are in the inbox, behind your login.',
            ].join('\n'),
          }),
        );
      }
      const email = trajectory?.fields.find((f) => f.type === 'email' && typeof s.answers[f.name] === 'string');
      const address = email && String(s.answers[email.name]);
      if (config.mail.confirmation && address && receipt.status !== 'suspect') {
        const language = s.language ?? 'en';
        const place = session ? pick(session.place, language) : '';
        tasks.push(
          mailer.sendMail({
            from: config.mail.from,
            to: address,
            subject: `${title}: we received your sign-up`,
            text: [
              `We received your sign-up for "${pick(trajectory?.title, language) || title}".`,
              receipt.status === 'waitlist' ? `The session is full: you are number ${receipt.position} on the waiting list.` : '',
              session ? `When: ${session.start}${place ? `. Where: ${place}` : ''}.` : '',
              pick(trajectory?.next, language),
            ].filter(Boolean).join('\n\n'),
            attachments:
              session && receipt.status === 'received'
                ? [{ filename: 'session.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                    content: toIcs({ uid: `${record.key}@ontrack`, start: session.start, end: session.end, title: pick(trajectory?.title, language) || title, location: place }) }]
                : [],
          }),
        );
      }
    }
    if (config.webhook) {
      const body = JSON.stringify({ type: 'signup.created', id: record.key, receivedAt: record.receivedAt, status: receipt.status, position: receipt.position, submission: s });
      tasks.push(
        fetch(config.webhook.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'ontrack-signature': webhookSignature(config.webhook.secret, body) },
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(10_000),
        }).then((r) => {
          if (!r.ok) throw new Error(`webhook answered ${r.status}`);
        }),
      );
    }
    const results = await Promise.allSettled(tasks);
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed) log.warn(`notify: ${failed} of ${results.length} messages for one sign-up could not be sent`);
  }
  return { send };
}
