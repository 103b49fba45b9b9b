// The report document: a plain tree made from a project snapshot (build-document.ts) before any
// page exists. The PDF renderer lays it out; a tagging step (issue 12) maps the same nodes to PDF
// structure elements (Sect, H1–H3, P, L/LI, Table/TR/TH/TD, Figure), so every node has a stable id
// and every passage its language.
import type { Scene } from '../drawing/scene';
import type { Language } from '../i18n/languages';
import type { Attachment, BoardKind } from '../model';

export type Paper = 'a4' | 'letter';
export type Orientation = 'portrait' | 'landscape';

/** A passage of text in one language (BCP 47) and style. */
export interface Run {
  text: string;
  lang: string;
  style?: 'bold' | 'italic';
}

/** How a paragraph looks; the renderer maps each to a type size, weight and colour. */
export type ParagraphStyle = 'body' | 'lead' | 'muted' | 'caption' | 'kicker' | 'title' | 'subtitle' | 'small';

export interface Heading {
  kind: 'heading';
  id: string;
  level: 1 | 2 | 3;
  runs: Run[];
  /** Listed in the PDF outline (bookmarks); level-1 headings with it also in the contents. */
  outline: boolean;
}

export interface Paragraph {
  kind: 'paragraph';
  id: string;
  style: ParagraphStyle;
  runs: Run[];
}

/** A photo of the project (an attachment) with the text alternative its author wrote. */
export interface Photo {
  attachmentId: string;
  alt: string;
  lang: string;
}

export interface ListItem {
  id: string;
  runs: Run[];
  /** A second, quieter line: votes, tags, author. Empty for none. */
  details: Run[];
  photo: Photo | null;
}

export interface List {
  kind: 'list';
  id: string;
  ordered: boolean;
  items: ListItem[];
}

/** A table cell: one or more paragraphs. */
export interface TableCell {
  paragraphs: Run[][];
}

export interface TableColumn {
  header: Run[];
  /** Share of the table's width, relative to the other columns. */
  weight: number;
}

/** A data table with one header row (repeated on every page the table runs onto). */
export interface Table {
  kind: 'table';
  id: string;
  caption: Run[];
  columns: TableColumn[];
  rows: TableCell[][];
  /** The first column names its row (a journey's lanes): header cells with row scope when tagged. */
  rowHeaders?: boolean;
}

/** Term–value pairs (organisation, dates, facilitators on the cover and in the summary). */
export interface Facts {
  kind: 'facts';
  id: string;
  /** Each value is one or more lines (a facilitator a line). */
  items: { term: Run[]; value: Run[][] }[];
}

/** A diagram drawn as vectors, with its text alternative and a visible caption. */
export interface Figure {
  kind: 'figure';
  id: string;
  scene: Scene;
  alt: Run;
  caption: Run[];
  /** The page orientation that fits the diagram's shape best. */
  orientation: Orientation;
}

/** A standalone image (the cover logo), at most maxWidth × maxHeight points. */
export interface ImageBlock {
  kind: 'image';
  id: string;
  photo: Photo;
  maxWidth: number;
  maxHeight: number;
}

/** The table of contents: its entries are the document's outlined level-1 headings. */
export interface Contents {
  kind: 'contents';
  id: string;
}

export type Block = Heading | Paragraph | List | Table | Facts | Figure | ImageBlock | Contents;

export type SectionKind = 'cover' | 'contents' | 'summary' | 'agenda' | 'board' | 'outcomes';

export interface Section {
  kind: SectionKind;
  id: string;
  boardKind: BoardKind | null;
  /** The section's name (for a board, its title). */
  title: string;
  lang: string;
  blocks: Block[];
}

export interface ReportMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
}

/** Fixed words the renderer itself prints (page furniture). */
export interface FurnitureLabels {
  /** The language these words are in: the report's (a diagram's own alt text may be in another). */
  lang: Language;
  /** "Page 3 of 12", in the report's language. */
  pageOf: (page: number, pages: number) => string;
  /** The caption over one part of a diagram split across pages. */
  figurePart: (part: number, parts: number) => string;
  /** The caption of the overview of a diagram split across pages. */
  figureOverview: (parts: number) => string;
}

export interface ReportDocument {
  lang: Language;
  paper: Paper;
  metadata: ReportMetadata;
  /** The running header on every page but the cover (the project title). */
  runningHeader: string;
  furniture: FurnitureLabels;
  sections: Section[];
  /** The images the document shows (photos, logo), by attachment id. */
  images: Attachment[];
}
