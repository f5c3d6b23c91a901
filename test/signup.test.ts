import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/signup/define.js';
import type { OntrackSignup } from '../src/widgets/signup/signup.js';
import { runWidgetSuite } from './shared/widget-suite.js';
import { contentUrl, loadFixture, waitForState } from './shared/helpers.js';
import { $, active, control, fault, fillSchool, outboxText, packWithBucket, receiverCount, signup, submit, type, fillBackToStudies } from './shared/signup.js';

runWidgetSuite({
  tag: 'ontrack-signup',
  attributes: 'trajectory="school-climate"',
  ready: 'signup',
  empty: 'empty',
  loadFixture,
  hostile: { identifierLists: ['fields'] },
});

describe('<ontrack-signup>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  describe('errors', () => {
    it('refuses an empty form: summary focused and announced, fields invalid and described, accessible', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack);
      expect($<HTMLFormElement>(el, 'form').noValidate).to.equal(true);
      await expect(el).to.be.accessible();
      await submit(el);
      const summary = $(el, '[part="error-summary"]');
      await waitUntil(() => active(el) === summary, 'summary has focus');
      expect(summary.querySelector('[role="alert"]'), 'the alert inside the focused summary').to.exist;
      const links = [...summary.querySelectorAll('a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
      expect(links).to.deep.equal([
        'Name of the school: Fill this in, please.',
        'E-mail address: Fill this in, please.',
        'Which part of the school? Choose one of the options.',
        'I agree that these details are used to plan the coaching: Tick this box to go on.',
      ]);
      const email = control(el, 'answers.email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal('h-answers-email e-answers-email');
      expect($(el, '#e-answers-email').textContent).to.include('Fill this in, please.');
      expect($<HTMLInputElement>(el, '#c-answers-level-0').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'answers.phone').getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();

      // A link in the summary moves focus to its field.
      summary.querySelectorAll('a')[1].click();
      expect(active(el)).to.equal(email);
    });

    it('keeps each error until that answer is fixed', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack);
      await submit(el);
      await type(el, 'answers.email', 'not-an-address');
      expect($(el, '#e-answers-email').textContent, 'still wrong, now why').to.include('like name@example.org');
      await type(el, 'answers.email', '@example.org');
      expect(el.shadowRoot!.querySelector('#e-answers-email')).to.equal(null);
      expect(control(el, 'answers.email').getAttribute('aria-invalid')).to.equal('false');
      expect(control(el, 'answers.school').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '[part="error-summary"]').textContent).not.to.include('E-mail address');
    });

    it('checks numbers and lengths with the limits in the content, in the widget language', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack);
      await fillSchool(el);
      await type(el, 'answers.pupils', '6000');
      await submit(el);
      expect($(el, '#e-answers-pupils').textContent).to.include('Write a number of 5,000 or less.');
    });
  });

  describe('draft on this device', () => {
    it('keeps answers as they are typed, says so, and brings them back in a new form', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack);
      expect($(el, '[part="device-note"]').textContent).to.include('This device remembers your answers');
      expect($(el, '[part="device-note"]').getBoundingClientRect().height).to.be.greaterThan(0);
      await type(el, 'answers.school', 'Atheneum');
      $<HTMLInputElement>(el, '#c-answers-themes-1').click();
      el.remove();
      const again = await signup(pack);
      expect(control(again, 'answers.school').value).to.equal('Atheneum');
      expect($<HTMLInputElement>(again, '#c-answers-themes-1').checked).to.equal(true);
    });

    it('is emptied with the clear button', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack);
      await type(el, 'answers.school', 'Atheneum');
      expect(localStorage.getItem('ontrack-signup:draft:school-climate')).to.include('Atheneum');
      $<HTMLButtonElement>(el, '.clear').click();
      await el.updateComplete;
      expect(control(el, 'answers.school').value).to.equal('');
      expect(localStorage.getItem('ontrack-signup:draft:school-climate')).to.equal(null);
      expect($(el, '.notice-line').textContent).to.include('deleted from this device');
    });

    it('forgets a draft older than the retention time', async () => {
      const { pack } = await packWithBucket();
      const old = Date.now() - 73 * 3_600_000;
      localStorage.setItem(
        'ontrack-signup:draft:school-climate',
        JSON.stringify({ values: { 'answers.school': 'Stale' }, key: 'k', startedAt: old, savedAt: old, expiresAt: old + 72 * 3_600_000 }),
      );
      const el = await signup(pack);
      expect(control(el, 'answers.school').value).to.equal('');
      expect(localStorage.getItem('ontrack-signup:draft:school-climate')).to.equal(null);
    });

    it('keeps every answer when the language changes mid-form', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack);
      await type(el, 'answers.school', 'Atheneum');
      $<HTMLInputElement>(el, '#c-answers-level-1').click();
      await submit(el);
      const english = $(el, 'label[for="c-answers-school"]').textContent;
      el.lang = 'nl';
      await waitUntil(() => $(el, '[part="base"]').getAttribute('lang') === 'nl');
      await el.updateComplete;
      expect($(el, 'label[for="c-answers-school"]').textContent).not.to.equal(english);
      expect($(el, 'label[for="c-answers-school"]').textContent).to.include('Naam van de school');
      expect(control(el, 'answers.school').value).to.equal('Atheneum');
      expect($<HTMLInputElement>(el, '#c-answers-level-1').checked).to.equal(true);
      expect($(el, '#e-answers-email').textContent).not.to.include('Fill this in');
    });
  });

  describe('sending', () => {
    it('posts JSON with an idempotency key, clears the draft and moves focus to what happens next', async () => {
      const { pack, bucket } = await packWithBucket();
      const el = await signup(pack);
      await fillSchool(el);
      const submitted = oneEvent(el, 'ontrack-submitted');
      await submit(el);
      await waitUntil(() => active(el) === el.shadowRoot!.querySelector('[part="confirmation"]'), 'confirmation focused');
      const { detail } = await submitted;
      expect(detail.delivery).to.equal('sent');
      expect($(el, '[part="confirmation"]').textContent).to.include('We e-mail you within two weeks');
      const count = await receiverCount(bucket);
      expect(count.records).to.equal(1);
      expect(count.requestKeys[0], 'an Idempotency-Key header').to.match(/^[\w-]{16,}$/);
      expect(count.keys).to.deep.equal(count.requestKeys);
      expect(detail.id, 'the event names the sign-up by its key').to.equal(count.keys[0]);
      expect(count.submissions[0]).to.deep.include({ trajectory: 'school-climate', language: 'en' });
      expect((count.submissions[0] as { answers: unknown }).answers).to.deep.equal({
        school: 'Atheneum North',
        email: 'team@example.org',
        level: 'whole',
        consent: true,
      });
      expect(localStorage.getItem('ontrack-signup:draft:school-climate')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('sends once on a double click', async () => {
      const { pack, bucket } = await packWithBucket();
      await fault(bucket, 'delay=300');
      const el = await signup(pack);
      await fillSchool(el);
      const button = $<HTMLButtonElement>(el, '[part="submit"]');
      button.click();
      button.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'), 'confirmed', { timeout: 4000 });
      const count = await receiverCount(bucket);
      expect(count.requests).to.equal(1);
      expect(count.records).to.equal(1);
    });

    it('queues on a 500, tells the person, and delivers on the retry', async () => {
      const { pack, bucket } = await packWithBucket();
      await fault(bucket, 'fail=500&times=1');
      const el = await signup(pack, 'school-climate', { 'retry-delay': '600' });
      await fillSchool(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="queued"]'), 'queued notice');
      expect($(el, '[part="queued"]').textContent).to.include('saved, but not sent yet');
      await waitUntil(() => active(el) === $(el, '[part="queued"]'), 'queued notice focused');
      await expect(el).to.be.accessible();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'), 'delivered on retry', { timeout: 5000 });
      const count = await receiverCount(bucket);
      expect(count.requests).to.equal(2);
      expect(count.records).to.equal(1);
      expect(count.requestKeys[1], 'the retry carries the same Idempotency-Key').to.equal(count.requestKeys[0]);
      expect(outboxText(), 'the answers are gone from the device').not.to.include('Atheneum');
    });

    it('offline: keeps the sign-up through a reload and delivers it exactly once when back online', async () => {
      const { pack, bucket } = await packWithBucket();
      await fault(bucket, 'down=1');
      const el = await signup(pack, 'school-climate', { 'retry-delay': '60000' });
      await fillSchool(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="queued"]'), 'queued notice');
      expect(outboxText()).to.include('Atheneum North');
      el.remove();

      // "Reload": a new element on the same device finds the queued sign-up.
      const again = await signup(pack, 'school-climate', { 'retry-delay': '60000' });
      await again.updateComplete;
      expect(again.shadowRoot!.querySelector('[part="queued"]'), 'still queued after reload').to.exist;

      await fault(bucket, 'down=0');
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => again.shadowRoot!.querySelector('[part="confirmation"]'), 'delivered when online', { timeout: 5000 });
      window.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const count = await receiverCount(bucket);
      expect(count.records).to.equal(1);
      // Every attempt, before and after the reload, is the same sign-up to the receiver.
      expect(count.requestKeys.length).to.be.greaterThan(1);
      expect(new Set(count.requestKeys), 'one Idempotency-Key for every attempt').to.deep.equal(new Set(count.keys));
      expect(outboxText()).not.to.include('Atheneum');
    });

    it('drops a queued sign-up kept longer than the retention time instead of sending it, and says so', async () => {
      const { pack, bucket } = await packWithBucket();
      const now = Date.now();
      localStorage.setItem(
        'ontrack-signup:outbox:old',
        JSON.stringify({ v: 1, key: 'old', form: 'school-climate', url: new URL(`/api/signups?bucket=${bucket}`, location.href).href, body: { trajectory: 'school-climate', answers: { school: 'Old' } }, values: {}, state: 'pending', attempts: 1, nextAttemptAt: now, baseDelay: 100, keepMs: 72 * 3_600_000, ageMs: 72 * 3_600_000 - 1, seenAt: now - 1000 }),
      );
      const el = await signup(pack);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => el.shadowRoot!.querySelector('.expired'), 'the visitor is told');
      expect($(el, '.expired').textContent).to.include('was deleted from this device');
      expect((await receiverCount(bucket)).requests).to.equal(0);
      expect(outboxText()).not.to.include('Old');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.expired .again').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('form')).to.exist;
      expect(outboxText()).to.equal('');
    });

    it('shows field errors of a 422 answer on the fields', async () => {
      const { pack } = await packWithBucket();
      // The page's copy lets the phone be empty; the receiver's content requires it.
      const back = pack.trajectories.find((t) => t.id === 'back-to-studies')!;
      back.fields.find((f) => f.name === 'phone')!.required = false;
      const el = await signup(pack, 'back-to-studies');
      await fillBackToStudies(el, { municipality: 'north', phone: false });
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error-summary"]'), 'summary from the receiver');
      expect(control(el, 'answers.phone').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#e-answers-phone').textContent).to.include('Fill this in');
      await waitUntil(() => active(el) === $(el, '[part="error-summary"]'));
    });

    it('lets the page cancel ontrack-submit: nothing is sent', async () => {
      const { pack, bucket } = await packWithBucket();
      const el = await signup(pack);
      await fillSchool(el);
      el.addEventListener('ontrack-submit', (e) => e.preventDefault());
      const event = oneEvent(el, 'ontrack-submit');
      await submit(el);
      expect((await event).detail.submission.answers.school).to.equal('Atheneum North');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await receiverCount(bucket)).requests).to.equal(0);
      expect(el.shadowRoot!.querySelector('form')).to.exist;
    });
  });

  describe('spam without CAPTCHA', () => {
    it('sends a sign-up whose hidden field was filled, marked suspect, and resets the guard for the next person', async () => {
      const { pack, bucket } = await packWithBucket();
      const el = await signup(pack);
      await fillSchool(el);
      const trap = $<HTMLInputElement>(el, '.hp input');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.autocomplete, 'autofill leaves it alone').to.equal('off');
      expect(trap.name).not.to.match(/url|website|name|mail|phone|address/i);
      trap.value = 'https://spam.example.org';
      trap.dispatchEvent(new Event('input'));
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'), 'sent');
      const count = await receiverCount(bucket);
      expect(count.records, 'the person is not discarded').to.equal(1);
      expect(count.bodies[0]).to.deep.include({ suspect: true });
      expect(count.submissions[0]).to.deep.include({ suspect: true });
      $<HTMLButtonElement>(el, '.again').click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '.hp input').value, 'the guard is reset').to.equal('');
      await fillSchool(el);
      await submit(el);
      await waitUntil(async () => (await receiverCount(bucket)).records === 2, 'second person sent');
      expect((await receiverCount(bucket)).bodies[1]).not.to.have.property('suspect');
    });

    it('sends a form filled faster than a person can, marked suspect', async () => {
      const { pack, bucket } = await packWithBucket();
      const el = await signup(pack, 'school-climate', { 'min-fill-seconds': '60' });
      await fillSchool(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'));
      const count = await receiverCount(bucket);
      expect(count.records).to.equal(1);
      expect(count.bodies[0]).to.deep.include({ suspect: true });
    });
  });

  describe('sessions and deadline', () => {
    it('shows places left, hides past sessions, and puts a full session on the waiting list', async () => {
      const { pack, bucket } = await packWithBucket();
      const el = await signup(pack, 'evening');
      const sessions = [...el.shadowRoot!.querySelectorAll('.session')].map((s) => s.textContent!.replace(/\s+/g, ' '));
      expect(sessions).to.have.length(2);
      expect(sessions[0]).to.include('Full: you can join the waiting list');
      expect(sessions[1]).to.include('1 place left');
      expect(sessions[1]).to.include('Tuesday, March 10, 2099');
      $<HTMLInputElement>(el, '#c-session-full-one').click();
      await el.updateComplete;
      expect($(el, '.waitlist-note').textContent).to.include('you join the waiting list');
      await type(el, 'answers.name', 'Fatima');
      await type(el, 'answers.email', 'fatima@example.org');
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'));
      expect($(el, '[part="confirmation"]').textContent).to.include('You are on the waiting list');
      const count = await receiverCount(bucket);
      expect(count.submissions[0]).to.deep.include({ session: 'full-one', waitlist: true });
      await expect(el).to.be.accessible();
    });

    it('offers an .ics file for the chosen session after success', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack, 'evening');
      $<HTMLInputElement>(el, '#c-session-open-one').click();
      await type(el, 'answers.name', 'Fatima');
      await type(el, 'answers.email', 'fatima@example.org');
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('a.ics'));
      const link = $<HTMLAnchorElement>(el, 'a.ics');
      expect(link.getAttribute('download')).to.equal('evening-open-one.ics');
      const text = await (await fetch(link.href)).text();
      expect(text).to.include('DTSTART:20990310T180000Z');
      expect(text).to.include('LOCATION:School canteen\\, South');
    });

    it('is closed with a clear message after the deadline', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack, 'closed');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect($(el, '[part="closed"]').textContent).to.include('Sign-up for this has closed.');
      expect($(el, '[part="closed"]').textContent).to.include('coaching@example.org');
      await expect(el).to.be.accessible();
    });
  });

  describe('minors and routing', () => {
    it('adds a guardian step for people under the age of digital consent', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack, 'back-to-studies');
      expect(el.shadowRoot!.querySelector('[data-path="guardian.name"]')).to.equal(null);
      $<HTMLInputElement>(el, '#c-minor-yes').click();
      await el.updateComplete;
      expect(control(el, 'guardian.name')).to.exist;
      await fillBackToStudies(el, { municipality: 'north', adult: false });
      await submit(el);
      const summary = $(el, '[part="error-summary"]').textContent!;
      expect(summary).to.include('Name of your parent or guardian');
      expect(summary).to.include('Agreement of your parent or guardian');
      await expect(el).to.be.accessible();
      await type(el, 'guardian.name', 'Eva');
      await type(el, 'guardian.contact', 'eva@example.org');
      control(el, 'guardian.consent').click();
      await el.updateComplete;
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'));
      const count = await receiverCount('north');
      expect(count.submissions.at(-1)).to.deep.include({ minor: true, municipality: 'north' });
      expect((count.submissions.at(-1) as { guardian: unknown }).guardian).to.deep.equal({ name: 'Eva', contact: 'eva@example.org', consent: true });
    });

    it('routes to the municipality a postal code points to', async () => {
      const { pack } = await packWithBucket();
      const before = (await receiverCount('south')).records;
      const el = await signup(pack, 'back-to-studies');
      await type(el, 'answers.firstName', 'Saga');
      await type(el, 'answers.phone', '0701234567');
      $<HTMLInputElement>(el, '#c-postal-code').focus();
      await sendKeys({ type: '531 40' });
      await el.updateComplete;
      expect((control(el, 'municipality') as unknown as HTMLSelectElement).value).to.equal('south');
      $<HTMLInputElement>(el, '#c-minor-no').click();
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="confirmation"]'));
      expect((await receiverCount('south')).records).to.equal(before + 1);
    });

    it('hands the answers to the e-mail app for a mailto receiver', async () => {
      const { pack } = await packWithBucket();
      const el = await signup(pack, 'back-to-studies');
      await fillBackToStudies(el);
      const submitted = oneEvent(el, 'ontrack-submitted');
      await submit(el);
      expect((await submitted).detail.delivery).to.equal('email');
      const link = $<HTMLAnchorElement>(el, 'a.mailto');
      expect(link.href).to.match(/^mailto:east@example\.org\?subject=/);
      expect(decodeURIComponent(link.href)).to.include('Your first name: Saga');
      await waitUntil(() => active(el) === $(el, '.email'));
      await expect(el).to.be.accessible();
    });
  });

  it('loads its form from a content URL', async () => {
    const el = await fixture<OntrackSignup>(`<ontrack-signup src="${contentUrl({ body: 'signup' })}" trajectory="evening" lang="nl"></ontrack-signup>`);
    await waitForState(el, 'ready');
    expect($(el, '.heading').textContent).to.equal('Infoavond voor ouders');
  });

  it('is an editor error when the trajectory is not in the pack', async () => {
    const el = await fixture<OntrackSignup>(`<ontrack-signup src="${contentUrl({ body: 'signup' })}" trajectory="nope"></ontrack-signup>`);
    await waitForState(el, 'error');
  });
});
