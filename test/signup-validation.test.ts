/** The validation a city's server shares with the browser, without a browser form. */
import { expect } from '@open-wc/testing';
import { contentPack, type ContentPack } from '../src/content/schema.js';
import { validateSubmission } from '../src/signup/validation.js';
import { toIcs } from '../src/signup/ics.js';
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
    const result = validateSubmission(pack, 'school-climate', school({ email: 'nope', pupils: 0, level: 'other', motivation: 'x'.repeat(201), themes: ['welcome', 'x'] }));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.deep.equal({
      'answers.school': 'required',
      'answers.email': 'email',
      'answers.pupils': 'too-small',
      'answers.level': 'choice',
      'answers.themes': 'choice',
      'answers.motivation': 'too-long',
      'answers.consent': 'consent',
    });
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
