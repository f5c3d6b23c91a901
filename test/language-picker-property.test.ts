/**
 * Frameworks (React 19, Vue) set known properties instead of attributes,
 * often before the element is connected: `el.languages = "en nl"` or an array.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/language-picker/define.js';
import type { OntrackLanguagePicker } from '../src/widgets/language-picker/language-picker.js';

const offered = (el: OntrackLanguagePicker) =>
  [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.value).filter(Boolean);

describe('<ontrack-language-picker> languages as a property', () => {
  it('works when set as a string before it is connected', async () => {
    const el = document.createElement('ontrack-language-picker');
    el.languages = 'nl fr';
    const host = await fixture(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    expect(offered(el)).to.deep.equal(['nl', 'fr']);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('accepts an array, and the attribute and the property agree', async () => {
    const el = document.createElement('ontrack-language-picker');
    el.languages = ['sv', 'fi'];
    document.body.append(el);
    await el.updateComplete;
    expect(offered(el)).to.deep.equal(['sv', 'fi']);
    el.setAttribute('languages', 'de,en');
    await el.updateComplete;
    expect(el.languages).to.equal('de,en');
    expect(offered(el)).to.deep.equal(['de', 'en']);
    el.remove();
  });
});
