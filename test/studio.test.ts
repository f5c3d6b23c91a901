import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/studio/define.js';
import type { OntrackStudio } from '../src/studio/studio.js';
import { checkPack } from '../src/studio/logic/problems.js';

type Pack = Record<string, any>;

let counter = 0;

async function openStudio(key = `studio-test-${Date.now()}-${counter++}`): Promise<{ el: OntrackStudio; original: Pack; key: string }> {
  localStorage.removeItem(key);
  const el = await fixture<OntrackStudio>(
    html`<ontrack-studio preview-src="/src/studio/preview.html" storage-key=${key}></ontrack-studio>`,
  );
  const original = (await (await fetch('/public/content.json')).json()) as Pack;
  expect(await el.openUrl('/public/content.json')).to.equal(true);
  await el.updateComplete;
  return { el, original, key };
}

const $ = <T extends Element = HTMLElement>(el: OntrackStudio, selector: string) => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

const idOf = (...path: (string | number)[]) => `f-${path.join('.')}`;

/** Selects an item in the list on the left, by keyboard. */
async function selectItem(el: OntrackStudio, collection: string, index: number) {
  $(el, `#nav-${collection}\\.${index}`).focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Replaces the text of a field by typing, as a person does. */
async function typeInto(el: OntrackStudio, id: string, text: string) {
  const field = $<HTMLInputElement>(el, `[id="${id}"]`);
  field.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** What the widget in the preview frame shows. */
function previewText(el: OntrackStudio, tag: string): string {
  const frame = $<HTMLIFrameElement>(el, 'iframe');
  const widget = frame.contentDocument?.querySelector(tag);
  return widget?.shadowRoot?.textContent ?? '';
}

/** Saves (the event a host page could cancel), and returns the saved text. */
async function exportPack(el: OntrackStudio): Promise<Pack> {
  let saved = '';
  el.addEventListener('ontrack-studio-save', (e) => {
    e.preventDefault();
    saved = e.detail.text;
  }, { once: true });
  $(el, '#save').focus();
  await sendKeys({ press: 'Enter' });
  expect(saved).to.not.equal('');
  const pack = JSON.parse(saved) as Pack;
  expect(checkPack(pack).filter((p) => p.severity === 'error').map((p) => p.text)).to.deep.equal([]);
  return pack;
}

describe('<ontrack-studio>', () => {
  it('is accessible before a pack is opened', async () => {
    const el = await fixture<OntrackStudio>(html`<ontrack-studio storage-key="studio-empty"></ontrack-studio>`);
    await expect(el).to.be.accessible();
  });

  it('changes the Dutch quote of a testimonial, shows it in the preview, and saves only that change', async () => {
    const { el, original } = await openStudio();
    await selectItem(el, 'testimonials', 1);
    const frame = $<HTMLIFrameElement>(el, 'iframe');
    await el.updateComplete;
    // The preview speaks Dutch so it shows the Dutch quote.
    const lang = $<HTMLSelectElement>(el, '#preview-lang');
    lang.value = 'nl';
    lang.dispatchEvent(new Event('change'));
    await waitUntil(() => previewText(el, 'ontrack-testimonials').includes(original.testimonials[1].quote.nl), 'preview shows the quote', { timeout: 8000 });
    expect(frame).to.exist;

    await typeInto(el, idOf('testimonials', 1, 'quote', 'nl'), 'Ik ben blij dat ik ben gebleven.');
    await waitUntil(() => previewText(el, 'ontrack-testimonials').includes('Ik ben blij dat ik ben gebleven.'), 'preview shows the new quote', { timeout: 8000 });
    await expect(el).to.be.accessible();

    const saved = await exportPack(el);
    const expected = structuredClone(original);
    expected.testimonials[1].quote.nl = 'Ik ben blij dat ik ben gebleven.';
    expect(saved).to.deep.equal(expected);
  });
});
