import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LocalizedElement } from '../../core/localized-element.js';
import { frameStyles } from '../../core/frame.styles.js';
import { preferredLanguage, setPreferredLanguage, supportedLocales } from '../../core/locale.js';
import { ownName } from '../../core/lib/language-names.js';

/** A globe drawn in the text colour: no emoji font needed. */
const globe = html`<svg class="globe" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z"/></svg>`;

/**
 * One language switch for the page: every Ontrack widget on it follows the
 * visitor's choice, which is remembered on this device. Languages are listed
 * in their own names.
 *
 * @summary Language switch for every Ontrack widget on the page.
 * @tag ontrack-language-picker
 * @csspart base - The wrapper.
 * @csspart label - The label.
 * @csspart select - The list of languages.
 */
export class OntrackLanguagePicker extends LocalizedElement {
  static override styles = [
    frameStyles,
    css`
      .picker {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.35em;
        font-weight: 600;
      }
      select {
        min-block-size: 44px;
        max-inline-size: 100%;
        padding-inline: 0.5em;
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        font: inherit;
      }
    `,
  ];

  /**
   * Languages to offer, space- or comma-separated (default: every interface
   * language). Frameworks that set it as a property may also pass an array.
   */
  @property() languages: string | readonly string[] = '';

  /** Visible label. Default: "Language" in the visitor's language. */
  @property() label = '';

  /** Always `ready`: the picker has nothing to load. Also reflected on the `state` attribute. */
  get state(): 'ready' {
    return 'ready';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('state', this.state);
  }

  /** The locales offered, in the order given. */
  get options(): string[] {
    const given = this.languages;
    const wanted = (typeof given === 'string' ? given.split(/[\s,]+/) : Array.isArray(given) ? given.map(String) : []).filter(Boolean);
    return wanted.length ? wanted.filter((tag) => supportedLocales.includes(tag as never)) : [...supportedLocales];
  }

  protected override render() {
    const chosen = preferredLanguage() ?? '';
    return html`<div part="base" class="frame picker" lang=${this.locale} dir=${this.direction}>
      <label part="label" for="language">${globe}${this.label || msg('Language')}</label>
      <select id="language" part="select" @change=${this.#change}>
        <option value="" ?selected=${chosen === ''}>${msg('Same as the page')}</option>
        ${this.options.map(
          (tag) => html`<option value=${tag} lang=${tag} ?selected=${tag === chosen}>${ownName(tag)}</option>`,
        )}
      </select>
    </div>`;
  }

  #change(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    setPreferredLanguage(value || undefined);
  }
}
