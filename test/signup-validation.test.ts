/** The validation a city's server shares with the browser, and the outbox, without a browser form. */
import { expect } from '@open-wc/testing';
import { contentPack, type ContentPack } from '../src/content/schema.js';
import { validateSubmission } from '../src/widgets/signup/logic/validation.js';
import { toIcs } from '../src/widgets/signup/logic/ics.js';
import { nextDelay, type OutboxEntry } from '../src/widgets/signup/logic/delivery.js';
import { add, entries, pump, read } from '../src/widgets/signup/internal/outbox.js';
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
    expect(text.split('\r\n').every((line: string) => line.length <= 75)).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });

  it('escapes every line break, a lone CR too, so no text can add a property', () => {
    const text = toIcs({ uid: 'b@ontrack', start: '2099-03-10T19:00:00+01:00', title: 'Evening\rATTENDEE:mailto:x@example.org', description: 'one\r\ntwo\nthree' });
    expect(text).to.include('SUMMARY:Evening\\nATTENDEE:mailto:x@example.org');
    expect(text).to.include('DESCRIPTION:one\\ntwo\\nthree');
    expect(text.split('\r\n').filter((line) => line.startsWith('ATTENDEE'))).to.deep.equal([]);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });
});

describe('outbox', () => {
  afterEach(() => localStorage.clear());

  it('waits twice as long after each failed attempt, with jitter, at most five minutes', () => {
    expect([1, 2, 3, 4].map((attempts) => nextDelay(1000, attempts, undefined, () => 1))).to.deep.equal([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((attempts) => nextDelay(1000, attempts, undefined, () => 0))).to.deep.equal([500, 1000, 2000, 4000]);
    expect(nextDelay(1000, 30, undefined, () => 1)).to.equal(5 * 60_000);
    expect(nextDelay(1000, 1, 7000, () => 1), 'never before Retry-After').to.equal(7000);
  });

  it('keeps a sign-up the receiver could not take, waits longer each time, and sends it with one key', async () => {
    const bucket = `outbox-${Date.now()}`;
    await fetch(`/test-api/signups/fault?bucket=${bucket}&fail=503&times=2`);
    const base = 10_000;
    const entry: OutboxEntry = {
      v: 1,
      key: 'the-one-key',
      form: 'school-climate',
      url: new URL(`/api/signups?bucket=${bucket}`, location.href).href,
      body: { trajectory: 'school-climate', answers: valid, language: 'en' },
      values: {},
      state: 'pending',
      attempts: 0,
      nextAttemptAt: Date.now(),
      baseDelay: base,
      keepMs: 3_600_000,
      ageMs: 0,
      seenAt: Date.now(),
    };
    expect(add(entry).stored).to.equal(true);
    const waiting = () => {
      const found = read('the-one-key')!;
      return { attempts: found.attempts, wait: found.nextAttemptAt - Date.now() };
    };

    await pump({ force: true });
    const second = waiting();
    expect(second.attempts).to.equal(1);
    expect(second.wait, 'half to all of the first delay').to.be.within(base / 2 - 2000, base);

    await pump({ force: true });
    const third = waiting();
    expect(third.attempts).to.equal(2);
    expect(third.wait, 'half to all of twice the first delay').to.be.within(base - 2000, 2 * base);

    await pump({ force: true });
    expect(read('the-one-key')?.state, 'delivered').to.equal('delivered');
    expect(read('the-one-key')?.body, 'the answers are gone from the device').to.equal(undefined);
    expect(entries().filter((e) => e.state === 'pending')).to.deep.equal([]);
    const count = (await (await fetch(`/test-api/signups/count?bucket=${bucket}`)).json()) as { records: number; requestKeys: string[] };
    expect(count.records).to.equal(1);
    expect(count.requestKeys).to.deep.equal(['the-one-key', 'the-one-key', 'the-one-key']);
  });
});
