// One "tab" of the delivery soak test: a page with one sign-up form. `?nolocks`
// hides Web Locks, as on a plain http site; `?run=` picks the receiver run.
const query = new URLSearchParams(location.search);
if (query.has('nolocks')) Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
await import('../../src/widgets/signup/define.js');
const el = document.createElement('ontrack-signup');
el.setAttribute('trajectory', query.get('trajectory') ?? 'soak');
el.setAttribute('min-fill-seconds', '0');
el.setAttribute('retry-delay', query.get('retry') ?? '100');
el.setAttribute('lang', 'en');
el.setAttribute('src', query.get('src') ?? `/soak-api/content?run=${encodeURIComponent(query.get('run') ?? 'default')}`);
document.body.append(el);
export {};
