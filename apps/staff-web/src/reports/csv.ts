/**
 * A report's CSV file as spreadsheets read it (RFC 4180: CRLF lines, fields quoted when they hold
 * a comma, quote or line break), with a byte-order mark so Excel reads it as UTF-8 (names with
 * accents). A field a spreadsheet would run as a formula starts with a quote mark.
 */
export function toCsv(header: readonly string[], rows: readonly CsvRow[]): string {
  return `${BOM}${[header, ...rows].map(line).join('')}`;
}

/** Several tables in one file, as a page shows them: each after a line with its title, a blank line between. */
export function tablesToCsv(tables: readonly { title: string; header: readonly string[]; rows: readonly CsvRow[] }[]): string {
  return `${BOM}${tables.map((t) => [[t.title], t.header, ...t.rows].map(line).join('')).join('\r\n')}`;
}

type CsvRow = readonly (string | number | null | undefined)[];
const BOM = '\uFEFF';
const line = (row: CsvRow) => `${row.map(field).join(',')}\r\n`;

function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A number is a number (a change of -2); only text can smuggle a formula in.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
