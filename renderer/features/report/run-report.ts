// Makes a PDF report off the main thread: one worker per report, always terminated (on the
// answer, an error or a cancel). The fonts ship with the app and are fetched from its own origin.
import boldUrl from '../../../resources/fonts/NotoSans-Bold.ttf?url';
import italicUrl from '../../../resources/fonts/NotoSans-Italic.ttf?url';
import regularUrl from '../../../resources/fonts/NotoSans-Regular.ttf?url';
import type { ProjectSnapshot } from '../../../shared/model';
import type { ReportFonts } from '../../../shared/report/pdf/jspdf-surface';
import type { ReportOptions } from '../../../shared/report/options';
import type { ReportReply, ReportRequest } from './report-protocol';

export function reportCancelled(): DOMException {
  return new DOMException('The report was cancelled', 'AbortError');
}

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the report's font could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

async function loadFonts(): Promise<ReportFonts> {
  const [regular, bold, italic] = await Promise.all([fontBytes(regularUrl), fontBytes(boldUrl), fontBytes(italicUrl)]);
  return { regular, bold, italic };
}

/**
 * The report of a snapshot as PDF bytes. Rejects with an Error saying why, or an AbortError when
 * `signal` cancels it (the worker is stopped at once; nothing is half-written anywhere).
 */
export async function runReport(
  snapshot: ProjectSnapshot,
  options: Partial<ReportOptions>,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const fonts = await loadFonts();
  if (signal?.aborted) throw reportCancelled();
  const worker = startWorker();
  // Workers run in every browser and Electron Kartta supports; without one there is no report
  // rather than a second copy of jsPDF in the page's bundle.
  if (!worker) throw new Error('the report worker could not be started');
  return new Promise<Uint8Array>((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      settle();
    };
    const onAbort = () => finish(() => reject(reportCancelled()));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ReportReply>) => {
      const reply = event.data;
      finish(() => (reply.ok ? resolve(reply.pdf) : reject(new Error(reply.message))));
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: keep it out of the console as an uncaught error.
      event.preventDefault();
      finish(() => reject(new Error(event.message || 'the report worker could not be started')));
    };
    worker.onmessageerror = () =>
      finish(() => reject(new Error('the report worker sent an answer that could not be read')));
    const request: ReportRequest = { snapshot, options, fonts };
    worker.postMessage(request, [fonts.regular.buffer, fonts.bold.buffer, fonts.italic.buffer]);
  });
}

/** Vite builds this exact `new Worker(new URL(…))` form as a same-origin file (the CSP allows it). */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
