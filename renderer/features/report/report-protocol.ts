// The messages between the page and the report worker (report.worker.ts).
import type { ProjectSnapshot } from '../../../shared/model';
import type { ReportFonts, ReportOptions } from '../../../shared/report';

/** One report per worker: the snapshot, the options and the fonts' bytes (transferred, not copied). */
export interface ReportRequest {
  snapshot: ProjectSnapshot;
  options: Partial<ReportOptions>;
  fonts: ReportFonts;
}

export type ReportReply = { ok: true; pdf: Uint8Array } | { ok: false; message: string };
