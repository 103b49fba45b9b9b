// The flow layout's Web Worker: elkjs takes seconds on a big map (PITFALLS.md), so it runs here
// and the page stays responsive. One worker per layout; the page terminates it afterwards.
//
// elk.bundled.js carries ELK's GWT-compiled code with its in-thread "fake worker": one file,
// no nested worker, no eval or new Function (the CSP's default-src 'self' covers this file).
import ELK from 'elkjs/lib/elk.bundled.js';
import { positionsFromElk } from '../../../shared/ecosystem/flow-layout';
import { describeError, type FlowLayoutReply, type FlowLayoutRequest } from './flow-layout-protocol';

/** The renderer is typed with the DOM library, not WebWorker: the little of the worker scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<FlowLayoutRequest>) => void) | null;
  postMessage(reply: FlowLayoutReply): void;
}

const scope = self as unknown as WorkerScope;
// The first `new ELK()` loads ELK's GWT code, which, in a worker, makes itself the worker's
// message handler (it expects to be the whole worker). So ELK comes first and ours replaces it.
const elk = new ELK();

scope.onmessage = async (event) => {
  let reply: FlowLayoutReply;
  try {
    reply = { ok: true, positions: positionsFromElk(await elk.layout(event.data.graph)) };
  } catch (error) {
    reply = { ok: false, message: describeError(error) };
  }
  scope.postMessage(reply);
};
