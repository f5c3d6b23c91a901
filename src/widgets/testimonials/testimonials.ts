import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OntrackElement } from '../../core/ontrack-element.js';
import { reserveStyles } from '../../core/reserve.styles.js';
import { emit } from '../../core/events.js';
import { plural } from '../../core/plural.js';
import { formatNumber } from '../../core/lib/intl.js';
import type { LoadedPack as Loaded } from '../../content/load.js';
import { testimonialsPack, type Testimonial, type TestimonialsPack } from '../../content/schema/testimonials.js';

type LoadedPack = Loaded<TestimonialsPack>;
import { testimonialsStyles } from './testimonials.styles.js';

export type TestimonialsLayout = 'grid' | 'carousel';

/** Splits an attribute like `"ghent, internship"` into tags. */
const tagList = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/** Today as YYYY-MM-DD in the visitor's time zone. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Cards whose photo loads at once: a phone's first screen or a desktop's first row; the rest load as they come near. */
const EAGER_PHOTOS = 3;

/**
 * Stories from young people: quote, photo and video, as cards in a grid or a
 * carousel. Stories whose consent has expired are never shown. Videos load
 * nothing from their host until the visitor presses play.
 *
 * @summary Youth testimonial cards.
 * @tag ontrack-testimonials
 *
 * @csspart list - The grid, or the carousel's slide area.
 * @csspart card - One story.
 * @csspart photo - A story's photo.
 * @csspart quote - A story's quote.
 * @csspart name - Name, age and school under a quote.
 * @csspart video - The video facade or player.
 * @csspart controls - The carousel's previous/next bar.
 * @cssproperty --ontrack-testimonials-min-card - Narrowest card in the grid (default 16rem).
 * @cssproperty --ontrack-testimonials-accent - Colour of the quote mark (default the accent colour).
 * @fires ontrack-video-play - The visitor pressed play. Cancelable, e.g. to ask for cookie consent first.
 * @fires ontrack-slide-change - The visitor moved the carousel.
 */
export class OntrackTestimonials extends OntrackElement<TestimonialsPack> {
  static override styles = [...OntrackElement.styles, reserveStyles('ontrack-testimonials'), testimonialsStyles];

  protected override readonly packSchema = testimonialsPack;

  /** `grid` shows every card; `carousel` shows one at a time with previous/next buttons. */
  @property({ reflect: true }) layout: TestimonialsLayout = 'grid';

  /** Only stories with at least one of these tags (space- or comma-separated). */
  @property() tags = '';

  /** At most this many stories (0: no limit). */
  @property({ type: Number }) limit = 0;

  /**
   * Heading level of each story's name (2–6). Default: one below the nearest
   * heading before the widget on the page (an `<h1>` then the widget: 2), else 3.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Accessible name of the group of stories. Default: "Stories from young people" in the visitor's language. */
  @property() label = '';

  @state() private index = 0;
  /** Testimonials whose video the visitor started. */
  @state() private playing = new Set<string>();

  #selected: Testimonial[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.content.value;
    this.#selected = loaded ? this.#select(loaded) : [];
    if (this.index >= this.#selected.length) this.index = 0;
  }

  #select(loaded: LoadedPack): Testimonial[] {
    const wanted = tagList(this.tags);
    const day = today();
    const shown = loaded.pack.testimonials.filter(
      (t) => t.consent.until >= day && (wanted.length === 0 || t.tags.some((tag) => wanted.includes(tag))),
    );
    return this.limit > 0 ? shown.slice(0, this.limit) : shown;
  }

  /** Called during an update, after `willUpdate` has selected the stories for this pack. */
  protected override hasContent(): boolean {
    return this.#selected.length > 0;
  }

  protected override loadingMessage(): string {
    return msg('Loading stories…');
  }

  protected override emptyMessage(): string {
    return msg('There are no stories to show here yet.');
  }

  #label(): string {
    return this.label || msg('Stories from young people');
  }

  protected override renderReady(loaded: LoadedPack): unknown {
    const stories = this.#selected;
    if (this.layout === 'carousel') return this.#renderCarousel(stories, loaded);
    return html`<section aria-label=${this.#label()}>
      <ul part="list" class="grid" role="list">
        ${stories.map((t, i) => html`<li>${this.#renderCard(t, loaded, i < EAGER_PHOTOS)}</li>`)}
      </ul>
    </section>`;
  }

  #renderCarousel(stories: Testimonial[], loaded: LoadedPack) {
    const count = stories.length;
    const current = stories[this.index];
    const position = (n: number) => this.#format(n);
    return html`<section
      class="carousel"
      aria-roledescription=${msg('carousel')}
      aria-label=${this.#label()}
    >
      <div part="controls" class="controls">
        <button type="button" class="prev" aria-controls="slides" ?disabled=${count < 2} @click=${() => this.#go(-1, count)}>
          <span class="arrow" aria-hidden="true">←</span><span>${msg('Previous story')}</span>
        </button>
        <span class="position" aria-hidden="true">${position(this.index + 1)} / ${position(count)}</span>
        <button type="button" class="next" aria-controls="slides" ?disabled=${count < 2} @click=${() => this.#go(1, count)}>
          <span>${msg('Next story')}</span><span class="arrow" aria-hidden="true">→</span>
        </button>
      </div>
      <div id="slides" part="list" class="slides" aria-live="polite">
        <div
          class="slide"
          role="group"
          aria-roledescription=${msg('slide')}
          aria-label=${msg(str`${position(this.index + 1)} of ${position(count)}`)}
        >
          ${this.#renderCard(current, loaded, true)}
        </div>
      </div>
    </section>`;
  }

  #format(n: number): string {
    return formatNumber(this.locale, n); // cached: building a formatter per card cost more than the card
  }

  #go(step: number, count: number) {
    this.index = (this.index + step + count) % count;
    emit(this, 'ontrack-slide-change', { index: this.index });
  }

  /** `early`: a card likely on the first screen, whose photo is often the largest thing there, so it is not lazy-loaded. */
  #renderCard(t: Testimonial, loaded: LoadedPack, early = false) {
    const photo = t.photo ? this.media(t.photo.src, loaded) : undefined;
    return html`<article part="card" class="card" data-id=${t.id}>
      ${photo && t.photo
        ? html`<img
            part="photo"
            class="photo"
            src=${photo}
            alt=${this.plainText(t.photo.alt, loaded)}
            width=${t.photo.width ?? nothing}
            height=${t.photo.height ?? nothing}
            loading=${early ? 'eager' : 'lazy'}
            decoding="async"
          />`
        : nothing}
      <div class="body">
        ${this.#renderQuote(t, loaded)}
        ${this.#renderName(t, loaded)}
        ${t.story ? html`<p class="story">${this.text(t.story, loaded)}</p>` : nothing}
        ${t.video ? this.#renderVideo(t, loaded) : nothing}
      </div>
    </article>`;
  }

  /** The quote takes its own language and direction, so its alignment and quote marks follow it. */
  #renderQuote(t: Testimonial, loaded: LoadedPack) {
    const quote = this.contentText(t.quote, loaded);
    return html`<blockquote part="quote" class="quote">
      <p lang=${quote.lang} dir=${quote.dir}>${quote.text}</p>
    </blockquote>`;
  }

  #renderName(t: Testimonial, loaded: LoadedPack) {
    const level = this.headingFor(this.headingLevel, 3);
    const age = t.age === undefined ? undefined : this.#age(t.age);
    const details = [age, t.pseudonym ? msg('name changed') : undefined].filter(Boolean).join(', ');
    return html`<div part="name" class="who">
      <p role="heading" aria-level=${level} class="name">${t.name}</p>
      ${details ? html`<p class="meta">${details}</p>` : nothing}
      ${t.school ? html`<p class="meta">${this.text(t.school, loaded)}</p>` : nothing}
    </div>`;
  }

  #age(years: number): string {
    const n = this.#format(years);
    return plural(this.locale, years, {
      zero: msg(str`${n} years old`, { id: 'age-zero' }),
      one: msg(str`${n} year old`, { id: 'age-one' }),
      two: msg(str`${n} years old`, { id: 'age-two' }),
      few: msg(str`${n} years old`, { id: 'age-few' }),
      many: msg(str`${n} years old`, { id: 'age-many' }),
      other: msg(str`${n} years old`, { id: 'age-other' }),
    });
  }

  #renderVideo(t: Testimonial, loaded: LoadedPack) {
    const video = t.video!;
    const title = this.plainText(video.title, loaded);
    const playing = this.playing.has(t.id);
    const transcript = video.transcript
      ? html`<details class="transcript">
          <summary>${msg('Read the transcript')}</summary>
          <p>${this.text(video.transcript, loaded)}</p>
        </details>`
      : nothing;
    if (!playing) {
      const poster = this.media(video.poster, loaded);
      return html`<div part="video" class="video facade">
          ${poster ? html`<img class="poster" src=${poster} alt="" loading="lazy" />` : nothing}
          <button type="button" class="play primary" @click=${() => this.#play(t, loaded)}>
            <span class="play-icon" aria-hidden="true">▶</span>
            <span>${msg(str`Play video: ${title}`)}</span>
          </button>
          <p class="video-note">${msg('The video starts only when you press play.')}</p>
        </div>
        ${transcript}`;
    }
    const file = this.media(video.file, loaded);
    const embed = this.media(video.embed, loaded);
    return html`<div part="video" class="video">
        ${file
          ? html`<video class="player" controls autoplay preload="metadata" aria-label=${title} src=${file}>
              ${video.captions.map(
                (track, i) => html`<track
                  kind="captions"
                  src=${this.media(track.src, loaded) ?? ''}
                  srclang=${track.lang}
                  label=${track.label ?? new Intl.DisplayNames([this.locale], { type: 'language' }).of(track.lang) ?? track.lang}
                  ?default=${i === 0}
                />`,
              )}
            </video>`
          : html`<iframe
              class="player"
              title=${title}
              src=${embed ?? 'about:blank'}
              allow="autoplay; fullscreen; picture-in-picture"
              allowfullscreen
              referrerpolicy="strict-origin-when-cross-origin"
              sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
            ></iframe>`}
      </div>
      ${transcript}`;
  }

  async #play(t: Testimonial, loaded: LoadedPack) {
    const video = t.video!;
    const url = this.media(video.file ?? video.embed, loaded) ?? '';
    if (!emit(this, 'ontrack-video-play', { testimonial: t.id, url }, { cancelable: true })) return;
    this.playing = new Set(this.playing).add(t.id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${t.id}"] .player`)?.focus();
  }
}
