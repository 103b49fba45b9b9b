// The messages between the page and the flow-layout worker (flow-layout.worker.ts).
import type { ElkNode } from 'elkjs/lib/elk-api';

/**
 * The page asks for one layout; the worker runs it once and is then terminated. No `cmd` field on
 * purpose: ELK's own code also reads a worker's messages and acts on their `cmd`.
 */
export interface FlowLayoutRequest {
  graph: ElkNode;
}

/** Actor centres (a Map survives structured cloning), or why ELK failed. */
export type FlowLayoutReply =
  { ok: true; positions: Map<string, { x: number; y: number }> } | { ok: false; message: string };

/** A readable reason from whatever ELK threw (its errors are Java exceptions compiled by GWT). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
