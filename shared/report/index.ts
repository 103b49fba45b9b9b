// The report's public API: snapshot -> document tree -> PDF bytes. Runs in the renderer (a worker)
// and in Node (scripts/report.ts) alike; the caller supplies the font bytes.
import type { ProjectSnapshot } from '../model';
import { buildReportDocument } from './build-document';
import type { ReportOptions } from './options';
import type { ReportFonts } from './pdf/jspdf-surface';
import { renderReportPdf } from './pdf/render-pdf';

export { buildReportDocument, chosenBoards } from './build-document';
export { defaultReportOptions, resolveReportOptions, type ReportOptions } from './options';
export { reportLabels, type ReportLabels } from './labels';
export { renderReportPdf, type RenderedReport } from './pdf/render-pdf';
export type { ReportFonts } from './pdf/jspdf-surface';
export type { PaintHooks } from './pdf/paint';
export type * from './tree';

/** The whole way: a project snapshot as a PDF report. */
export function makeReportPdf(
  snapshot: ProjectSnapshot,
  options: Partial<ReportOptions>,
  fonts: ReportFonts,
): Uint8Array {
  return renderReportPdf(buildReportDocument(snapshot, options), fonts).pdf;
}
