// Run by fig5-import-export.ts in a fresh Node process per measurement:
// `tsx bench/file-op-child.ts <op> <file>`. Prints {"ms", "peakMB"} as JSON: the op's wall time
// and the most the process's resident memory rose above where it stood just before the op.
// A worker thread samples the RSS every 2 ms, since the op blocks the main thread throughout.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { restore, serializeKarttaFile, toKarttaFile, type ProjectSnapshot } from '../shared/model';
import { makeReportPdf, type ReportFonts } from '../shared/report';

const font = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../resources/fonts', name)));
/** Read before the op starts, as the app has them at hand. */
const fonts: ReportFonts = {
  regular: font('NotoSans-Regular.ttf'),
  bold: font('NotoSans-Bold.ttf'),
  italic: font('NotoSans-Italic.ttf'),
};

const SAMPLER = `
const { parentPort } = require('node:worker_threads');
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 2);
parentPort.on('message', () => { clearInterval(timer); peak = Math.max(peak, process.memoryUsage.rss()); parentPort.postMessage(peak); });
parentPort.postMessage('ready');
`;

const OPS: Record<string, (text: string, snapshot: ProjectSnapshot) => unknown> = {
  // Import: the app's own reading of a file (size and depth checks, safe parse, the schema).
  restore: (text) => {
    const restored = restore(text);
    if (!restored.ok) throw new Error(`the file does not restore: ${JSON.stringify(restored.error)}`);
    return restored;
  },
  'json-parse': (text) => JSON.parse(text),
  // Export: the snapshot to the text of a .kartta file.
  serialize: (_, snapshot) => serializeKarttaFile(toKarttaFile(snapshot, 'bench')),
  'json-stringify': (_, snapshot) => JSON.stringify(snapshot),
  // Figure 4: the whole PDF report, in Finnish (a tagged PDF with every board and its listings).
  pdf: (_, snapshot) => makeReportPdf(snapshot, { language: 'fi' }, fonts),
};

async function main(): Promise<void> {
  const [op, file] = process.argv.slice(2);
  const run = op ? OPS[op] : undefined;
  if (!run || !file) throw new Error(`usage: file-op-child.ts <${Object.keys(OPS).join('|')}> <file>`);
  const text = readFileSync(file, 'utf8');
  const snapshot = (JSON.parse(text) as { snapshot: ProjectSnapshot }).snapshot;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const sampler = new Worker(SAMPLER, { eval: true });
  await new Promise((ready) => sampler.once('message', ready));
  const before = process.memoryUsage.rss();
  const start = performance.now();
  const kept = run(text, snapshot);
  const ms = performance.now() - start;
  const peak = await new Promise<number>((done) => {
    sampler.once('message', done);
    sampler.postMessage('stop');
  });
  await sampler.terminate();
  const bytes = kept instanceof Uint8Array ? kept.byteLength : null;
  console.log(JSON.stringify({ ms, peakMB: (peak - before) / 1e6, bytes, kept: kept !== undefined }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
