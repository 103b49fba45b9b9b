// The report document as PDF bytes: measure with the embedded fonts, lay out, paint, finish.
import type { ReportDocument } from '../tree';
import { JsPdfSurface, type ReportFonts } from './jspdf-surface';
import { layoutDocument } from './layout/layout-document';
import type { LaidDocument } from './ops';
import { paintDocument, type PaintHooks } from './paint';
import { pageSize } from './styles';

export interface RenderedReport {
  pdf: Uint8Array;
  /** The laid-out pages (tests and a tagging step read them). */
  laid: LaidDocument;
}

export function renderReportPdf(document: ReportDocument, fonts: ReportFonts, hooks: PaintHooks = {}): RenderedReport {
  // The cover is always the first page, in portrait.
  const surface = new JsPdfSurface(fonts, { ...pageSize(document.paper, 'portrait'), orientation: 'portrait' });
  const laid = layoutDocument(document, surface);
  paintDocument(surface, laid, document, hooks);
  const pdf = surface.finish({
    title: document.metadata.title,
    author: document.metadata.author,
    subject: document.metadata.subject,
    keywords: document.metadata.keywords.join(', '),
    creator: document.metadata.creator,
    lang: document.lang,
  });
  return { pdf, laid };
}
