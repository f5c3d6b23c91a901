/**
 * Every sign-up reaches a person exactly once, or the visitor is told plainly:
 * one test per way the old form lost sign-ups, each with a fake receiver.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/signup/define.js';
import type { OntrackSignup } from '../src/widgets/signup/signup.js';
import { $, control, fault, fillSchool, outboxText, packWithBucket, receiverCount, signup, submit, type, type Pack, fillBackToStudies } from './shared/signup.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shown = (el: OntrackSignup, selector: string) => waitUntil(() => el.shadowRoot!.querySelector(selector), `${selector} shown`, { timeout: 6000 });
const absolute = (url: string) => new URL(url, location.href).href;

/** An unsent entry as the outbox stores it. */
function entry(key: string, form: string, url: string, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    v: 1, key, form, url: absolute(url), state: 'pending', attempts: 1, nextAttemptAt: now, baseDelay: 100,
    keepMs: 72 * 3_600_000, ageMs: 0, seenAt: now, createdAt: now,
    body: { trajectory: form, answers: { school: `School ${key}`, email: 'a@example.org', level: 'whole', consent: true }, language: 'en' },
    values: { 'answers.school': `School ${key}` },
    ...extra,
  };
}

/** A same-origin iframe: a second tab that shares this page's storage and locks. */
async function tab(query: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/scripts/bench/soak-tab.html?${new URLSearchParams(query)}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('ontrack-signup')?.getAttribute('state') === 'ready', 'tab ready', { timeout: 8000 });
  return frame;
}

describe('<ontrack-signup> delivery', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('2: storage that fails is told truthfully, the draft stays, and the open tab keeps trying', async () => {
    const { pack, bucket } = await packWithBucket();
    await fault(bucket, 'fail=503&times=1');
    const el = await signup(pack);
    await fillSchool(el);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('ontrack-signup:outbox:')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
    try {
      await submit(el);
      await shown(el, '[part="queued"]');
      expect($(el, '[part="queued"]').textContent).to.include('not saved on this device');
      expect($(el, '[part="queued"]').textContent).not.to.include('is saved');
      expect(localStorage.getItem('ontrack-signup:draft:school-climate'), 'the draft that fit is kept').to.include('Atheneum North');
      await expect(el).to.be.accessible();
      await shown(el, '[part="confirmation"]');
      expect((await receiverCount(bucket)).records).to.equal(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('2: blocked storage says so in the device note', async () => {
    const { pack } = await packWithBucket();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await signup(pack);
      await type(el, 'answers.school', 'A');
      expect($(el, '[part="device-note"]').textContent).to.include('does not let this device keep your answers');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  for (const [name, query] of [
    ['a 200 HTML page', 'fail=200&type=text/html&body=<h1>Welcome</h1>'],
    ['a 200 JSON without the key', 'fail=200&body={"ok":true}'],
    ['a 302 to a login page', 'fail=302&location=/login'],
    ['a 307 elsewhere', 'fail=307&location=/elsewhere'],
    ['a 404', 'fail=404'],
    ['a 401', 'fail=401'],
    ['a 413', 'fail=413'],
    ['a 422 without field errors', 'fail=422&body={"error":"key-reused"}'],
  ] as const) {
    it(`3: ${name} is no receipt: not "thank you", the answers kept, other ways offered, the editor told`, async () => {
      const { pack, bucket } = await packWithBucket();
      await fault(bucket, query);
      const el = await signup(pack);
      await fillSchool(el);
      const problem = oneEvent(el, 'ontrack-delivery-problem');
      await submit(el);
      await shown(el, '[part="problem"]');
      expect((await problem).detail.trajectory).to.equal('school-climate');
      const text = $(el, '[part="problem"]').textContent!;
      expect(text).to.include('cannot send sign-ups right now');
      expect(text).not.to.include('Thank you');
      expect(text).not.to.include('check these answers');
      const mail = $<HTMLAnchorElement>(el, 'a.contact-email');
      expect(mail.href).to.match(/^mailto:coaching@example\.org\?subject=/);
      expect(decodeURIComponent(mail.href)).to.include('Name of the school: Atheneum North');
      expect(outboxText()).to.include('Atheneum North');
      await expect(el).to.be.accessible();
      // Fixed on the server: the visitor tries again and it arrives.
      $<HTMLButtonElement>(el, '.problem .retry').click();
      await shown(el, '[part="confirmation"]');
      expect((await receiverCount(bucket)).records).to.equal(1);
    });
  }

  it('4: a refusal while only another form is on the page leaves that form\'s answers alone', async () => {
    const { pack, bucket } = await packWithBucket();
    await fault(bucket, 'fail=422&body={"errors":{"answers.email":"email"}}');
    localStorage.setItem('ontrack-signup:outbox:other', JSON.stringify(entry('other', 'school-climate', `/api/signups?bucket=${bucket}`)));
    const el = await signup(pack, 'evening');
    window.dispatchEvent(new Event('online'));
    await waitUntil(async () => (await receiverCount(bucket)).requests > 0, 'sent');
    await sleep(100);
    expect(el.shadowRoot!.querySelector('form'), 'the evening form is untouched').to.exist;
    expect(localStorage.getItem('ontrack-signup:outbox:other'), 'kept for its own form').to.include('School other');
    el.remove();
    const own = await signup(pack, 'school-climate');
    await shown(own, '[part="error-summary"]');
    expect(control(own, 'answers.school').value).to.equal('School other');
    expect(control(own, 'answers.email').getAttribute('aria-invalid')).to.equal('true');
    expect(localStorage.getItem('ontrack-signup:outbox:other'), 'now in the draft instead').to.equal(null);
  });

  it('5: two tabs that restore one draft send two sign-ups with two keys', async () => {
    const { pack, bucket } = await packWithBucket();
    const first = await signup(pack);
    await fillSchool(first);
    const second = await signup(pack);
    expect(control(second, 'answers.school').value, 'both restored the draft').to.equal('Atheneum North');
    await submit(first);
    await shown(first, '[part="confirmation"]');
    await type(second, 'answers.email', 'x');
    await submit(second);
    await shown(second, '[part="confirmation"]');
    const count = await receiverCount(bucket);
    expect(count.records).to.equal(2);
    expect(new Set(count.keys).size).to.equal(2);
  });

  it('6: a tab closed during "Sending…" leaves the sign-up in the outbox, and the next page sends it with the same key', async () => {
    const run = `close-${Date.now()}`;
    await fetch(`/soak-api/start?run=${run}&chaos=0&delay=600`);
    const frame = await tab({ run });
    const el = frame.contentDocument!.querySelector('ontrack-signup') as OntrackSignup;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[data-path="answers.name"]')!;
    input.value = 'Closed tab';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice-line')!.textContent).to.include('Sending');
    frame.remove();
    expect(outboxText()).to.include('Closed tab');
    // The next page (here, or this test page, which runs an outbox too) sends it.
    await tab({ run });
    await waitUntil(() => outboxText().includes('"delivered"'), 'delivered', { timeout: 8000 });
    const report = (await (await fetch(`/soak-api/report?run=${run}`)).json()) as { stored: number; people: Record<string, number> };
    expect(report.people).to.deep.equal({ 'Closed tab': 1 });
  });

  it('6: without Web Locks, two tabs with one unsent sign-up post it once', async () => {
    const { bucket } = await packWithBucket();
    await fault(bucket, 'delay=400');
    localStorage.setItem('ontrack-signup:outbox:shared', JSON.stringify(entry('shared', 'school-climate', `/api/signups?bucket=${bucket}`)));
    const src = '/test/fixtures/signup.json';
    // This test page runs an outbox too: a third tab, also without Web Locks.
    Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
    try {
      await Promise.all([tab({ nolocks: '1', src, trajectory: 'evening' }), tab({ nolocks: '1', src, trajectory: 'evening' })]);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => localStorage.getItem('ontrack-signup:outbox:shared')?.includes('"delivered"'), 'delivered', { timeout: 8000 });
      await sleep(300);
      expect((await receiverCount(bucket)).requestKeys).to.deep.equal(['shared']);
    } finally {
      delete (navigator as { locks?: unknown }).locks;
    }
  });

  it('7: a queued sign-up shows until when it is kept; a clock set back neither deletes it nor delays it', async () => {
    const { pack, bucket } = await packWithBucket();
    await fault(bucket, 'down=1');
    const el = await signup(pack);
    await fillSchool(el);
    await submit(el);
    await shown(el, '[part="queued"]');
    const year = new Date(Date.now() + 72 * 3_600_000).getFullYear();
    expect($(el, '[part="queued"]').textContent).to.match(/kept on this device until .*\d{4}/);
    expect($(el, '[part="queued"]').textContent).to.include(String(year));
    el.remove();
    const realNow = Date.now;
    Date.now = () => realNow() - 30 * 24 * 3_600_000; // the laptop's clock goes back a month
    try {
      await fault(bucket, 'down=0');
      const again = await signup(pack);
      window.dispatchEvent(new Event('online'));
      await shown(again, '[part="confirmation"]');
      expect((await receiverCount(bucket)).records).to.equal(1);
    } finally {
      Date.now = realNow;
    }
  });

  it('7: a sign-up stored under a clock set weeks ahead is not kept beyond its limit', async () => {
    const { pack, bucket } = await packWithBucket();
    await fault(bucket, 'down=1');
    const weeks = 3 * 7 * 24 * 3_600_000;
    localStorage.setItem(
      'ontrack-signup:outbox:ahead',
      JSON.stringify(entry('ahead', 'school-climate', `/api/signups?bucket=${bucket}`, { seenAt: Date.now() + weeks, nextAttemptAt: Date.now() + weeks, ageMs: 71 * 3_600_000 })),
    );
    const el = await signup(pack);
    await shown(el, '[part="queued"]');
    const text = $(el, '[part="queued"]').textContent!;
    const inAnHour = new Date(Date.now() + 3_600_000).getDate();
    expect(text, 'kept about one more hour, not weeks').to.include(String(inAnHour));
    await fault(bucket, 'down=0');
    window.dispatchEvent(new Event('online'));
    await shown(el, '[part="confirmation"]');
  });

  it('also: Retry-After is honoured, and a 409 is retried, not refused', async () => {
    const { pack, bucket } = await packWithBucket();
    await fault(bucket, 'fail=429&retryAfter=2&times=1');
    await fault(bucket, 'fail=409&retryAfter=1&body={"error":"in-progress"}&times=1');
    const el = await signup(pack);
    await fillSchool(el);
    const started = Date.now();
    await submit(el);
    await shown(el, '[part="queued"]');
    await shown(el, '[part="confirmation"]');
    expect(Date.now() - started, 'waited 2 s, then 1 s').to.be.greaterThan(2900);
    const count = await receiverCount(bucket);
    expect(count.requests).to.equal(3);
    expect(count.records).to.equal(1);
  });

  it('also: the form is read-only while sending, so nothing typed is dropped', async () => {
    const { pack, bucket } = await packWithBucket();
    await fault(bucket, 'delay=800');
    const el = await signup(pack);
    await fillSchool(el);
    await submit(el);
    const school = control(el, 'answers.school');
    expect(school.readOnly).to.equal(true);
    school.focus();
    await sendKeys({ type: ' late edit' });
    expect(school.value).to.equal('Atheneum North');
    await shown(el, '[part="confirmation"]');
    expect(JSON.stringify((await receiverCount(bucket)).submissions)).not.to.include('late edit');
  });

  it('also: corrupt stored data is skipped with a warning and never blocks the widget', async () => {
    const { pack } = await packWithBucket();
    localStorage.setItem('ontrack-signup:outbox:broken', '{not json');
    localStorage.setItem('ontrack-signup:outbox:odd', JSON.stringify({ v: 1, key: 'odd' }));
    localStorage.setItem('ontrack-signup:draft:school-climate', '[1,2');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await signup(pack);
      expect(el.shadowRoot!.querySelector('form')).to.exist;
      expect(warnings.some((w) => w.includes('ontrack-signup:outbox:broken'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('also: a receiver address that is not https (or http on localhost) gets nothing', async () => {
    const { pack, bucket } = await packWithBucket();
    (pack as Pack).trajectories[0].receiver = { type: 'https', url: 'http://example.org/signups' };
    const el = await signup(pack);
    await fillSchool(el);
    await submit(el);
    await shown(el, '[part="problem"]');
    expect((await receiverCount(bucket)).requests).to.equal(0);
  });

  it('also: an e-mail address with ?bcc= never makes a mailto link with extra recipients', async () => {
    const { pack } = await packWithBucket();
    const back = (pack as Pack).trajectories.find((t) => t.id === 'back-to-studies')!;
    back.receivers![2].receiver = { type: 'mailto', address: 'intake@city.example?bcc=someone@else.example' } as never;
    const el = document.createElement('ontrack-signup');
    el.setAttribute('trajectory', 'back-to-studies');
    el.pack = pack as OntrackSignup['pack'];
    document.body.append(el);
    await waitUntil(() => ['ready', 'error', 'empty'].includes(el.getAttribute('state')!), 'settled');
    if (el.getAttribute('state') === 'ready') {
      await fillBackToStudies(el);
      await submit(el);
    }
    expect(el.shadowRoot!.innerHTML).not.to.include('bcc=someone');
    el.remove();
  });

  it('also: the body limit counts bytes, not characters', async () => {
    const { pack, bucket } = await packWithBucket();
    const el = await signup(pack);
    await fillSchool(el);
    const school = control(el, 'answers.school');
    school.value = '😀'.repeat(20_000); // 40,000 characters, 80,000 bytes
    school.dispatchEvent(new Event('input'));
    await submit(el);
    await shown(el, '[part="error-summary"]');
    expect((await receiverCount(bucket)).requests).to.equal(0);
  });
});
