// runFlowLayout's handling of its worker (a stand-in here: Node has no Web Worker), and what it
// says where no worker can start. The worker script itself is tested in
// flow-layout-worker.test.ts, and in a browser by the E2E through "Arrange as flow".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toElkGraph } from '../../../shared/ecosystem/flow-layout';
import type { EcosystemContent } from '../../../shared/model';
import { buildSampleProject } from '../../../shared/samples';
import type { FlowLayoutReply, FlowLayoutRequest } from '../../../renderer/features/ecosystem/flow-layout-protocol';
import { runFlowLayout } from '../../../renderer/features/ecosystem/run-flow-layout';

function sampleMap(): EcosystemContent {
  const board = buildSampleProject().boards.find((b) => b.kind === 'ecosystem');
  if (board?.kind !== 'ecosystem') throw new Error('the sample has no ecosystem map');
  return board.content;
}

/** Records what the page does with its worker; the test plays the worker's part. */
class FakeWorker {
  static started: FakeWorker[] = [];
  static refuse = false;
  onmessage: ((event: { data: FlowLayoutReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: FlowLayoutRequest[] = [];
  terminated = 0;

  constructor(
    readonly url: URL | string,
    readonly options?: { type?: string },
  ) {
    if (FakeWorker.refuse) throw new DOMException('refused', 'SecurityError');
    FakeWorker.started.push(this);
  }
  postMessage(message: FlowLayoutRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated++;
  }
  reply(reply: FlowLayoutReply): void {
    this.onmessage?.({ data: reply });
  }
}

function onlyWorker(): FakeWorker {
  expect(FakeWorker.started).toHaveLength(1);
  return FakeWorker.started[0];
}

const twoActors = {
  actors: sampleMap().actors.slice(0, 2),
  relations: [],
};

describe('runFlowLayout with a worker', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    FakeWorker.refuse = false;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("posts the map's ELK graph to a module worker and resolves with its positions, then ends it", async () => {
    const content = sampleMap();
    const running = runFlowLayout(content);
    const worker = onlyWorker();
    expect(String(worker.url)).toContain('flow-layout.worker');
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.posted).toEqual([{ graph: toElkGraph(content) }]);
    const positions = new Map([['actor-1', { x: 10, y: -20 }]]);
    worker.reply({ ok: true, positions });
    await expect(running).resolves.toEqual({ view: 'flow', positions });
    expect(worker.terminated).toBe(1);
  });

  it("rejects with ELK's reason when the layout fails, and ends the worker", async () => {
    const running = runFlowLayout(twoActors);
    const worker = onlyWorker();
    worker.reply({ ok: false, message: 'Referenced shape does not exist: zz' });
    await expect(running).rejects.toThrow('The flow layout failed: Referenced shape does not exist: zz');
    expect(worker.terminated).toBe(1);
  });

  it('rejects when the worker itself fails (e.g. its script cannot load), without an uncaught error', async () => {
    const running = runFlowLayout(twoActors);
    const worker = onlyWorker();
    const preventDefault = vi.fn();
    worker.onerror?.({ message: '', preventDefault });
    await expect(running).rejects.toThrow('The flow layout worker failed: it could not be started');
    expect(preventDefault).toHaveBeenCalled();
    expect(worker.terminated).toBe(1);
  });

  it('gives up after the timeout and ends the worker; a late answer changes nothing', async () => {
    const running = runFlowLayout(twoActors, { timeoutMs: 30 });
    const worker = onlyWorker();
    await expect(running).rejects.toThrow('The flow layout took longer than 30 ms and was stopped');
    expect(worker.terminated).toBe(1);
    worker.reply({ ok: true, positions: new Map() });
    expect(worker.terminated).toBe(1);
  });

  it('is cancelled by its signal: an AbortError, and the worker ends at once', async () => {
    const controller = new AbortController();
    const running = runFlowLayout(twoActors, { signal: controller.signal });
    const worker = onlyWorker();
    controller.abort();
    expect(worker.terminated).toBe(1);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not start a worker for a cancelled request or an empty map', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runFlowLayout(twoActors, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(runFlowLayout({ actors: [], relations: [] })).resolves.toEqual({ view: 'flow', positions: new Map() });
    expect(FakeWorker.started).toHaveLength(0);
  });

  it('ends the worker once only: a cancel after the answer does nothing', async () => {
    const controller = new AbortController();
    const running = runFlowLayout(twoActors, { signal: controller.signal });
    const worker = onlyWorker();
    worker.reply({ ok: true, positions: new Map() });
    await running;
    controller.abort();
    expect(worker.terminated).toBe(1);
  });

  it('says so when a worker is refused (no second copy of ELK runs in the page)', async () => {
    FakeWorker.refuse = true;
    await expect(runFlowLayout(sampleMap())).rejects.toThrow('The flow layout worker could not be started');
  });
});

describe('runFlowLayout without workers', () => {
  it('rejects with a reason instead of freezing the page', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(runFlowLayout(sampleMap())).rejects.toThrow('The flow layout worker could not be started');
  });

  it('does nothing for a cancelled request', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runFlowLayout(sampleMap(), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
