// The flow-layout worker's script, run in Node against a stand-in worker scope. `self` is set up
// before the script runs, as in a browser worker, so ELK's GWT code (loaded by the first
// `new ELK()`) makes itself the message handler; this checks that the worker's own handler wins.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { layoutAsFlow, toElkGraph } from '../../../shared/ecosystem/flow-layout';
import { buildSampleProject } from '../../../shared/samples';
import type { FlowLayoutReply, FlowLayoutRequest } from '../../../renderer/features/ecosystem/flow-layout-protocol';

const scope = {
  onmessage: null as ((event: { data: FlowLayoutRequest }) => Promise<void> | void) | null,
  postMessage: vi.fn<(reply: FlowLayoutReply) => void>(),
};

async function ask(request: FlowLayoutRequest): Promise<FlowLayoutReply> {
  scope.postMessage.mockClear();
  await scope.onmessage?.({ data: request });
  await vi.waitFor(() => expect(scope.postMessage).toHaveBeenCalledTimes(1));
  return scope.postMessage.mock.calls[0][0];
}

function sampleMap() {
  const board = buildSampleProject().boards.find((b) => b.kind === 'ecosystem');
  if (board?.kind !== 'ecosystem') throw new Error('the sample has no ecosystem map');
  return board.content;
}

describe('flow-layout.worker', () => {
  // The worker script runs once, as in a browser, before any test (each also runs alone).
  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('../../../renderer/features/ecosystem/flow-layout.worker');
  });
  afterAll(() => vi.unstubAllGlobals());

  it('answers a layout request with the actor positions', async () => {
    const content = sampleMap();
    const reply = await ask({ graph: toElkGraph(content) });
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    expect(reply).toEqual({ ok: true, positions: (await layoutAsFlow(content, new ELK())).positions });
  });

  it("answers with ELK's reason when the layout fails", async () => {
    const graph = { id: 'root', children: [{ id: 'a', width: 10, height: 10 }] };
    const reply = await ask({ graph: { ...graph, edges: [{ id: 'e', sources: ['a'], targets: ['nobody'] }] } });
    expect(reply).toEqual({ ok: false, message: expect.stringContaining('Referenced shape does not exist: nobody') });
  });
});
