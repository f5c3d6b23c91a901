/**
 * Heading levels that fit the page: a widget's `heading-level` attribute,
 * kept between 2 and 6 (a widget never owns the page's `<h1>`), plus an
 * offset for headings nested inside the widget (still at most 6). DOM-free.
 */
export function headingLevel(level: number | undefined, fallback: number, offset = 0): number {
  const own = Math.trunc(level ?? Number.NaN) || fallback;
  return Math.min(6, Math.max(2, own) + offset);
}
