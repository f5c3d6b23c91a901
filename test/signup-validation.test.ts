/** The validation a city's server shares with the browser, and the outbox, without a browser form. */
import { expect } from '@open-wc/testing';
import { contentPack, type ContentPack } from '../src/content/schema.js';
import { validateSubmission } from '../src/signup/validation.js';
import { toIcs } from '../src/signup/ics.js';
import { backoff, enqueue, flush, outboxEntries } from '../src/signup/queue.js';
import { loadFixture } from './shared/helpers.js';

let pack: ContentPack;
before(async () => {
  pack = contentPack.parse(await loadFixture('signup'));
});

const school = (answers: Record<string, unknown>) => ({ trajectory: 'school-climate', answers });
const valid = { school: 'Atheneum', email: 'team@example.org', level: 'whole', consent: true };

describe('validateSubmission', () => {
  it('accepts a complete sign-up, drops unknown answers, and names the receiver', () => {
    const result = validateSubmission(pack, 'school-climate', school({ ...valid, extra: '<script>' }));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.answers).to.deep.equal(valid);
    expect(result.receiver).to.deep.equal({ type: 'https', url: '/api/signups' });
  });

  it('answers with a code per field', () => {
    const result = validateSubmission(pack, 'school-climate', school({ email: 'nope', phone: 'call me', pupils: 0, level: 'other', motivation: 'x'.repeat(201), themes: ['welcome', 'x'] }));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.deep.equal({
      'answers.school': 'required',
      'answers.email': 'email',
      'answers.phone': 'tel',
      'answers.pupils': 'too-small',
      'answers.level': 'choice',
      'answers.themes': 'choice',
      'answers.motivation': 'too-long',
      'answers.consent': 'consent',
    });
  });

  it('accepts phone numbers as people write them', () => {
    for (const phone of ['+32 9 123 45 67', '(09) 123.45.67', '070-123 45 67']) {
      expect(validateSubmission(pack, 'school-climate', school({ ...valid, phone })).ok, phone).to.equal(true);
    }
    const tooShort = validateSubmission(pack, 'school-climate', school({ ...valid, phone: '123' }));
    expect(tooShort.ok ? {} : tooShort.errors).to.deep.equal({ 'answers.phone': 'tel' });
  });

  it('says "number" for text in a number field', () => {
    const result = validateSubmission(pack, 'school-climate', school({ ...valid, pupils: 'many' }));
    expect(result.ok ? {} : result.errors).to.deep.equal({ 'answers.pupils': 'number' });
  });

  it('treats blank text as not given', () => {
    const result = validateSubmission(pack, 'school-climate', school({ ...valid, school: '   ' }));
    expect(result.ok ? {} : result.errors).to.deep.equal({ 'answers.school': 'required' });
  });

  it('refuses an unknown trajectory and a closed one', () => {
    expect(validateSubmission(pack, 'nope', {})).to.deep.equal({ ok: false, errors: { trajectory: 'invalid' } });
    expect(validateSubmission(pack, 'closed', { trajectory: 'closed', answers: { school: 'X' } })).to.deep.equal({ ok: false, errors: { form: 'closed' } });
  });

  it('asks for an upcoming session, and sets the waiting list from the places left', () => {
    const base = { trajectory: 'evening', answers: { name: 'Fatima', email: 'f@example.org' } };
    const missing = validateSubmission(pack, 'evening', base);
    expect(missing.ok ? {} : missing.errors).to.deep.equal({ session: 'required' });
    const past = validateSubmission(pack, 'evening', { ...base, session: 'past-one' });
    expect(past.ok ? {} : past.errors).to.deep.equal({ session: 'choice' });
    const full = validateSubmission(pack, 'evening', { ...base, session: 'full-one', waitlist: false });
    expect(full.ok && full.value.waitlist).to.equal(true);
    const open = validateSubmission(pack, 'evening', { ...base, session: 'open-one' });
    expect(open.ok && open.value.waitlist).to.equal(false);
  });

  it('routes by municipality and asks for a guardian below the age of consent', () => {
    const base = { trajectory: 'back-to-studies', answers: { firstName: 'Saga', phone: '070 123 45 67' }, municipality: 'east' };
    const adult = validateSubmission(pack, 'back-to-studies', { ...base, minor: false, guardian: { name: 'ignored' } });
    expect(adult.ok && adult.receiver).to.deep.equal({ type: 'mailto', address: 'east@example.org' });
    expect(adult.ok && adult.value.guardian).to.equal(undefined);
    const minor = validateSubmission(pack, 'back-to-studies', { ...base, minor: true, guardian: { contact: 'not a contact' } });
    expect(minor.ok ? {} : minor.errors).to.deep.equal({
      'guardian.name': 'required',
      'guardian.contact': 'contact',
      'guardian.consent': 'consent',
    });
    const noMunicipality = validateSubmission(pack, 'back-to-studies', { ...base, municipality: undefined, minor: false });
    expect(noMunicipality.ok ? {} : noMunicipality.errors).to.deep.equal({ municipality: 'required' });
  });
});

describe('toIcs', () => {
  it('writes a valid event in UTC with escaped text and folded lines', () => {
    const text = toIcs(
      { uid: 'a@ontrack', start: '2099-03-10T19:00:00+01:00', end: '2099-03-10T21:00:00+01:00', title: 'Evening; for parents', location: 'Hall, North', description: 'x'.repeat(100) },
      new Date('2099-01-01T00:00:00Z'),
    );
    expect(text).to.include('DTSTART:20990310T180000Z\r\nDTEND:20990310T200000Z');
    expect(text).to.include('SUMMARY:Evening\\; for parents');
    expect(text).to.include('LOCATION:Hall\\, North');
    expect(text.split('\r\n').every((line) => line.length <= 75)).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });
});

describe('outbox', () => {
  const OUTBOX = 'ontrack-signup:outbox';
  afterEach(() => localStorage.removeItem(OUTBOX));

  it('waits twice as long after each failed attempt, at most five minutes', () => {
    expect([1, 2, 3, 4].map((attempts) => backoff(1000, attempts))).to.deep.equal([1000, 2000, 4000, 8000]);
    expect(backoff(1000, 30)).to.equal(5 * 60_000);
  });

  it('keeps a sign-up the receiver could not take, waits longer each time, and sends it with one key', async () => {
    const bucket = `outbox-${Date.now()}`;
    await fetch(`/test-api/signups/fault?bucket=${bucket}&fail=503&times=2`);
    const base = 10_000;
    enqueue({
      key: 'the-one-key',
      form: 'school-climate',
      url: `/api/signups?bucket=${bucket}`,
      body: { trajectory: 'school-climate', answers: valid, language: 'en' },
      values: {},
      attempts: 1,
      nextAttemptAt: Date.now(),
      expiresAt: Date.now() + 3_600_000,
      baseDelay: base,
    });
    const waiting = () => {
      const [entry] = outboxEntries();
      return { attempts: entry.attempts, wait: entry.nextAttemptAt - Date.now() };
    };

    await flush(true);
    const second = waiting();
    expect(second.attempts).to.equal(2);
    expect(second.wait, 'twice the first delay').to.be.within(2 * base - 2000, 2 * base);

    await flush(true);
    const third = waiting();
    expect(third.attempts).to.equal(3);
    expect(third.wait, 'four times the first delay').to.be.within(4 * base - 2000, 4 * base);

    await flush(true);
    expect(outboxEntries(), 'delivered and forgotten').to.deep.equal([]);
    expect(localStorage.getItem(OUTBOX)).to.equal(null);
    const count = (await (await fetch(`/test-api/signups/count?bucket=${bucket}`)).json()) as { records: number; requestKeys: string[] };
    expect(count.records).to.equal(1);
    expect(count.requestKeys).to.deep.equal(['the-one-key', 'the-one-key', 'the-one-key']);
  });
});
