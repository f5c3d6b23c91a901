/**
 * Every widget in every interface language: translated, accessible, and
 * right-to-left in Arabic; the negotiation chain; the page-wide picker.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/testimonials/define.js';
import '../src/widgets/language-picker/define.js';
import '../src/widgets/signup/define.js';
import '../src/widgets/study-explorer/define.js';
import '../src/widgets/practice-library/define.js';
import type { OntrackLanguagePicker } from '../src/widgets/language-picker/language-picker.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';
import { setPreferredLanguage, supportedLocales } from '../src/core/locale.js';
import type { ContentPackInput } from '../src/content/schema.js';
import { contentUrl, loadFixture, waitForState } from './shared/helpers.js';

/** The widgets that load content: attributes and fixture that make them ready, and their English loading message. */
const WIDGETS: { tag: string; attributes: Record<string, string>; body: string; loading: string }[] = [
  { tag: 'ontrack-testimonials', attributes: { layout: 'carousel' }, body: 'pack', loading: 'Loading stories…' },
  { tag: 'ontrack-signup', attributes: { trajectory: 'evening' }, body: 'signup', loading: 'Loading the sign-up form…' },
  { tag: 'ontrack-study-explorer', attributes: {}, body: 'explorer', loading: 'Loading study options…' },
  { tag: 'ontrack-practice', attributes: { practice: 'antwerp-network' }, body: 'practices', loading: 'Loading the practice…' },
  { tag: 'ontrack-practice-library', attributes: {}, body: 'practices', loading: 'Loading practices…' },
];

const baseOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

afterEach(() => setPreferredLanguage(undefined));

describe('every widget in every interface language', () => {
  for (const { tag, attributes, body, loading: english } of WIDGETS) {
    for (const locale of supportedLocales) {
      it(`<${tag}> in ${locale}: translated, accessible${locale === 'ar' ? ', right-to-left' : ''}`, async () => {
        // The content arrives once the loading message was read: no fixed delay
        // to wait out (these tests run 140 times in each engine).
        let arrive!: (pack: ContentPackInput) => void;
        const made = document.createElement(tag) as OntrackElement;
        for (const [name, value] of Object.entries({ lang: locale, ...attributes })) made.setAttribute(name, value);
        made.pack = new Promise<ContentPackInput>((resolve) => (arrive = resolve));
        const el = await fixture<OntrackElement>(made);
        await waitUntil(() => el.shadowRoot?.querySelector('[part="loading"]'), 'loading message');
        const loading = el.shadowRoot!.querySelector('[part="loading"]')!.textContent!.trim();
        if (locale === 'en') expect(loading).to.equal(english);
        else expect(loading, `loading message in ${locale}`).not.to.equal(english);
        arrive((await loadFixture(body)) as ContentPackInput);
        await waitForState(el, 'ready');
        expect(baseOf(el).getAttribute('lang')).to.equal(locale);
        expect(baseOf(el).getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<ontrack-language-picker> in every interface language', () => {
  for (const locale of supportedLocales) {
    it(`in ${locale}: translated and accessible`, async () => {
      const picker = await fixture<OntrackLanguagePicker>(`<ontrack-language-picker lang="${locale}"></ontrack-language-picker>`);
      await waitUntil(() => baseOf(picker)?.getAttribute('lang') === locale);
      const label = picker.shadowRoot!.querySelector('label')!.textContent!.trim();
      if (locale === 'en') expect(label).to.equal('Language');
      else expect(label, `label in ${locale}`).not.to.equal('Language');
      expect(baseOf(picker).getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      await expect(picker).to.be.accessible();
    });
  }
});

describe('language negotiation', () => {
  const render = async (markup: string) => {
    const host = await fixture<HTMLElement>(markup);
    const el = host.matches('ontrack-testimonials') ? (host as OntrackElement) : host.querySelector<OntrackElement>('ontrack-testimonials')!;
    await waitForState(el, 'ready');
    return el;
  };

  it('takes the widget\'s own lang first', async () => {
    const el = await render(`<div lang="fi"><ontrack-testimonials lang="sv" src="${contentUrl()}"></ontrack-testimonials></div>`);
    expect(baseOf(el).lang).to.equal('sv');
  });

  it('falls back by region: nl-BE → nl, pt-BR → pt, no and nn → nb', async () => {
    for (const [tag, expected] of [['nl-BE', 'nl'], ['pt-BR', 'pt'], ['no', 'nb'], ['nn', 'nb']]) {
      const el = await render(`<ontrack-testimonials lang="${tag}" src="${contentUrl()}"></ontrack-testimonials>`);
      expect(baseOf(el).lang, tag).to.equal(expected);
    }
  });

  it('uses <html lang> when nothing nearer says', async () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.setAttribute('lang', 'pl');
    try {
      const el = await render(`<div><ontrack-testimonials src="${contentUrl()}"></ontrack-testimonials></div>`);
      expect(baseOf(el).lang).to.equal('pl');
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });

  it('falls back to the browser\'s languages, then English, for a language it does not have', async () => {
    // The browser's languages are set here: headless Chromium says English, which would hide a missing fallback.
    const browser = (languages: string[]) =>
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
    try {
      browser(['xx', 'sv-SE', 'fi']);
      const swedish = await render(`<ontrack-testimonials lang="zu" src="${contentUrl()}"></ontrack-testimonials>`);
      expect(baseOf(swedish).lang, 'the first browser language it has').to.equal('sv');
      browser(['xx', 'tlh']);
      const english = await render(`<ontrack-testimonials lang="zu" src="${contentUrl()}"></ontrack-testimonials>`);
      expect(baseOf(english).lang, 'none of them: English').to.equal('en');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
    expect(navigator.languages.length, 'the browser\'s own languages are back').to.be.greaterThan(0);
  });

  it('follows a change of its own lang inside another component\'s shadow root', async () => {
    // The document-wide observer does not see into shadow roots; the element must notice by itself.
    const host = await fixture<HTMLElement>('<div></div>');
    const el = document.createElement('ontrack-testimonials') as OntrackElement;
    el.setAttribute('lang', 'fi');
    el.setAttribute('src', contentUrl());
    host.attachShadow({ mode: 'open' }).append(el);
    await waitForState(el, 'ready');
    expect(baseOf(el).lang).to.equal('fi');
    el.setAttribute('lang', 'sv');
    await waitUntil(() => baseOf(el).lang === 'sv', 'the widget re-rendered in Swedish');
  });
});

describe('<ontrack-language-picker>', () => {
  it('lists languages in their own names and is accessible', async () => {
    const picker = await fixture<OntrackLanguagePicker>('<ontrack-language-picker lang="en"></ontrack-language-picker>');
    const options = [...picker.shadowRoot!.querySelectorAll('option')];
    expect(options).to.have.length(supportedLocales.length + 1);
    const name = (value: string) => options.find((o) => o.value === value)!;
    expect(name('nl').textContent).to.equal('Nederlands');
    expect(name('fi').textContent).to.equal('Suomi');
    expect(name('ar').textContent).to.equal('العربية');
    expect(name('ar').lang).to.equal('ar');
    expect(picker.getAttribute('state')).to.equal('ready');
    await expect(picker).to.be.accessible();
  });

  it('names Irish and Maltese in their own language, also where the browser has no data for them', async () => {
    const picker = await fixture<OntrackLanguagePicker>('<ontrack-language-picker lang="en" languages="ga mt nb"></ontrack-language-picker>');
    const names = [...picker.shadowRoot!.querySelectorAll('option')].slice(1).map((o) => o.textContent);
    expect(names).to.deep.equal(['Gaeilge', 'Malti', 'Norsk bokmål']);
  });

  it('never shows a language name in the language of the interface instead of its own', async () => {
    const picker = await fixture<OntrackLanguagePicker>('<ontrack-language-picker lang="en"></ontrack-language-picker>');
    const english = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const option of [...picker.shadowRoot!.querySelectorAll('option')].slice(1)) {
      if (option.value === 'en') continue;
      expect(option.textContent!.toLowerCase(), option.value).not.to.equal(english.of(option.value)!.toLowerCase());
    }
  });

  it('switches every widget on the page by keyboard, and remembers the choice', async () => {
    const host = await fixture<HTMLElement>(`<div lang="en">
      <ontrack-language-picker languages="en nl ar"></ontrack-language-picker>
      <ontrack-testimonials src="${contentUrl()}"></ontrack-testimonials>
      <section lang="fi"><ontrack-testimonials src="${contentUrl()}" layout="carousel"></ontrack-testimonials></section>
    </div>`);
    const widgets = [...host.querySelectorAll<OntrackElement>('ontrack-testimonials')];
    await Promise.all(widgets.map((w) => waitForState(w, 'ready')));
    expect(widgets.map((w) => baseOf(w).lang)).to.deep.equal(['en', 'fi']);

    const picker = host.querySelector<OntrackLanguagePicker>('ontrack-language-picker')!;
    const select = picker.shadowRoot!.querySelector('select')!;
    expect(select.options).to.have.length(4);
    select.focus();
    // Down twice: "Same as the page" → English → Nederlands (a closed select changes on arrow keys).
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => widgets.every((w) => baseOf(w).lang === 'nl'), 'every widget in Dutch');
    expect(localStorage.getItem('ontrack-language')).to.equal('nl');
    expect(baseOf(picker).lang).to.equal('nl');

    // A widget created later (or after a reload) follows the remembered choice.
    const later = await fixture<OntrackElement>(`<ontrack-testimonials lang="sv" src="${contentUrl()}"></ontrack-testimonials>`);
    await waitForState(later, 'ready');
    expect(baseOf(later).lang).to.equal('nl');

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => widgets.every((w) => baseOf(w).getAttribute('dir') === 'rtl'), 'every widget right-to-left');
  });

  it('goes back to the page language when the visitor chooses so', async () => {
    setPreferredLanguage('de');
    const el = await fixture<OntrackElement>(`<ontrack-testimonials lang="fi" src="${contentUrl()}"></ontrack-testimonials>`);
    await waitForState(el, 'ready');
    expect(baseOf(el).lang).to.equal('de');
    setPreferredLanguage(undefined);
    await waitUntil(() => baseOf(el).lang === 'fi');
  });
});
