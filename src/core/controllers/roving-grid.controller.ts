import type { ReactiveControllerHost } from 'lit';
import { moveInGrid, type GridPosition } from '../lib/grid-nav.js';

export type { GridPosition };

/**
 * Roving tabindex in a layout grid: exactly one stop is in the tab order,
 * the arrow keys, Home, End, PageUp and PageDown move between stops (see
 * `moveInGrid`), and a stop focused by other means (a click, a screen
 * reader) becomes the one in the tab order.
 *
 * Each stop carries `data-stop="row-col-item"` (from `stop()`) and the
 * tabindex from `tabindex()`; the grid element binds `keydown` and
 * `focusin` to this controller's handlers.
 */
export class RovingGridController {
  #position: GridPosition = { row: 0, col: 0, item: 0 };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { rtl: () => boolean },
  ) {
  }

  get position(): GridPosition {
    return this.#position;
  }

  /** Back to the first stop (the grid's content changed). */
  reset(): void {
    this.#position = { row: 0, col: 0, item: 0 };
  }

  /** The `data-stop` value of a stop. */
  stop(row: number, col: number, item: number): string {
    return `${row}-${col}-${item}`;
  }

  /** The tabindex of a stop: 0 for the one in the tab order, else -1. */
  tabindex(row: number, col: number, item: number): number {
    const p = this.#position;
    return p.row === row && p.col === col && p.item === item ? 0 : -1;
  }

  /** Key handler for the grid: `counts[row][col]` is the number of stops in each cell (an empty cell is one stop). */
  keydown(event: KeyboardEvent, counts: readonly (readonly number[])[]): void {
    const next = moveInGrid(counts, this.#position, event.key, { ctrl: event.ctrlKey || event.metaKey, rtl: this.options.rtl() });
    if (!next) return;
    event.preventDefault();
    this.#moveTo(next);
    this.#find(next)?.focus();
  }

  /** Focus handler for the grid. */
  focusin = (event: FocusEvent): void => {
    const stop = (event.target as HTMLElement).dataset?.stop;
    if (!stop) return;
    const [row, col, item] = stop.split('-').map(Number);
    this.#moveTo({ row, col, item });
  };

  #find(p: GridPosition): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[data-stop="${this.stop(p.row, p.col, p.item)}"]`) ?? null;
  }

  /** Moves the tab stop at once, without waiting for a render. */
  #moveTo(next: GridPosition) {
    this.#find(this.#position)?.setAttribute('tabindex', '-1');
    this.#position = next;
    this.#find(next)?.setAttribute('tabindex', '0');
  }
}
