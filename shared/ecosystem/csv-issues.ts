import type { Messages } from '../i18n';

export type CsvFileKind = 'actors' | 'relations';

/** A message of the catalogues' `csvImport.errors`: the UI translates it, the tests read the key. */
export type CsvIssueKey = keyof Messages['csvImport']['errors'];

/** One problem found in a CSV file: with the whole file (line null) or with one row, which is skipped. */
export interface CsvIssue {
  file: CsvFileKind;
  /** Row number as a spreadsheet shows it (header = 1), or null for the whole file. */
  line: number | null;
  /** Header of the column the problem is in, as the file has it. */
  column: string | null;
  key: CsvIssueKey;
  params: Record<string, string | number>;
}
