import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HistoryPlaceController } from '../../../core/controllers/history-place.controller.js';
import type { StudySystem } from '../../../content/schema/study-systems.js';
import { readPlace, withPlace } from '../logic/place.js';
import { placeFor, type Place } from '../logic/views.js';

export interface PlaceHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the page manages history itself. */
  readonly noHistory: boolean;
}

export interface PlaceOptions {
  /** The system shown, to check recorded places against. */
  system(): StudySystem | undefined;
  /** Where the explorer is now. */
  current(): Place;
  /** Back or forward led to an entry that records a place. */
  returnTo(place: Place): void;
}

/**
 * The explorer's place in the browser's session history. Each move to
 * another view and each option opened adds an entry with the same address;
 * back and forward return to the place recorded in the entry. The record
 * lives under one key of `history.state`, per element (by `id`, else by
 * position among the page's explorers), next to whatever the page keeps
 * there. Every write goes through the shared, guarded history controller: a
 * refused write means no history for that step, never a stuck widget.
 */
export class ExplorerPlaceController implements ReactiveController {
  readonly #history: HistoryPlaceController;
  #recordPending = false;

  constructor(
    private readonly host: PlaceHost,
    private readonly options: PlaceOptions,
  ) {
    host.addController(this);
    this.#history = new HistoryPlaceController(host, (state) => this.#popped(state));
  }

  get #enabled(): boolean {
    return !this.host.noHistory;
  }

  /** This element's record in `history.state`. */
  #key(): string {
    if (this.host.id) return `id:${this.host.id}`;
    const all = [...(this.host.getRootNode() as ParentNode).querySelectorAll(this.host.localName)];
    return `nth:${Math.max(0, all.indexOf(this.host))}`;
  }

  /** The place recorded in the current entry, made safe for the system (only reads). */
  recorded(): Place | undefined {
    const system = this.options.system();
    if (!this.#enabled || !system) return undefined;
    return placeFor(readPlace(this.#history.state, this.#key()), system);
  }

  /** Records the current place in the current entry once the update that shows it is done. */
  recordAfterUpdate(): void {
    if (this.#enabled) this.#recordPending = true;
  }

  hostUpdated(): void {
    if (!this.#recordPending) return;
    this.#recordPending = false;
    const here = this.options.current();
    const recorded = readPlace(this.#history.state, this.#key());
    // Writes are rationed (see HistoryPlaceController): none when the entry already says so.
    if (recorded?.view !== here.view || recorded.detail !== here.detail || recorded.back) this.#write('replace', here);
  }

  /**
   * The visitor moves from where the explorer is to `to`. The current entry
   * may lack a record (the page replaced its state, or added an entry of its
   * own): it gets one first, so coming back to it finds this place.
   */
  move(to: Place): void {
    if (!this.#enabled) return;
    const from = this.options.current();
    const recorded = readPlace(this.#history.state, this.#key());
    if (recorded?.view !== from.view || recorded.detail !== from.detail) this.#write('replace', from);
    this.#write('push', to);
  }

  /** Whether the current entry is the one opening the option on screen added, so closing it can step back. */
  opened(): boolean {
    if (!this.#enabled) return false;
    const here = this.options.current();
    const recorded = readPlace(this.#history.state, this.#key());
    return recorded?.back === true && recorded.detail === here.detail && recorded.view === here.view;
  }

  back(): void {
    history.back();
  }

  #write(how: 'push' | 'replace', place: Place) {
    const state = withPlace(this.#history.state, this.#key(), place, how === 'push');
    // A state that is not a plain object belongs to the page: left alone.
    if (state) this.#history.write(how, state);
  }

  #popped(state: unknown) {
    const system = this.options.system();
    if (!this.#enabled || !system) return;
    // An entry without a record was added by the page or another widget
    // while the explorer stayed where it is.
    const place = placeFor(readPlace(state, this.#key()), system);
    if (place) this.options.returnTo(place);
  }
}
