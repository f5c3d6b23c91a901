/** The sign-up's words: in the widget's language wherever made, availability from the receiver, waiting list, age. */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/widgets/signup/define.js';
import { $, control, fault, packWithBucket, receiverCount, signup, submit, type, type Pack, fillBackToStudies } from './shared/signup.js';

const shown = (el: HTMLElement, selector: string) => waitUntil(() => el.shadowRoot!.querySelector(selector), `${selector} shown`, { timeout: 6000 });

describe('<ontrack-signup> texts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('writes a Swedish form\'s mailto subject and body in Swedish', async () => {
    const { pack } = await packWithBucket();
    const el = await signup(pack, 'back-to-studies', { lang: 'sv' });
    await fillBackToStudies(el);
    await submit(el);
    await shown(el, 'a.mailto');
    const href = decodeURIComponent($<HTMLAnchorElement>(el, 'a.mailto').href);
    const subject = href.slice(href.indexOf('subject=') + 8, href.indexOf('&body='));
    expect(subject).to.include('Tillbaka till studier');
    expect(subject).not.to.include('Sign-up');
    expect(href).to.include('Ditt förnamn: Saga');
    expect(href).to.include('Kommun: Östby');
    expect(href, 'lines end in CR LF').to.include('\r\n');
  });

  it('shows the receiver\'s places left, and sends a now-full session to the waiting list', async () => {
    const { pack, bucket } = await packWithBucket();
    await fault(bucket, `availability=${encodeURIComponent(JSON.stringify({ trajectory: 'evening', sessions: [{ id: 'full-one', placesLeft: 3 }, { id: 'open-one', placesLeft: 0 }] }))}`);
    const el = await signup(pack, 'evening');
    await waitUntil(() => el.shadowRoot!.querySelector('.session')?.textContent?.includes('3 places left'), 'the receiver\'s count');
    const sessions = [...el.shadowRoot!.querySelectorAll('.session')].map((s) => s.textContent!);
    expect(sessions[1]).to.include('Full: you can join the waiting list');
    $<HTMLInputElement>(el, '#c-session-open-one').click();
    await type(el, 'answers.name', 'Fatima');
    await type(el, 'answers.email', 'fatima@example.org');
    await submit(el);
    await shown(el, '[part="confirmation"]');
    expect((await receiverCount(bucket)).bodies[0]).to.deep.include({ session: 'open-one', waitlist: true });
  });

  it('keeps the content\'s counts when the receiver offers no availability', async () => {
    const { pack } = await packWithBucket();
    const el = await signup(pack, 'evening');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(el.shadowRoot!.querySelectorAll('.session')[1].textContent).to.include('1 place left');
  });

  it('a 201 with status "waitlist" shows the waiting-list confirmation with the position, and promises no e-mail', async () => {
    const { pack, bucket } = await packWithBucket();
    await fault(bucket, 'fail=201&body={"id":"$KEY","status":"waitlist","position":4}');
    const el = await signup(pack, 'evening');
    $<HTMLInputElement>(el, '#c-session-open-one').click();
    await type(el, 'answers.name', 'Fatima');
    await type(el, 'answers.email', 'fatima@example.org');
    await submit(el);
    await shown(el, '[part="confirmation"]');
    const text = $(el, '[part="confirmation"]').textContent!;
    expect(text).to.include('You are on the waiting list');
    expect(text).to.include('Your place on the waiting list: 4.');
    expect(text, 'not the confirmed-place text').not.to.include('reminder the day before');
    expect(el.shadowRoot!.querySelector('a.ics'), 'no date to put in a calendar yet').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the guardian step from the age answer instead of asking again', async () => {
    const { pack } = await packWithBucket();
    const back = (pack as Pack).trajectories.find((t) => t.id === 'back-to-studies')! as unknown as { fields: unknown[] };
    back.fields.push({ name: 'age', type: 'number', label: { en: 'Your age' }, required: true, min: 12, max: 30 });
    const el = await signup(pack, 'back-to-studies');
    expect(el.shadowRoot!.querySelector('#c-minor-yes'), 'asked while the age is unknown').to.exist;
    await type(el, 'answers.age', '15');
    expect(el.shadowRoot!.querySelector('#c-minor-yes'), 'not asked twice').to.equal(null);
    expect(control(el, 'guardian.name')).to.exist;
    control(el, 'answers.age').select();
    await type(el, 'answers.age', '17');
    expect(el.shadowRoot!.querySelector('[data-path="guardian.name"]')).to.equal(null);
    await fillBackToStudies(el, { municipality: 'north', adult: false });
    await submit(el);
    await shown(el, '[part="confirmation"]');
    const count = await receiverCount('north');
    expect(count.bodies.at(-1)).to.deep.include({ minor: false });
  });
});
