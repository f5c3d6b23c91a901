/**
 * Keyboard movement in the study matrix (a layout grid: rows are domains,
 * columns are tracks, each cell holds zero or more options stacked
 * vertically; an empty cell is itself a stop).
 */
export interface GridPosition {
  row: number;
  col: number;
  /** Index of the option inside the cell (0 for an empty cell). */
  item: number;
}

/**
 * Where a key moves focus, or `undefined` when the key is not a grid key.
 * `counts[row][col]` is the number of options in a cell. Right and left
 * follow the reading direction: in right-to-left, ArrowLeft goes forward.
 */
export function moveInGrid(
  counts: readonly (readonly number[])[],
  from: GridPosition,
  key: string,
  { ctrl = false, rtl = false } = {},
): GridPosition | undefined {
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  if (!rows || !cols) return undefined;
  const stops = (r: number, c: number) => Math.max(1, counts[r][c]);
  const at = (row: number, col: number, item: number): GridPosition => {
    const r = Math.min(rows - 1, Math.max(0, row));
    const c = Math.min(cols - 1, Math.max(0, col));
    return { row: r, col: c, item: Math.min(Math.max(0, item), stops(r, c) - 1) };
  };
  const { row, col, item } = from;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return at(row, col + 1, item);
    case backward:
      return at(row, col - 1, item);
    case 'ArrowDown':
      if (item < stops(row, col) - 1) return at(row, col, item + 1);
      return row < rows - 1 ? at(row + 1, col, 0) : at(row, col, item);
    case 'ArrowUp':
      if (item > 0) return at(row, col, item - 1);
      return row > 0 ? at(row - 1, col, stops(row - 1, col) - 1) : at(row, col, 0);
    case 'Home':
      return ctrl ? at(0, 0, 0) : at(row, 0, 0);
    case 'End':
      return ctrl ? at(rows - 1, cols - 1, 0) : at(row, cols - 1, 0);
    case 'PageUp':
      return at(0, col, 0);
    case 'PageDown':
      return at(rows - 1, col, 0);
    default:
      return undefined;
  }
}
