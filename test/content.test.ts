import { expect } from '@open-wc/testing';
import { ContentError, formatPath } from '../src/content/errors.js';
import { loadPack, parsePack } from '../src/content/load.js';
import { contentPack } from '../src/content/schema.js';
import { testimonialsPack } from '../src/content/schema/testimonials.js';
import { trajectoriesPack } from '../src/content/schema/trajectories.js';
import { pickText } from '../src/content/text.js';
import { negotiateLocale, directionOf } from '../src/core/locale.js';
import { safeUrl } from '../src/core/url.js';
import { plural } from '../src/core/plural.js';
import { contentUrl, requestCount } from './shared/helpers.js';

async function failure(promise: Promise<unknown>): Promise<ContentError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a failure');
}

describe('content loading', () => {
  it('shares one request between callers of the same URL', async () => {
    const src = contentUrl({ delay: 100 });
    const [a, b] = await Promise.all([loadPack(src, contentPack), loadPack(src, contentPack)]);
    expect(a).to.equal(b);
    expect(await requestCount(src)).to.equal(1);
  });

  it('asks again after a failure, so that "try again" works', async () => {
    const src = contentUrl({ status: 503 });
    expect((await failure(loadPack(src, contentPack))).kind).to.equal('http');
    expect((await failure(loadPack(src, contentPack))).status).to.equal(503);
    expect(await requestCount(src)).to.equal(2);
  });

  it('lets one caller stop waiting without cancelling the others', async () => {
    const src = contentUrl({ delay: 300 });
    const controller = new AbortController();
    const first = loadPack(src, contentPack, { signal: controller.signal });
    const second = loadPack(src, contentPack);
    controller.abort();
    await first.then(
      () => expect.fail('the aborted caller must not resolve'),
      () => undefined,
    );
    expect((await second).pack.version).to.equal(1);
  });

  it('refuses a document over the size limit when the server does not say its size', async () => {
    const src = contentUrl({ bytes: 20000, chunked: 1 });
    const error = await failure(loadPack(src, contentPack, { maxBytes: 4000 }));
    expect(error.kind).to.equal('too-large');
    expect(error.details.join()).to.include('larger than the limit of 4000 bytes');
  });

  it('refuses a document that says it is too large without waiting for its body', async () => {
    // The body would arrive after 5 s, long after the 1.5 s timeout: only the declared size can refuse it.
    const src = contentUrl({ bytes: 20000, hold: 5000 });
    const error = await failure(loadPack(src, contentPack, { maxBytes: 4000, timeout: 1500 }));
    expect(error.kind).to.equal('too-large');
  });

  it('resolves relative addresses against the pack, not the page', async () => {
    const loaded = await loadPack(contentUrl(), contentPack);
    expect(loaded.base).to.match(/\/test-api\/content\?/);
    expect(safeUrl('photo.svg', loaded.base)).to.match(/\/test-api\/photo\.svg$/);
  });

  it('names every broken field by the item\'s id and the field, and what was expected', async () => {
    const error = await failure(
      parsePack('{"version":2,"publisher":{"name":{}},"defaultLanguage":"dutch","testimonials":[{"id":"A b"}]}', contentPack),
    );
    expect(error.kind).to.equal('invalid');
    expect(error.details).to.deep.equal([
      'version: must be 1, the content format this version of Ontrack reads',
      'publisher → name: must give the text in at least one language',
      'defaultLanguage: must be a language code such as "nl" or "pt-BR"',
      'testimonial "A b" → id: must be lower-case letters, digits and dashes, such as "samen-maakt-school"',
      'testimonial "A b" → name: expected text, it is missing',
      'testimonial "A b" → quote: expected an object of language codes and texts, it is missing',
      'testimonial "A b" → consent: expected an object, it is missing',
    ]);
  });

  it('parses valid JSON without loading the positioned parser', async () => {
    const before = performance.getEntriesByType('resource').filter((e) => e.name.includes('json-syntax')).length;
    await parsePack('{"version":1,"publisher":{"name":{"en":"X"}},"defaultLanguage":"en"}', contentPack);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('json-syntax')).length).to.equal(before);
  });

  it('validates only what a widget reads: a broken collection does not break the others', async () => {
    const src = contentUrl({ raw: '{"version":1,"publisher":{"name":{"en":"X"}},"defaultLanguage":"en","testimonials":[],"trajectories":"broken"}' });
    expect((await loadPack(src, testimonialsPack)).pack.testimonials).to.deep.equal([]);
    const error = await failure(loadPack(src, trajectoriesPack));
    expect(error.details[0]).to.equal('trajectories: expected a list, got text');
    expect(await requestCount(src)).to.equal(1);
  });

  it('formats paths the way editors read them', () => {
    expect(formatPath(['testimonials', 2, 'quote', 'nl'])).to.equal('testimonials[2].quote.nl');
    expect(formatPath([])).to.equal('(the whole document)');
  });
});

describe('languages', () => {
  it('picks content text: requested, then base language, then pack default, then any', () => {
    const text = { nl: 'Hallo', 'pt-BR': 'Olá', sv: 'Hej' };
    expect(pickText(text, ['nl-BE'], 'sv')).to.deep.equal({ text: 'Hallo', lang: 'nl', fallback: false });
    expect(pickText(text, ['pt'], 'sv')).to.deep.equal({ text: 'Olá', lang: 'pt-BR', fallback: false });
    expect(pickText(text, ['fi'], 'sv')).to.deep.equal({ text: 'Hej', lang: 'sv', fallback: true });
    expect(pickText({ de: 'Hallo' }, ['fi'], 'sv')).to.deep.equal({ text: 'Hallo', lang: 'de', fallback: true });
  });

  it('negotiates the interface language with region and Norwegian fallbacks', () => {
    expect(negotiateLocale(['nl-BE'])).to.equal('nl');
    expect(negotiateLocale(['no'])).to.equal('nb');
    expect(negotiateLocale(['nn-NO'])).to.equal('nb');
    expect(negotiateLocale(['xx', 'fi-FI'])).to.equal('fi');
    expect(negotiateLocale(['xx'])).to.equal('en');
  });

  it('chooses plural forms by the language\'s own rules', () => {
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect(plural('en', 1, forms)).to.equal('one');
    expect(plural('en', 17, forms)).to.equal('other');
    expect(plural('pl', 22, forms)).to.equal('few');
    expect(plural('pl', 17, forms)).to.equal('many');
    expect(plural('ar', 2, forms)).to.equal('two');
    expect(plural('ar', 11, forms)).to.equal('many');
    expect(plural('pl', 22, { other: 'other' }), 'a missing form falls back to other').to.equal('other');
  });

  it('knows the writing direction', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('nl')).to.equal('ltr');
  });
});

describe('safe addresses', () => {
  it('accepts https, http, mailto and tel only', () => {
    const base = 'https://city.example/content.json';
    expect(safeUrl('javascript:alert(1)', base)).to.equal(undefined);
    expect(safeUrl(' JaVaScRiPt:alert(1)', base)).to.equal(undefined);
    expect(safeUrl('data:text/html,<script>', base)).to.equal(undefined);
    expect(safeUrl('vbscript:msgbox(1)', base)).to.equal(undefined);
    expect(safeUrl('mailto:info@example.org', base)).to.equal('mailto:info@example.org');
    expect(safeUrl('tel:+3212345678', base)).to.equal('tel:+3212345678');
    expect(safeUrl('http://city.example/a', base)).to.equal('http://city.example/a');
    expect(safeUrl('https://city.example/a', base)).to.equal('https://city.example/a');
    expect(safeUrl('/images/a.jpg', base)).to.equal('https://city.example/images/a.jpg');
  });
});
