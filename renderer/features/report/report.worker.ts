// The PDF report's Web Worker: a big project takes seconds to lay out and draw, and the page
// must stay responsive (and cancellable: the page terminates this worker).
import { makeReportPdf } from '../../../shared/report';
import type { ReportReply, ReportRequest } from './report-protocol';

/** The renderer is typed with the DOM library, not WebWorker: the little of the worker scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportRequest>) => void) | null;
  postMessage(reply: ReportReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const { snapshot, options, fonts } = event.data;
    const pdf = makeReportPdf(snapshot, options, fonts);
    scope.postMessage({ ok: true, pdf }, [pdf.buffer]);
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
