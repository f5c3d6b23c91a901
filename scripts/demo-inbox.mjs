// The demo inbox's sign-ups as its coordinator reads them (through the inbox
// API of a running demo server), for the demo checks.
export const DEMO_ACCOUNT = { name: 'demo', password: 'ontrack-demo-inbox' };

/** Signs in as the demo coordinator at `base` and answers every sign-up it sees. */
export async function demoInboxSignups(base) {
  const login = await fetch(new URL('/inbox/api/login', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ACCOUNT),
  });
  if (!login.ok) throw new Error(`demo inbox: sign-in answered ${login.status}`);
  const cookie = String(login.headers.get('set-cookie')).split(';')[0];
  const list = await fetch(new URL('/inbox/api/signups', base), { headers: { cookie } });
  return (await list.json()).signups;
}
