/**
 * The suite every Ontrack widget passes: states, broken content, hostile
 * content, languages, right-to-left and narrow screens, with axe in each.
 * A widget's test file calls `runWidgetSuite({ tag, ... })`.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OntrackElement } from '../../src/core/ontrack-element.js';
import { contentUrl, hostileText, HOSTILE_STRINGS, makeHostile, requestCount, waitForState, type HostileOptions } from './helpers.js';

export interface WidgetSuiteOptions {
  /** The element's tag, e.g. `ontrack-testimonials`. */
  tag: string;
  /** Extra attributes that make the widget show the `ready` fixture (e.g. `trajectory="…"`). */
  attributes?: string;
  /** Fixture (in test/fixtures) with which the widget is ready. */
  ready: string;
  /** Fixture with which the widget has nothing to show. */
  empty: string;
  /** Loads a fixture as an object, for the hostile-content tests. */
  loadFixture: (name: string) => Promise<unknown>;
  /** Passed to `makeHostile`: lists whose items' `name` is an identifier (e.g. `['fields']`). */
  hostile?: HostileOptions;
}

export function runWidgetSuite(options: WidgetSuiteOptions): void {
  const { tag, attributes = '', ready, empty } = options;

  async function render(src: string, extra = '', inner = ''): Promise<OntrackElement> {
    const host = await fixture<HTMLElement>(
      `<div><${tag} src="${src}" ${attributes} ${extra}>${inner}</${tag}></div>`,
    );
    return host.firstElementChild as OntrackElement;
  }

  describe(`<${tag}>: shared widget suite`, () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    describe('states', () => {
      it('is ready with valid content, and accessible', async () => {
        const el = await render(contentUrl({ body: ready }));
        await waitForState(el, 'ready');
        expect(el.state).to.equal('ready');
        await expect(el).to.be.accessible();
      });

      it('shows a loading message while content is on its way, and is accessible', async () => {
        const el = await render(contentUrl({ body: ready, delay: 1500 }));
        expect(el.getAttribute('state')).to.equal('loading');
        const loading = el.shadowRoot!.querySelector('[part="loading"]');
        expect(loading, 'loading message').to.exist;
        expect(loading!.textContent!.trim()).not.to.equal('');
        await expect(el).to.be.accessible();
      });

      it('explains when there is nothing to show, announces it, and is accessible', async () => {
        const el = await render(contentUrl({ body: empty }));
        await waitForState(el, 'empty');
        const notice = el.shadowRoot!.querySelector('[part="empty"]');
        expect(notice!.textContent!.trim().length).to.be.greaterThan(10);
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(notice!.textContent);
        await expect(el).to.be.accessible();
      });

      it('re-renders in another interface language when its lang changes', async () => {
        const el = await render(contentUrl({ body: empty }), 'lang="en"');
        await waitForState(el, 'empty');
        const english = el.shadowRoot!.querySelector('[part="empty"]')!.textContent;
        el.lang = 'nl';
        await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'nl');
        const dutch = el.shadowRoot!.querySelector('[part="empty"]')!.textContent;
        expect(dutch).not.to.equal(english);
      });

      it('keeps the light-DOM fallback hidden while loading and when there is nothing to show', async () => {
        const fallback = '<a href="/stories.html">Read the stories</a>';
        const loading = await render(contentUrl({ body: ready, delay: 1500 }), '', fallback);
        expect(loading.getAttribute('state')).to.equal('loading');
        expect(loading.querySelector('a')!.getBoundingClientRect().height, 'hidden while loading').to.equal(0);
        const nothing = await render(contentUrl({ body: empty }), '', fallback);
        await waitForState(nothing, 'empty');
        expect(nothing.querySelector('a')!.getBoundingClientRect().height, 'hidden when empty').to.equal(0);
      });

      it('follows the nearest ancestor with a lang', async () => {
        const host = await fixture<HTMLElement>(
          `<section lang="fi"><div><${tag} src="${contentUrl({ body: empty })}" ${attributes}></${tag}></div></section>`,
        );
        const el = host.querySelector(tag) as OntrackElement;
        await waitForState(el, 'empty');
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fi');
        host.setAttribute('lang', 'sv');
        await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'sv');
      });
    });

    describe('broken content gives state="error" and a clear message', () => {
      // What the visitor reads for each kind of failure, and whether trying again can help.
      const MISTAKE = /contains a mistake\. The website editor can fix it\./;
      const NOT_FOUND = /could not be found/;
      const TOO_SLOW = /taking too long to load/;
      const OFFLINE = /Check your internet connection/;
      const cases: [string, Record<string, string | number>, string, RegExp, RegExp, boolean][] = [
        ['invalid JSON', { raw: '{"version": 1, "publisher": ' }, '', /not valid JSON/, MISTAKE, false],
        ['wrong types', { raw: '{"version":1,"publisher":{"name":{"en":"X"}},"defaultLanguage":42}' }, '', /defaultLanguage: expected text, got a number/, MISTAKE, false],
        ['missing fields', { raw: '{"version":1,"defaultLanguage":"en"}' }, '', /publisher: expected an object, it is missing/, MISTAKE, false],
        ['a 404', { status: 404 }, '', /404/, NOT_FOUND, true],
        ['a timeout', { body: ready, delay: 3000 }, 'timeout="300"', /within 300 ms/, TOO_SLOW, true],
        ['an oversized document', { body: ready, bytes: 20000 }, 'max-bytes="4000"', /larger than the limit of 4000 bytes/, MISTAKE, false],
      ];

      async function expectError(el: OntrackElement, detail: RegExp, message: RegExp, retry: boolean) {
        await waitForState(el, 'error');
        const notice = el.shadowRoot!.querySelector('[part="error"]')!;
        const visitor = notice.querySelector('p')!.textContent!.trim();
        expect(visitor, 'visitor message').to.match(message);
        expect(notice.querySelector('details')!.textContent).to.match(detail);
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim(), 'announced').to.equal(visitor);
        expect(notice.querySelector('button') !== null, 'a "Try again" button').to.equal(retry);
      }

      for (const [name, query, extra, detail, message, retry] of cases) {
        it(`on ${name}`, async () => {
          const el = await render(contentUrl(query), `${extra} lang="en"`);
          await expectError(el, detail, message, retry);
          await expect(el).to.be.accessible();
        });
      }

      it('when offline (connection refused), and loads when given another address', async () => {
        const el = await render('http://127.0.0.1:9/content.json', 'lang="en"');
        await expectError(el, /Could not reach/, OFFLINE, true);
        el.src = contentUrl({ body: ready });
        await waitForState(el, 'ready');
      });

      it('with a "Try again" button that asks the server again', async () => {
        const src = contentUrl({ body: ready, fail: 1 });
        const el = await render(src, 'lang="en"');
        await expectError(el, /answered 503/, /could not deliver/, true);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
        await waitForState(el, 'ready');
        expect(await requestCount(src)).to.equal(2);
      });

      it('and shows the light-DOM fallback the page gave', async () => {
        const el = await render(contentUrl({ status: 404 }), '', '<a href="/stories.html">Read the stories</a>');
        await waitForState(el, 'error');
        const fallback = el.shadowRoot!.querySelector<HTMLElement>('[part="fallback"]')!;
        expect(fallback.hidden).to.equal(false);
        const slot = fallback.querySelector('slot')!;
        expect(slot.assignedElements()[0].textContent).to.equal('Read the stories');
        expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      });

      it('but hides the fallback when content loads', async () => {
        const el = await render(contentUrl({ body: ready }), '', '<a href="/stories.html">Read the stories</a>');
        await waitForState(el, 'ready');
        expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
      });
    });

    describe('hostile content', () => {
      for (const payload of HOSTILE_STRINGS) {
        it(`shows ${JSON.stringify(payload.slice(0, 24))} as inert text`, async () => {
          const pack = makeHostile(await options.loadFixture(ready), payload, false, options.hostile);
          const el = document.createElement(tag) as OntrackElement;
          for (const attr of attributes.match(/[\w-]+="[^"]*"/g) ?? []) {
            const [, name, value] = /([\w-]+)="([^"]*)"/.exec(attr)!;
            el.setAttribute(name, value);
          }
          el.pack = pack as OntrackElement['pack'];
          (await fixture<HTMLElement>('<div></div>')).append(el);
          await waitForState(el, 'ready');
          const root = el.shadowRoot!;
          expect(hostileText(root)).to.include(payload);
          expect(root.querySelectorAll('script, iframe, object, embed, [onerror], [onclick]').length).to.equal(0);
          expect(root.querySelectorAll('img:not([part="photo"]):not(.poster)').length).to.equal(0);
          for (const a of root.querySelectorAll('a[href]')) {
            expect(a.getAttribute('href')).not.to.match(/^\s*javascript:/i);
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect((window as { __ontrackPwned?: unknown }).__ontrackPwned).to.equal(undefined);
        });
      }

      it('refuses javascript: addresses: the item is left out and reported, never a link', async () => {
        const pack = makeHostile(await options.loadFixture(ready), 'javascript:window.__ontrackPwned=1', true, options.hostile);
        const el = document.createElement(tag) as OntrackElement;
        for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name, value);
        el.pack = pack as OntrackElement['pack'];
        let problems = '';
        el.addEventListener('ontrack-problems', (e) => (problems = e.detail.problems.map((p) => p.message).join('\n')));
        (await fixture<HTMLElement>('<div></div>')).append(el);
        await waitUntil(() => ['ready', 'error', 'empty'].includes(el.getAttribute('state') ?? ''), 'a settled state');
        const told = el.getAttribute('state') === 'error' ? el.shadowRoot!.querySelector('[part="error"] details')!.textContent! : problems;
        expect(told).to.match(/must be an (https, http, mailto or tel|https or http) address/);
        for (const node of el.shadowRoot!.querySelectorAll('[href], [src]')) {
          expect(node.getAttribute('href') ?? node.getAttribute('src')).not.to.match(/^\s*javascript:/i);
        }
      });
    });

    describe('layout and direction', () => {
      it('turns right-to-left in Arabic, and stays accessible', async () => {
        const el = await render(contentUrl({ body: ready }), 'lang="ar"');
        await waitForState(el, 'ready');
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(base).direction).to.equal('rtl');
        await expect(el).to.be.accessible();
      });

      it('fits a 320 px wide screen without sideways scrolling, and stays accessible', async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await render(contentUrl({ body: ready }));
        await waitForState(el, 'ready');
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(
          Math.ceil(el.getBoundingClientRect().width),
        );
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      });
    });
  });
}
