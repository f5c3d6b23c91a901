// The coordinator's inbox in Chromium, against a fake of its API in the page
// (the real API is tested in Node; scripts/check-demo-inbox.mjs runs both
// together): sign in with the keyboard, filter, open, act, erase with a
// second confirmation, switch language, and axe in each state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/inbox/main.js';
import type { OntrackInbox } from '../src/inbox/inbox-app.js';
import { setLocale } from '../src/inbox/locale.js';

type Call = { method: string; path: string; csrf: string | null; body?: unknown };

function fakeApi() {
  const calls: Call[] = [];
  let signedIn = false;
  const signups = [
    { id: 'a1', key: 'k-a1', trajectory: 'evening', municipality: null, session: 'small', status: 'new', position: null, receivedAt: '2027-01-02T10:00:00Z', submission: { answers: { name: 'Alex Example', email: 'alex@example.org' } } },
    { id: 'b2', key: 'k-b2', trajectory: 'evening', municipality: null, session: 'small', status: 'waitlist', position: 1, receivedAt: '2027-01-02T11:00:00Z', submission: { answers: { name: 'Bo Example', email: 'bo@example.org' } } },
  ];
  const me = {
    name: 'coordinator',
    csrf: 'token-123',
    trajectories: [{ id: 'evening', title: { en: 'Information evening', nl: 'Infoavond' }, municipalities: [], sessions: [{ id: 'small', start: '2099-02-03T19:00:00+01:00', capacity: 3 }], fields: [{ name: 'name', label: { en: 'Name', nl: 'Naam' }, type: 'text' }, { name: 'email', label: { en: 'E-mail' }, type: 'email' }] }],
  };
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    if (!url.pathname.startsWith('/inbox/api')) return original(input, init);
    const path = url.pathname.slice('/inbox/api'.length);
    const method = init.method ?? 'GET';
    const csrf = new Headers(init.headers).get('x-csrf-token');
    calls.push({ method, path: path + url.search, csrf, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (path === '/login') {
      const { password } = JSON.parse(String(init.body));
      if (password !== 'right password') return json(401, { error: 'wrong' });
      signedIn = true;
      return json(200, { csrf: me.csrf });
    }
    if (!signedIn) return json(401, { error: 'sign-in' });
    if (path === '/me') return json(200, me);
    if (path === '/signups') {
      const status = url.searchParams.get('status');
      return json(200, { signups: signups.filter((s) => !status || s.status === status) });
    }
    const action = /^\/signups\/(\w+)\/(\w+)$/.exec(path);
    if (action && method === 'POST') {
      const s = signups.find((x) => x.id === action[1])!;
      s.status = { contacted: 'contacted', promote: 'new', accept: 'new', cancel: 'cancelled' }[action[2]]!;
      s.position = null;
      return json(200, s);
    }
    const erase = /^\/signups\/(\w+)$/.exec(path);
    if (erase && method === 'DELETE') {
      signups.splice(signups.findIndex((x) => x.id === erase[1]), 1);
      return json(200, { erased: true });
    }
    return json(404, { error: 'not-found' });
  };
  return { calls, signups, restore: () => (window.fetch = original) };
}

const shadow = (el: OntrackInbox) => el.shadowRoot!;
const active = (el: OntrackInbox) => shadow(el).activeElement as HTMLElement | null;
async function press(key: string, times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

describe('<ontrack-inbox>', () => {
  let api: ReturnType<typeof fakeApi>;
  beforeEach(async () => {
    localStorage.removeItem('ontrack-inbox-language');
    await setLocale('en');
    api = fakeApi();
  });
  afterEach(() => api.restore());

  async function signIn(password = 'right password') {
    const el = await fixture<OntrackInbox>(html`<ontrack-inbox></ontrack-inbox>`);
    await waitUntil(() => shadow(el).querySelector('#name'), 'the sign-in form');
    await expect(el).to.be.accessible();
    (shadow(el).querySelector('#name') as HTMLInputElement).focus();
    await sendKeys({ type: 'coordinator' });
    await press('Tab');
    await sendKeys({ type: password });
    await press('Enter');
    return el;
  }

  it('refuses a wrong password with a message, and keeps focus in the form', async () => {
    const el = await signIn('wrong');
    await waitUntil(() => shadow(el).querySelector('[role="alert"]')?.textContent?.trim(), 'the problem is shown');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('name or password is not right');
    expect(active(el)?.id).to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('signs in with the keyboard and lists the sign-ups, focus on the heading', async () => {
    const el = await signIn();
    await waitUntil(() => shadow(el).querySelectorAll('button.row').length === 2, 'two rows');
    expect(active(el)?.localName).to.equal('h1');
    expect(shadow(el).querySelector('.count')!.textContent).to.contain('2 sign-up(s)');
    expect(shadow(el).querySelector<HTMLAnchorElement>('a.export')!.getAttribute('href')).to.equal('/inbox/api/export.csv?trajectory=evening');
    await expect(el).to.be.accessible();
  });

  it('filters by status, opens a sign-up, moves it off the waiting list, with the CSRF token', async () => {
    const el = await signIn();
    await waitUntil(() => shadow(el).querySelectorAll('button.row').length === 2);
    const status = shadow(el).querySelector<HTMLSelectElement>('#f-status')!;
    status.value = 'waitlist';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shadow(el).querySelectorAll('button.row').length === 1, 'only the waiting list');
    expect(api.calls.some((c) => c.path === '/signups?trajectory=evening&status=waitlist')).to.be.true;
    shadow(el).querySelector<HTMLButtonElement>('button.row')!.focus();
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#detail-title'), 'the detail');
    expect(active(el)?.id).to.equal('detail-title');
    expect(shadow(el).querySelector('dl')!.textContent).to.contain('bo@example.org');
    await expect(el).to.be.accessible();
    const promote = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Move into a free place'))!;
    promote.focus();
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.notice')!.textContent!.includes('New'), 'saved notice');
    const call = api.calls.find((c) => c.path === '/signups/b2/promote')!;
    expect(call.method).to.equal('POST');
    expect(call.csrf).to.equal('token-123');
    await expect(el).to.be.accessible();
  });

  it('deletes a person only after a second confirmation, then returns to the list', async () => {
    const el = await signIn();
    await waitUntil(() => shadow(el).querySelectorAll('button.row').length === 2);
    shadow(el).querySelector<HTMLButtonElement>('button.row[data-id="a1"]')!.click();
    await waitUntil(() => shadow(el).querySelector('button.erase'));
    shadow(el).querySelector<HTMLButtonElement>('button.erase')!.focus();
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.confirm'), 'asked to confirm');
    expect(api.calls.some((c) => c.method === 'DELETE')).to.be.false;
    expect(active(el)?.textContent).to.contain('Yes, delete for good');
    await expect(el).to.be.accessible();
    await press('Enter');
    await waitUntil(() => shadow(el).querySelectorAll('button.row').length === 1, 'one left');
    expect(api.calls.find((c) => c.method === 'DELETE')!.csrf).to.equal('token-123');
    expect(shadow(el).querySelector('.notice')!.textContent).to.contain('has been deleted');
    expect(active(el)?.localName).to.equal('h1');
  });

  it('speaks Dutch when chosen, content titles included', async () => {
    const el = await signIn();
    await waitUntil(() => shadow(el).querySelectorAll('button.row').length === 2);
    const language = shadow(el).querySelector<HTMLSelectElement>('#language')!;
    language.value = 'nl';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shadow(el).querySelector('h1')!.textContent === 'Aanmeldingen', 'Dutch heading');
    expect(shadow(el).querySelector('#f-trajectory option')!.textContent).to.equal('Infoavond');
    expect(document.documentElement.lang).to.equal('nl');
    await expect(el).to.be.accessible();
    await setLocale('en');
    document.documentElement.lang = 'en';
  });
});
