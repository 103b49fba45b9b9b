import type { KarttaDB } from './db';

/**
 * The logo last chosen for a project's report, remembered on this machine (the meta table) for the
 * next report: the logo is a report option, not part of the project (shared/report/options.ts),
 * but the image itself is a project attachment, so it travels in the .kartta file.
 */
export const REPORT_LOGO_PREFIX = 'report.logo.';
export const reportLogoKey = (projectId: string) => `${REPORT_LOGO_PREFIX}${projectId}`;

/** The remembered logo's attachment id, or null (never chosen, or removed). */
export async function readReportLogo(db: KarttaDB, projectId: string): Promise<string | null> {
  const value = (await db.meta.get(reportLogoKey(projectId)))?.value;
  return typeof value === 'string' && value !== '' ? value : null;
}

export async function rememberReportLogo(db: KarttaDB, projectId: string, attachmentId: string | null): Promise<void> {
  if (attachmentId === null) await db.meta.delete(reportLogoKey(projectId));
  else await db.meta.put({ key: reportLogoKey(projectId), value: attachmentId });
}
