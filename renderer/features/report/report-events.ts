// Export PDF is asked for from the project page and from the native menu: both raise this event,
// and the one dialog host in the app answers it.
const OPEN_REPORT = 'kartta:open-report';

export function openReportDialog(projectId: string): void {
  window.dispatchEvent(new CustomEvent<string>(OPEN_REPORT, { detail: projectId }));
}

export function onOpenReportDialog(listener: (projectId: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  window.addEventListener(OPEN_REPORT, handler);
  return () => window.removeEventListener(OPEN_REPORT, handler);
}
