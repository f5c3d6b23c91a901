import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import {
  directionOf,
  isLocaleLoaded,
  loadLocale,
  negotiateLocale,
  observeLanguages,
  wantedLanguages,
  withLocale,
  type Locale,
} from './locale.js';

/**
 * The language half of the frame: an element that speaks its own language
 * (the visitor's choice in a language picker, else its `lang`, else the
 * nearest ancestor's, else the browser's), loads that locale before it
 * renders, and re-renders when any of these change.
 */
export abstract class LocalizedElement extends LitElement {
  /** The interface language in use. */
  @state() protected locale: Locale = 'en';

  /** The visitor's languages for content, most wanted first (may be empty). */
  @state() protected wantedLanguages: readonly string[] = [];

  /** The languages to pick content texts in: the visitor's, else the interface language. */
  protected get visitorLanguages(): readonly string[] {
    return this.wantedLanguages.length ? this.wantedLanguages : [this.locale];
  }

  #stopObserving?: () => void;

  /** Writing direction of the interface language. */
  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.updateLanguages();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLanguages();
    this.#stopObserving = observeLanguages(() => this.updateLanguages());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObserving?.();
  }

  protected updateLanguages(): void {
    const wanted = wantedLanguages(this);
    const locale = negotiateLocale(wanted);
    if (locale !== this.locale) this.locale = locale;
    if (wanted.join() !== this.wantedLanguages.join()) this.wantedLanguages = wanted;
  }

  /** Waits for the interface language before rendering, so English never flashes. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!isLocaleLoaded(this.locale)) await loadLocale(this.locale);
    super.scheduleUpdate();
  }

  /** Every `msg()` during an update (render, `willUpdate`, `map` callbacks) speaks this element's language. */
  protected override performUpdate(): void {
    withLocale(this.locale, () => super.performUpdate());
  }
}
