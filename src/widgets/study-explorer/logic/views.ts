/**
 * The explorer's views and places, and what the matrix shows. DOM-free.
 */
import type { StudyOption, StudySystem } from '../../../content/schema/study-systems.js';
import type { HistoryPlace } from './place.js';

export const VIEWS = ['overview', 'interests', 'search', 'compare', 'parents', 'summary'] as const;
export type ExplorerView = (typeof VIEWS)[number];
export const isView = (view: string): view is ExplorerView => (VIEWS as readonly string[]).includes(view);

/** A place checked against the system: a view and an option it has. */
export type Place = HistoryPlace & { view: ExplorerView };

/** Options a matrix cell lists before a "show all" button. */
export const CELL_LIMIT = 5;
/** Search results shown at first, and added by "Show more". */
export const PAGE = 20;

/** A recorded place made safe for this system: a view it has (no questionnaire without questions), an option it has. */
export function placeFor(place: HistoryPlace | undefined, system: StudySystem): Place | undefined {
  if (!place) return undefined;
  const view = isView(place.view) && (place.view !== 'interests' || system.questions.length) ? place.view : 'overview';
  const detail = system.options.some((o) => o.id === place.detail) ? place.detail : '';
  return { view, detail, back: place.back === true && detail === place.detail };
}

/** Options per cell of the matrix at a level: `[domain][track]`. */
export function matrixCells(system: StudySystem, level: string): StudyOption[][][] {
  const cells = system.domains.map(() => system.tracks.map(() => [] as StudyOption[]));
  const row = new Map(system.domains.map((d, i) => [d.id, i]));
  const col = new Map(system.tracks.map((t, i) => [t.id, i]));
  for (const o of system.options) {
    if (!o.levels.includes(level)) continue;
    cells[row.get(o.domain)!][col.get(o.track)!].push(o);
  }
  return cells;
}

/** Keyboard stops per cell: the options shown, plus a "show all" button when some are left out. */
export function cellStops(cells: readonly (readonly (readonly unknown[])[])[]): number[][] {
  return cells.map((row) => row.map((c) => Math.min(c.length, CELL_LIMIT) + (c.length > CELL_LIMIT ? 1 : 0)));
}
