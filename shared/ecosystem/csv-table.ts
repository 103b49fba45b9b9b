// Reads the bytes of a CSV file into a table of strings: the first step of a CSV import, before
// any column means anything. Spreadsheets write CSV in more than one way: Excel in Finnish and
// Swedish separates fields with semicolons, "CSV UTF-8" starts with a byte order mark, and plain
// "CSV" is Windows-1252. Anything that is not text is refused here, with a reason the UI shows.
import Papa from 'papaparse/papaparse.min.js';
import { BOARD_LIMITS } from '../model';
import type { CsvFileKind, CsvIssue } from './csv-issues';

/** Bigger files are refused before decoding: 20,000 rows of a map fit in a few MB. */
export const MAX_CSV_BYTES = 8 * 1024 * 1024;
/** More columns than any actors or relations file needs; protects the preview and the mapping. */
export const MAX_CSV_COLUMNS = 100;
/** Data rows (below the header) a file may have: as many as a map may hold items of a kind. */
export const MAX_CSV_ROWS = BOARD_LIMITS.itemsPerBoard;

export interface CsvRow {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first data row 2. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Header cells, trimmed; an empty one is shown as "Column N". */
  headers: string[];
  /** Data rows; rows with nothing in them are left out (their numbers are not reused). */
  rows: CsvRow[];
  delimiter: ',' | ';' | '\t';
}

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; issue: CsvIssue };

const DELIMITERS = [';', ',', '\t'] as const;
const SNIFF_BYTES = 64 * 1024;

/** Reads an actors or relations file; never throws. */
export function readCsvTable(file: CsvFileKind, bytes: Uint8Array): CsvReadResult {
  const fail = (key: CsvIssue['key'], params: CsvIssue['params'] = {}, line: number | null = null): CsvReadResult => ({
    ok: false,
    issue: { file, line, column: null, key, params },
  });
  if (bytes.length > MAX_CSV_BYTES) return fail('tooLarge', { limit: MAX_CSV_BYTES / (1024 * 1024) });
  if (!looksLikeText(bytes)) return fail('notText');
  const text = decode(bytes);
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse(text, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  // An unclosed quote swallows the rest of the file into one cell: nothing after it can be trusted.
  const quotes = parsed.errors.find((e) => e.type === 'Quotes');
  if (quotes) return fail('badQuotes', {}, (quotes.row ?? 0) + 1);
  const [header, ...records] = parsed.data;
  if (!header || isEmptyRow(header)) return fail('empty');
  if (header.length > MAX_CSV_COLUMNS) return fail('tooManyColumns', { limit: MAX_CSV_COLUMNS });
  const rows: CsvRow[] = [];
  records.forEach((cells, index) => {
    if (!isEmptyRow(cells)) rows.push({ line: index + 2, cells });
  });
  if (rows.length === 0) return fail('empty');
  if (rows.length > MAX_CSV_ROWS) return fail('tooManyRows', { count: rows.length, limit: MAX_CSV_ROWS });
  return { ok: true, table: { headers: header.map((h) => h.trim()), rows, delimiter } };
}

const isEmptyRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Text has no NUL bytes and hardly any other control characters; images, PDFs, spreadsheets
 * (.xlsx is a zip) and UTF-16 text all have NULs near the start.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  return control <= sample.length * 0.01;
}

/** UTF-8 (a byte order mark is dropped); a file that is not valid UTF-8 is read as Windows-1252. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The delimiter is the one the header row uses most (outside quotes). Header names hold no
 * commas in practice while descriptions often do, so the header decides, not the whole file.
 * A header with none of them is one column: a list of names, say.
 */
export function guessDelimiter(text: string): CsvTable['delimiter'] {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvTable['delimiter'] = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}
