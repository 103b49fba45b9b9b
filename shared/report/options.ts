// What the person exporting a report chooses. Fields the project model does not hold (a logo, a
// licence line, the report's date) are options here rather than model changes.
import type { Language } from '../i18n/languages';
import type { Paper } from './tree';

export interface ReportOptions {
  /** The language of every fixed word of the report. */
  language: Language;
  paper: Paper;
  /** The boards to include, in this order; null for all of them, by kind and then board order. */
  boardIds: readonly string[] | null;
  /** After each diagram, its content as lists and tables (for reading, search and screen readers). */
  includeListings: boolean;
  /** The workshop sessions' agendas and, at the end, their decisions, action items and parked questions. */
  includeSessions: boolean;
  /**
   * The language of the project's own text (BCP 47, e.g. "fi", "sv", "se" for Northern Sámi);
   * null: the project's language when its details say one, else the report's language. An item
   * marked with its own language keeps it.
   */
  contentLanguage: string | null;
  /** An image attachment of the project shown on the cover, or null. */
  logoAttachmentId: string | null;
  /** A licence line for open publication (e.g. "CC BY 4.0"), or empty for none. */
  licence: string;
  /** The report's date (YYYY-MM-DD) shown on the cover, or empty: no date, so the same input gives the same PDF. */
  reportDate: string;
  /** Written into the PDF's metadata as its creator. */
  creator: string;
}

export const defaultReportOptions: ReportOptions = {
  language: 'en',
  paper: 'a4',
  boardIds: null,
  includeListings: true,
  includeSessions: true,
  contentLanguage: null,
  logoAttachmentId: null,
  licence: '',
  reportDate: '',
  creator: 'Kartta',
};

export function resolveReportOptions(options: Partial<ReportOptions>): ReportOptions {
  return { ...defaultReportOptions, ...options };
}
