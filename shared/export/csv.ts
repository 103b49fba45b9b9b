/**
 * RFC 4180 CSV for people who open it in a spreadsheet: a byte order mark so Excel reads UTF-8
 * (ä, ö, å, Sámi letters), CRLF line ends, fields quoted when needed, and cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) prefixed with an
 * apostrophe: workshop notes are open data that anyone may open (CSV injection).
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
