import { useEffect, useState } from 'react';
import { ReportDialog } from './ReportDialog';
import { onOpenReportDialog } from './report-events';

/** Shows the Export PDF dialog for whichever project asked (a button, or the native menu). */
export function ReportDialogHost() {
  const [projectId, setProjectId] = useState<string | null>(null);
  useEffect(() => onOpenReportDialog(setProjectId), []);
  return projectId ? <ReportDialog key={projectId} projectId={projectId} onClose={() => setProjectId(null)} /> : null;
}
