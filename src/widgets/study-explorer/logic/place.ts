/**
 * The explorer's place (view and open option) in the browser's session
 * history, so the back button and a phone's back gesture step back through
 * the explorer like through an app.
 *
 * Explorers share one key in `history.state`, with a record per element:
 *
 *     { ...whatever the page keeps, 'ontrack-study-explorer': { 'id:flanders': { view, detail }, 'nth:1': { … } } }
 *
 * Everything else in `history.state` belongs to the host page or to other
 * widgets and is carried over untouched: records are merged in, never
 * written over the whole state.
 */

export const HISTORY_KEY = 'ontrack-study-explorer';

export interface HistoryPlace {
  view: string;
  /** Id of the open option, or '' on a view. */
  detail: string;
  /**
   * Set on the entry added by opening an option: the entry before it is the
   * same explorer on the same view, so closing the option can step back to it
   * instead of adding yet another entry.
   */
  back?: boolean;
}

type Bag = Record<string, unknown>;

const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** This element's record in a `history.state`, if it has a valid one. */
export function readPlace(state: unknown, element: string): HistoryPlace | undefined {
  if (!isBag(state)) return undefined;
  const records = state[HISTORY_KEY];
  if (!isBag(records)) return undefined;
  const record = records[element];
  if (!isBag(record) || typeof record.view !== 'string' || typeof record.detail !== 'string') return undefined;
  return { view: record.view, detail: record.detail, ...(record.back === true ? { back: true } : {}) };
}

/**
 * `state` with this element's record set to `place`; `undefined` when `state`
 * is not a plain object (a page may keep a string or an array there, which
 * cannot take a key without being lost: then the explorer leaves history
 * alone).
 *
 * For a new entry (`forNewEntry`), other explorers keep their place but lose
 * their `back` mark: the entry before the new one is not theirs to return to.
 */
export function withPlace(state: unknown, element: string, place: HistoryPlace, forNewEntry: boolean): Bag | undefined {
  if (state !== null && state !== undefined && !isBag(state)) return undefined;
  const page: Bag = state ?? {};
  const records: Bag = {};
  const previous = page[HISTORY_KEY];
  if (isBag(previous)) {
    for (const [key, record] of Object.entries(previous)) {
      if (forNewEntry && isBag(record)) {
        const kept = { ...record };
        delete kept.back;
        records[key] = kept;
      } else {
        records[key] = record;
      }
    }
  }
  records[element] = { view: place.view, detail: place.detail, ...(place.back ? { back: true } : {}) };
  return { ...page, [HISTORY_KEY]: records };
}
