/**
 * Property-based tests: hostile strings in every field of generated content
 * packs. Whatever the content says, nothing executes, nothing is injected,
 * no widget throws or hangs, and only https/http/mailto/tel addresses pass.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/widgets/testimonials/define.js';
import '../src/widgets/signup/define.js';
import '../src/widgets/practice-library/define.js';
import '../src/widgets/study-explorer/define.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';
import { linkUrl, mediaUrl } from '../src/content/schema/common.js';
import { safeMediaUrl, safeUrl } from '../src/core/url.js';
import { HOSTILE_STRINGS, loadFixture } from './shared/helpers.js';

/** Strings built from the pieces markup and script injection are made of. */
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc
    .array(
      fc.constantFrom('<', '>', '"', "'", '&', '/', '=', ' ', 'script', 'img', 'onerror', 'javascript:', 'window.__ontrackPwned=1', '${', '}', '`', '\u202e', '\u0000', 'a'),
      { minLength: 1, maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

/** Puts generated strings into every string leaf of `data`, except `keep(path)`. */
function fill(data: unknown, strings: string[], keep: (key: string) => boolean): unknown {
  let i = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return keep(key) ? value : strings[i++ % strings.length];
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(data, '');
}

const pwned = () => (window as { __ontrackPwned?: unknown }).__ontrackPwned;

async function settle(el: OntrackElement): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const state = el.getAttribute('state');
    if (state === 'ready' || state === 'error' || state === 'empty') return state;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return el.getAttribute('state') ?? 'none';
}

function injected(root: ShadowRoot): string[] {
  const bad: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (['script', 'iframe', 'object', 'embed'].includes(el.localName) && !el.classList.contains('player')) bad.push(el.localName);
    for (const attribute of el.attributes) {
      if (attribute.name.startsWith('on')) bad.push(`${el.localName}[${attribute.name}]`);
      if (['href', 'src', 'action'].includes(attribute.name) && /^\s*javascript:/i.test(attribute.value)) bad.push(`${el.localName}[${attribute.name}=javascript:]`);
    }
  }
  return bad;
}

const WIDGETS = [
  { tag: 'ontrack-testimonials', attributes: { layout: 'grid' }, fixture: 'pack' },
  { tag: 'ontrack-testimonials', attributes: { layout: 'carousel' }, fixture: 'pack' },
  { tag: 'ontrack-signup', attributes: { trajectory: 'evening' }, fixture: 'signup' },
  { tag: 'ontrack-practice', attributes: { practice: 'antwerp-network' }, fixture: 'practices' },
  { tag: 'ontrack-practice-library', attributes: {}, fixture: 'practices' },
  { tag: 'ontrack-study-explorer', attributes: {}, fixture: 'explorer' },
];

describe('hostile content, generated', () => {
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  for (const { tag, attributes, fixture: name } of WIDGETS) {
    it(`<${tag} ${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')}>: every string hostile, nothing runs or is injected`, async () => {
      const base = await loadFixture(name);
      const host = await fixture<HTMLElement>('<div></div>');
      await fc.assert(
        fc.asyncProperty(fc.array(hostileString, { minLength: 1, maxLength: 8 }), fc.boolean(), async (strings, keepStructure) => {
          // keepStructure: ids, codes and dates stay valid, so the widget renders the hostile texts;
          // otherwise every string is hostile and the widget must refuse the content with an error.
          const keep = (key: string) =>
            keepStructure && /^(id|version|type|defaultLanguage|until|given|by|start|end|deadline|name|trajectory|value|src|url|embed|file|poster|address|audience|tags|email|country|intensity|funding|classification|schoolLevels|interventionLevels|evidence|machineTranslated|domain|track|levels|practice|system)$/.test(key);
          const pack = fill(base, strings, keep);
          const el = document.createElement(tag) as OntrackElement;
          for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
          el.pack = pack as OntrackElement['pack'];
          host.replaceChildren(el);
          const state = await settle(el);
          if (keepStructure) {
            expect(state, `<${tag}> renders hostile texts as text`).to.equal('ready');
            const text = el.shadowRoot!.textContent ?? '';
            expect(strings.some((string) => text.includes(string)), 'a hostile text is shown as text').to.equal(true);
          } else expect(['ready', 'error', 'empty'], `state of <${tag}>`).to.include(state);
          expect(injected(el.shadowRoot!)).to.deep.equal([]);
          expect(pwned()).to.equal(undefined);
        }),
        { numRuns: 30, seed: 20261122 },
      );
      expect(errors, 'uncaught errors').to.deep.equal([]);
    });
  }
});

describe('addresses from content', () => {
  // The allowlists are written out here, and protocols found with the platform's URL parser,
  // so that a change to the library's own lists or parsing shows up as a failure.
  const LINKS = ['https:', 'http:', 'mailto:', 'tel:'];
  const MEDIA = ['https:', 'http:'];
  const protocol = (value: string) => {
    try {
      return new URL(value, 'https://city.example/content.json').protocol;
    } catch {
      return '';
    }
  };
  const scheme = fc.constantFrom('https:', 'http:', 'mailto:', 'tel:', 'javascript:', 'JaVaScRiPt:', ' javascript:', 'data:', 'vbscript:', 'file:', 'blob:', 'ftp:', '', '//');
  const address = fc.tuple(scheme, fc.constantFrom('//example.org/a', 'alert(1)', 'info@example.org', '+3212345', '/x.jpg', '%0ajavascript:alert(1)')).map(([s, rest]) => `${s}${rest}`);

  it('only https, http, mailto and tel links pass the schema and the renderer', () => {
    fc.assert(
      fc.property(address, (value) => {
        const allowed = LINKS.includes(protocol(value));
        expect(linkUrl.safeParse(value).success, value).to.equal(allowed);
        const rendered = safeUrl(value, 'https://city.example/content.json');
        if (rendered !== undefined) expect(LINKS).to.include(new URL(rendered).protocol);
        expect(rendered !== undefined, value).to.equal(allowed);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('only https and http media pass', () => {
    fc.assert(
      fc.property(address, (value) => {
        const allowed = MEDIA.includes(protocol(value));
        expect(mediaUrl.safeParse(value).success, value).to.equal(allowed);
        expect(safeMediaUrl(value, 'https://city.example/content.json') !== undefined, value).to.equal(allowed);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
