// What the layout produces and the painter draws: pages of drawing operations in points (origin
// top left). Every operation names its owner: a node of the report tree (content) or an artifact
// (page furniture and decoration), so a tagging step can wrap each run of content in marked
// content tied to its structure element and mark the rest as artifacts (issue 12).
import type { Box, Scene } from '../../drawing/scene';
import type { Orientation } from '../tree';

export type FontFace = 'regular' | 'bold' | 'italic';

/** Page furniture and ornament; 'repeat' is a table's header row repeated on a following page. */
export type ArtifactType = 'header' | 'footer' | 'decoration' | 'repeat';

/**
 * Who a drawing belongs to. `part` names a piece of the node: a list item's 'label' (bullet) or
 * 'details', a table's 'head:<column>' or 'cell:<row>:<column>', a figure's 'caption' or 'detail'
 * (an enlarged part of a split diagram), a photo's 'photo'.
 */
export type Owner = { kind: 'node'; id: string; part?: string } | { kind: 'artifact'; type: ArtifactType };

export type DrawOp =
  | {
      kind: 'text';
      owner: Owner;
      x: number;
      /** The baseline. */
      y: number;
      text: string;
      face: FontFace;
      size: number;
      color: string;
      /** The passage's language (BCP 47). */
      lang: string;
      /**
       * What the drawn text stands for when it differs: a word's part before a hyphen the line
       * break added ("rakennus" for "rakennus-"), so extraction and screen readers get the word.
       */
      actualText?: string;
    }
  | {
      kind: 'rect';
      owner: Owner;
      x: number;
      y: number;
      width: number;
      height: number;
      radius: number;
      fill: string | null;
      stroke: string | null;
      lineWidth: number;
    }
  | {
      kind: 'line';
      owner: Owner;
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      color: string;
      width: number;
      /** Dash and gap lengths with round caps (a dotted leader), or none. */
      dash?: number[];
    }
  /** A diagram: `viewport` (scene units) drawn into `box` (points), clipped to it. */
  | { kind: 'scene'; owner: Owner; scene: Scene; viewport: Box; box: Box }
  | { kind: 'image'; owner: Owner; attachmentId: string; x: number; y: number; width: number; height: number }
  /** A link to the place of a heading (a contents entry). */
  | { kind: 'link'; owner: Owner; x: number; y: number; width: number; height: number; target: string }
  /** The page number of a heading, right-aligned at x; filled in when all pages are known. */
  | {
      kind: 'page-number';
      owner: Owner;
      x: number;
      y: number;
      target: string;
      face: FontFace;
      size: number;
      color: string;
      lang: string;
    };

export interface LaidPage {
  width: number;
  height: number;
  orientation: Orientation;
  /** The section the page belongs to; the cover has no running header or footer. */
  sectionId: string;
  furniture: boolean;
  ops: DrawOp[];
}

/** Where a heading landed: page index from 0, and its top in points. */
export interface Destination {
  page: number;
  y: number;
}

export interface OutlineEntry {
  headingId: string;
  title: string;
  lang: string;
  children: OutlineEntry[];
}

export interface LaidDocument {
  pages: LaidPage[];
  destinations: ReadonlyMap<string, Destination>;
  outline: OutlineEntry[];
}

/** Width of text in points, measured with the embedded font's own metrics. */
export interface Measurer {
  width(text: string, face: FontFace, size: number): number;
}
