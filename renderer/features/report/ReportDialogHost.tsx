import { lazy, Suspense, useEffect, useState } from 'react';
import { onOpenReportDialog } from './report-events';

// Loaded when first asked for: it brings the report's document builder and drawing scenes.
const ReportDialog = lazy(() => import('./ReportDialog').then((m) => ({ default: m.ReportDialog })));

/** Shows the Export PDF dialog for whichever project asked (a button, or the native menu). */
export function ReportDialogHost() {
  const [projectId, setProjectId] = useState<string | null>(null);
  useEffect(() => onOpenReportDialog(setProjectId), []);
  if (!projectId) return null;
  return (
    <Suspense fallback={null}>
      <ReportDialog key={projectId} projectId={projectId} onClose={() => setProjectId(null)} />
    </Suspense>
  );
}
