// What the tagging module needs from the PDF engine, and no more: raw operators in the current
// page's content stream, and object numbers and objects while the file is written. jspdf-surface.ts
// implements it on jsPDF's internal API and document events (the one file that imports jsPDF).

export interface ObjectWriter {
  /** Reserves an object number; the object must be written later with `object` or `stream`. */
  reserve(): number;
  /** Writes the reserved object `id` with `body` (a dictionary or an array). */
  object(id: number, body: string): void;
  /** Writes the reserved object `id` as an uncompressed stream; `entries` go into its dictionary. */
  stream(id: number, entries: string, data: string): void;
  /** The object number of page `page` (from 0). */
  pageObject(page: number): number;
}

/** Called by the surface while the file is written, in this order. */
export interface DocumentParts {
  /** Entries for the dictionary of page `page` (from 0); reserve objects it refers to here. */
  pageEntries(page: number, writer: ObjectWriter): string;
  /** After all pages: writes every reserved object and the structure. */
  afterPages(writer: ObjectWriter): void;
  /** Entries for the document catalog. */
  catalogEntries(): string;
}
