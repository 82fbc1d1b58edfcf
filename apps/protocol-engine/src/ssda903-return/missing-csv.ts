import { MISSING_COLUMNS, type MissingRow } from './missing-rows';

const field = (value: string | null): string => {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

/**
 * The Missing table as the DfE's CSV: the header CHILD,DOB,MISSING,MIS_START,MIS_END, one line
 * a row, blank for an empty field, CRLF line ends (RFC 4180), UTF-8 without a byte-order mark;
 * a field holding a comma, quote or line break is quoted.
 */
export function missingCsv(rows: readonly MissingRow[]): string {
  const lines = [MISSING_COLUMNS.join(','), ...rows.map((r) => MISSING_COLUMNS.map((c) => field(r[c])).join(','))];
  return lines.map((l) => `${l}\r\n`).join('');
}
