// Runs the "as a flow" layout of an ecosystem map in a Web Worker (flow-layout.worker.ts), so a
// big map does not freeze the page. One worker per call, always terminated: on the answer, an
// error, the timeout or a cancel.
import type { EcosystemContent } from '../../../shared/model';
import { toElkGraph, type FlowLayoutResult } from '../../../shared/ecosystem/flow-layout';
import type { FlowLayoutReply, FlowLayoutRequest } from './flow-layout-protocol';

/**
 * About three times what 2,000 actors with 4,000 random relations took in Chromium on a busy
 * 2-core machine (bench/flow-layout.ts measures ELK in Node).
 */
export const FLOW_LAYOUT_TIMEOUT_MS = 60_000;

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

export interface RunFlowLayoutOptions {
  /** Cancels the layout: the worker is terminated and the promise rejects with an AbortError. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The rejection of a cancelled layout; tell it from a failure by `error.name === 'AbortError'`. */
export function flowLayoutCancelled(): DOMException {
  return new DOMException('The flow layout was cancelled', 'AbortError');
}

/**
 * Lays the map out as a flow (left to right along its relations). Resolves with what
 * `applyLayout` takes; rejects with an Error saying why (ELK failed, the worker failed to start,
 * the timeout), or an AbortError when `signal` cancels it.
 */
export function runFlowLayout(
  content: Pick<EcosystemContent, 'actors' | 'relations'>,
  { signal, timeoutMs = FLOW_LAYOUT_TIMEOUT_MS }: RunFlowLayoutOptions = {},
): Promise<FlowLayoutResult> {
  if (signal?.aborted) return Promise.reject(flowLayoutCancelled());
  if (content.actors.length === 0) return Promise.resolve({ view: 'flow', positions: new Map() });
  const graph = toElkGraph(content);
  const worker = startWorker();
  // Workers run in every browser and Electron Kartta supports; without one there is no flow layout
  // rather than a second 1.4 MB copy of ELK in the page's bundle (the by-ring layout still works).
  if (!worker) return Promise.reject(new Error('The flow layout worker could not be started'));

  return new Promise<FlowLayoutResult>((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      settle();
    };
    const onAbort = () => finish(() => reject(flowLayoutCancelled()));
    const timer = setTimeout(
      () => finish(() => reject(new Error(`The flow layout took longer than ${seconds(timeoutMs)} and was stopped`))),
      timeoutMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<FlowLayoutReply>) => {
      const reply = event.data;
      finish(() =>
        reply.ok
          ? resolve({ view: 'flow', positions: reply.positions })
          : reject(new Error(`The flow layout failed: ${reply.message}`)),
      );
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: keep it out of the console as an uncaught error.
      event.preventDefault();
      finish(() => reject(new Error(`The flow layout worker failed: ${event.message || 'it could not be started'}`)));
    };
    worker.onmessageerror = () =>
      finish(() => reject(new Error('The flow layout worker sent an answer that could not be read')));
    worker.postMessage({ graph } satisfies FlowLayoutRequest);
  });
}

/**
 * The worker, or null where there is none. Vite finds this exact `new Worker(new URL(…))` form and
 * builds the worker as its own same-origin file (no blob: or data: URL for the CSP to allow).
 */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./flow-layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Refused synchronously (a security error): the caller says the layout could not run.
    return null;
  }
}
