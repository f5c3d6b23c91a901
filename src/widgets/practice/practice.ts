import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OntrackElement } from '../../core/ontrack-element.js';
import { reserveStyles } from '../../core/reserve.styles.js';
import { directionOf } from '../../core/locale.js';
import { ownName } from '../../core/lib/language-names.js';
import type { LoadedPack as Loaded } from '../../content/load.js';
import type { LocalizedText } from '../../content/schema/common.js';
import { practicesPack, SECTION_KEYS, type Practice, type PracticesPack } from '../../content/schema/practices.js';
import { languagesOf, pickText, type PickedText } from '../../content/text.js';
import { facetValues, type FacetKey } from '../practice-library/logic/facets.js';
import { sameLanguage } from '../../core/lib/lang.js';
import { countryName, facetName, languageName, sectionName, valueName } from './labels.js';
import { practiceStyles } from './practice.styles.js';

type LoadedPack = Loaded<PracticesPack>;

/** Facets listed under a practice's summary, in this order. */
const SHOWN_FACETS: readonly FacetKey[] = ['type', 'classification', 'interventionLevels', 'schoolLevels', 'intensity', 'funding', 'evidence'];

/**
 * One practice against early school leaving, in the visitor's language:
 * title, summary, sections, facets, contact and links, with a menu of the
 * languages the practice exists in. A text missing in the chosen language is
 * shown in another one, with its own `lang` and a visible "Shown in …" note;
 * machine-translated texts say so.
 *
 * @summary A multilingual practice summary.
 * @tag ontrack-practice
 *
 * @csspart practice - The practice (an article).
 * @csspart languages - The menu of languages the practice exists in.
 * @csspart facets - The list of facets (type, approach, levels, funding…).
 * @csspart section - One section (context, what is done, …).
 * @csspart note - A "Shown in …" or "Machine-translated" note.
 * @cssproperty --ontrack-practice-note-background - Background of the language notes (default the subtle colour).
 */
export class OntrackPractice extends OntrackElement<PracticesPack> {
  static override styles = [...OntrackElement.styles, reserveStyles('ontrack-practice'), practiceStyles];

  protected override readonly packSchema = practicesPack;

  /** Id of the practice in the content pack. */
  @property() practice = '';

  /**
   * Level of the practice's title (2–6); sections are one level below.
   * Default: one below the nearest heading before the widget on the page (an
   * `<h1>` then the practice: 2), else 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** The content language the visitor picked in the menu ('' = the visitor's own languages). */
  @state() private chosen = '';

  #practice?: Practice;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('practice')) this.chosen = '';
    this.#practice = this.content.value && this.find(this.content.value.pack.practices, this.practice, 'practice');
  }

  protected override hasContent(): boolean {
    return this.#practice !== undefined;
  }

  protected override loadingMessage(): string {
    return msg('Loading the practice…');
  }

  protected override emptyMessage(): string {
    return msg('This practice could not be found.');
  }

  /** Content languages in order: the one chosen in the menu, then the visitor's. */
  #order(): string[] {
    const visitor = this.visitorLanguages;
    return this.chosen ? [this.chosen, ...visitor] : [...visitor];
  }

  #pick(text: LocalizedText, loaded: LoadedPack): PickedText {
    return pickText(text, this.#order(), loaded.pack.defaultLanguage);
  }

  protected override renderReady(loaded: LoadedPack): unknown {
    const p = this.#practice!;
    const level = this.headingFor(this.headingLevel, 2);
    const title = this.#pick(p.title, loaded);
    // The language the practice is shown in: the one its title is in.
    const shownIn = title.lang;
    const languages = languagesOf(p.title, p.summary);
    const machine = p.machineTranslated.some((tag) => sameLanguage(tag, shownIn));
    return html`<article part="practice" class="practice" data-id=${p.id}>
      <header class="head">
        <p role="heading" aria-level=${level} class="title" lang=${shownIn} dir=${directionOf(shownIn)}>${title.text}</p>
        ${machine ? html`<p part="note" class="note machine">${msg('Machine-translated')}</p>` : nothing}
        ${languages.length > 1
          ? html`<p part="languages" class="languages">
              <label for="read-in">${msg('Read this practice in')}</label>
              <select id="read-in" @change=${this.#choose}>
                ${languages.map(
                  (tag) => html`<option value=${tag} lang=${tag} ?selected=${tag === shownIn}>${ownName(tag)}</option>`,
                )}
              </select>
            </p>`
          : nothing}
      </header>
      <div class="summary">${this.#field(p.summary, shownIn, p, loaded)}</div>
      ${this.#renderFacets(p, shownIn, loaded)}
      ${SECTION_KEYS.map((key) => {
        const text = p.sections[key];
        if (!text) return nothing;
        return html`<section part="section" class="section" data-section=${key}>
          <p role="heading" aria-level=${Math.min(6, level + 1)} class="section-title">${sectionName(key)}</p>
          ${this.#field(text, shownIn, p, loaded)}
        </section>`;
      })}
      ${this.#renderContact(p, shownIn, loaded, level)}
    </article>`;
  }

  /**
   * A content text as paragraphs, in its own language. When it is not in the
   * language the practice is shown in, a note says which language it is in.
   */
  #field(text: LocalizedText, shownIn: string, p: Practice, loaded: LoadedPack) {
    const picked = this.#pick(text, loaded);
    const fallback = !sameLanguage(picked.lang, shownIn);
    const machine = fallback && p.machineTranslated.some((tag) => sameLanguage(tag, picked.lang));
    return html`${fallback
        ? html`<p part="note" class="note fallback">${this.#shownIn(picked.lang)}${machine
            ? html`, ${msg('Machine-translated')}`
            : nothing}</p>`
        : nothing}
      <div class="text" lang=${picked.lang} dir=${directionOf(picked.lang)} ?data-fallback=${fallback}>
        ${picked.text.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>`;
  }

  /** A short text in its own language, marked when it is a fallback. */
  #inline(text: LocalizedText, shownIn: string, loaded: LoadedPack) {
    const picked = this.#pick(text, loaded);
    const fallback = !sameLanguage(picked.lang, shownIn);
    return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)} ?data-fallback=${fallback}>${picked.text}</span>${fallback
        ? html` <span part="note" class="note fallback">${this.#shownIn(picked.lang)}</span>`
        : nothing}`;
  }

  /** "Shown in English": the note on a text in another language than the practice is shown in. */
  #shownIn(lang: string): string {
    const language = languageName(lang, this.locale);
    return msg(str`Shown in ${language}`);
  }

  #renderFacets(p: Practice, shownIn: string, loaded: LoadedPack) {
    const list = new Intl.ListFormat(this.locale, { type: 'unit' });
    const country = countryName(p.country, this.locale);
    return html`<dl part="facets" class="facets">
      <div>
        <dt>${facetName('country')}</dt>
        <dd>${country}${p.region ? html`, ${this.#inline(p.region, shownIn, loaded)}` : nothing}</dd>
      </div>
      ${SHOWN_FACETS.map((key) => {
        const values = facetValues(p, key);
        if (values.length === 0) return nothing;
        return html`<div data-facet=${key}>
          <dt>${facetName(key)}</dt>
          <dd>${list.format(values.map((v) => valueName(key, v, this.locale)))}</dd>
        </div>`;
      })}
      ${p.cost
        ? html`<div>
            <dt>${msg('Cost')}</dt>
            <dd>${this.#inline(p.cost, shownIn, loaded)}</dd>
          </div>`
        : nothing}
    </dl>`;
  }

  #renderContact(p: Practice, shownIn: string, loaded: LoadedPack, level: number) {
    const c = p.contact;
    const links = p.links
      .map((link) => ({ href: this.link(link.url, loaded), label: link.label }))
      .filter((link): link is { href: string; label: LocalizedText } => Boolean(link.href));
    const website = this.link(c?.url, loaded);
    if (!c && links.length === 0) return nothing;
    return html`<footer class="contact">
      ${c
        ? html`<section part="section" class="section" data-section="contact">
            <p role="heading" aria-level=${Math.min(6, level + 1)} class="section-title">${msg('Contact')}</p>
            <ul class="plain">
              ${c.name ? html`<li>${this.#inline(c.name, shownIn, loaded)}</li>` : nothing}
              ${c.email ? html`<li><a href=${`mailto:${c.email}`}>${c.email}</a></li>` : nothing}
              ${c.phone ? html`<li><a href=${`tel:${c.phone.replace(/[^\d+]/g, '')}`}>${c.phone}</a></li>` : nothing}
              ${website ? html`<li><a href=${website}>${new URL(website).host}</a></li>` : nothing}
            </ul>
          </section>`
        : nothing}
      ${links.length
        ? html`<section part="section" class="section" data-section="links">
            <p role="heading" aria-level=${Math.min(6, level + 1)} class="section-title">${msg('Links')}</p>
            <ul class="plain">
              ${links.map((link) => html`<li><a href=${link.href}>${this.#inline(link.label, shownIn, loaded)}</a></li>`)}
            </ul>
          </section>`
        : nothing}
    </footer>`;
  }

  #choose(event: Event) {
    this.chosen = (event.target as HTMLSelectElement).value;
  }
}
