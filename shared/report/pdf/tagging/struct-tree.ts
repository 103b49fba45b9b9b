// The logical structure kept in JS while the report is painted: structure elements (standard
// PDF 1.7 types only, so no RoleMap), their marked content (MCIDs per page) and the annotations
// they own. write-structure.ts turns it into PDF objects once the pages are written.

export type StructType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'TOC'
  | 'TOCI'
  | 'Link';

/** A marked-content sequence on page `page` (from 0). */
export interface MarkedContentRef {
  kind: 'mcid';
  page: number;
  mcid: number;
}

/** A link annotation (index into the tagger's annotations), tied to its Link element by an OBJR. */
export interface AnnotationRef {
  kind: 'annotation';
  page: number;
  index: number;
}

/** A rectangle in PDF user space (origin bottom left) of page `page` (from 0). */
export interface PageBox {
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface StructElem {
  kind: 'elem';
  type: StructType;
  kids: (StructElem | MarkedContentRef | AnnotationRef)[];
  /** The language of the element's own text; written only where it differs from the parent's. */
  lang?: string;
  /** The language in effect (its own or inherited), filled in by `settleLanguages`. */
  langInEffect?: string;
  /** Text alternative (figures). */
  alt?: string;
  /** A figure's bounding box (the Layout attribute /BBox). */
  bbox?: PageBox;
  /** A header cell's scope. */
  scope?: 'Column' | 'Row';
  /** A list's numbering. */
  numbering?: 'Decimal' | 'Disc' | 'None';
  /** A Link element's description of its annotation (/Contents). */
  linkText?: string;
}

export function elem(type: StructType, kids: StructElem[] = [], extra: Partial<StructElem> = {}): StructElem {
  return { kind: 'elem', type, kids, ...extra };
}

export const isElem = (kid: StructElem['kids'][number]): kid is StructElem => kid.kind === 'elem';

/**
 * Writes each element's language only where it differs from its parent's and records the language
 * in effect everywhere (the tagger marks passages in another language by it).
 */
export function settleLanguages(node: StructElem, inherited: string): void {
  const own = node.lang ?? inherited;
  node.langInEffect = own;
  if (node.lang === inherited) delete node.lang;
  for (const kid of node.kids) if (isElem(kid)) settleLanguages(kid, own);
}

/** Elements that must stay even without content: cells keep a table's grid regular. */
const KEEP_EMPTY = new Set<StructType>(['TD', 'TH', 'TR']);

/** Drops elements that got no content (a missing photo, an empty paragraph); returns false when `node` itself is empty. */
export function pruneEmpty(node: StructElem): boolean {
  node.kids = node.kids.filter((kid) => !isElem(kid) || pruneEmpty(kid));
  return node.kids.length > 0 || KEEP_EMPTY.has(node.type);
}

/** Elements depth first, in reading order. */
export function* walk(node: StructElem): Generator<StructElem> {
  yield node;
  for (const kid of node.kids) if (isElem(kid)) yield* walk(kid);
}
