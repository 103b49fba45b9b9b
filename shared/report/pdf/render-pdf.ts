// The report document as PDF bytes: measure with the embedded fonts, lay out, paint (tagging every
// run), finish with the structure tree. Every report is tagged: there is no untagged path.
import type { ReportDocument } from '../tree';
import { JsPdfSurface, type ReportFonts } from './jspdf-surface';
import { layoutDocument } from './layout/layout-document';
import type { LaidDocument } from './ops';
import { paintDocument, type PaintHooks } from './paint';
import { pageSize } from './styles';
import { mapDocument } from './tagging/map-document';
import type { StructElem } from './tagging/struct-tree';
import { Tagger } from './tagging/tagger';
import { StructureWriter } from './tagging/write-structure';

export interface RenderedReport {
  pdf: Uint8Array;
  /** The laid-out pages (tests read them). */
  laid: LaidDocument;
  /** The structure tree written into the PDF (tests read it). */
  structure: StructElem;
  /** Drawing owners that had no structure element (a bug: expected empty). */
  unmapped: readonly string[];
}

/** Calls the tagger's hooks, then the caller's. */
function both(first: PaintHooks, second: PaintHooks): PaintHooks {
  return {
    beginRun: (owner, page, lang) => {
      first.beginRun?.(owner, page, lang);
      second.beginRun?.(owner, page, lang);
    },
    endRun: (owner, page) => {
      second.endRun?.(owner, page);
      first.endRun?.(owner, page);
    },
    link: (owner, page, box, target) => {
      first.link?.(owner, page, box, target);
      second.link?.(owner, page, box, target);
    },
    beginGroup: (part) => second.beginGroup?.(part),
    endGroup: (part) => second.endGroup?.(part),
  };
}

export function renderReportPdf(document: ReportDocument, fonts: ReportFonts, hooks: PaintHooks = {}): RenderedReport {
  // The cover is always the first page, in portrait.
  const surface = new JsPdfSurface(fonts, { ...pageSize(document.paper, 'portrait'), orientation: 'portrait' });
  const laid = layoutDocument(document, surface);
  const structure = mapDocument(document, laid);
  const tagger = new Tagger(structure, laid, document.lang, (operators) => surface.markedContent(operators));
  paintDocument(surface, laid, document, both(tagger, hooks));
  const info = {
    title: document.metadata.title,
    author: document.metadata.author,
    subject: document.metadata.subject,
    keywords: document.metadata.keywords.join(', '),
    creator: document.metadata.creator,
    lang: document.lang,
  };
  const pdf = surface.finish(info, new StructureWriter(structure.root, tagger, laid, info));
  return { pdf, laid, structure: structure.root, unmapped: tagger.unmapped };
}
