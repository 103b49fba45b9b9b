// The few runtime globals that both Node 20 and Chromium provide. shared/ compiles without DOM and
// Node types on purpose, so these are declared here, narrowly, instead of pulling either in.
declare const crypto: { randomUUID(): string };
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
