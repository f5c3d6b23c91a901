/**
 * CSV (RFC 4180) for spreadsheets, with formula injection defused: a cell
 * that starts with = + - @, a tab or a carriage return is prefixed with an
 * apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead
 * of running it (OWASP's advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  // The byte-order mark makes Excel read UTF-8 (names with å, ö, é).
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
