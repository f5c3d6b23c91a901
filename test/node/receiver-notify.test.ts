// Telling someone: the coordinator's e-mail (no personal data in it), the
// person's confirmation with the session as .ics, and the signed webhook —
// against an in-process SMTP server and HTTP server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { STORES, startReceiver, post, evening, type TestReceiver } from './receiver/setup.js';
import { webhookSignature } from '../../src/receiver/notify.js';

const kind = STORES[0];

describe('notifications', () => {
  const mails: { to: string[]; text: string }[] = [];
  const hooks: { signature: string; body: string }[] = [];
  let smtp: SMTPServer;
  let web: ReturnType<typeof createServer>;
  let r: TestReceiver;
  const secret = 'a-webhook-secret-of-the-city';
  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let text = '';
        stream.on('data', (c) => (text += c));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((x) => x.address), text });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    web = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        hooks.push({ signature: String(req.headers['ontrack-signature']), body });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    r = await startReceiver(kind, {
      publicUrl: 'https://signup.city.example',
      mail: { smtp: { host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true }, from: 'Ontrack <noreply@city.example>', confirmation: true },
      webhook: { url: `http://127.0.0.1:${(web.address() as AddressInfo).port}/hook`, secret },
    });
  });
  after(async () => {
    await r.stop();
    smtp.close();
    web.close();
  });

  test('a new sign-up e-mails its coordinator (no answers in it) and the person (with the .ics); the webhook is signed', async () => {
    const response = await post(r, evening('small', { name: 'Robin Private', email: 'robin@example.org' }));
    assert.equal(response.statusCode, 201);
    await r.settled();
    const coordinator = mails.find((m) => m.to.includes('evening@city.example'));
    assert.ok(coordinator, 'the coordinator got an e-mail');
    assert.match(coordinator.text, /https:\/\/signup\.city\.example\/inbox\//);
    assert.doesNotMatch(coordinator.text, /Robin|robin@example/);
    const person = mails.find((m) => m.to.includes('robin@example.org'));
    assert.ok(person, 'the person got a confirmation');
    assert.match(person.text, /Content-Type: text\/calendar/i);
    assert.match(person.text, /filename=session\.ics/);
    const ics = /BEGIN:VCALENDAR[\s\S]*?END:VCALENDAR/.exec(Buffer.from(/Content-Transfer-Encoding: base64\r?\n(?:.*\r?\n)*?\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(person.text.split('text/calendar')[1])?.[1] ?? '', 'base64').toString() || person.text)?.[0];
    assert.ok(ics && /DTSTART:20990203T180000Z/.test(ics), 'the .ics has the session start');
    assert.equal(hooks.length, 1);
    const { signature, body } = hooks[0];
    const time = Number(/t=(\d+)/.exec(signature)?.[1]);
    assert.equal(signature, webhookSignature(secret, body, time));
    assert.equal(JSON.parse(body).submission.answers.name, 'Robin Private');
  });

  test('a replayed request sends nothing again', async () => {
    const before = mails.length;
    const k = 'replayed-key';
    await post(r, evening('big'), {}, k);
    await r.settled();
    const after1 = mails.length;
    await post(r, evening('big'), {}, k);
    await r.settled();
    assert.ok(after1 > before);
    assert.equal(mails.length, after1);
  });
});
