// `npm run bench`: every figure of issue 10 in one run, each beside its baseline measured in the
// same run, headless in Debian's Chromium and in Node. Prints a table and writes
// bench/results/latest.json. Needs the app built (`npm run bench` builds it first).
// Takes about 3 minutes on 2 cores; BENCH_PORT (default 4300) sets the local server's port.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import type { BoardOf, ProjectSnapshot } from '../shared/model';
import { generateCanvasProject, generateProject } from '../shared/samples/generate-project';
import { buildBaselinePages, PAGES_OUT } from './build-pages';
import { importThroughUi, newPage, writeProjectFile, type Session } from './browser-session';
import { mapPanZoom } from './fig1-map-pan-zoom';
import { openBigBoards } from './fig2-open-board';
import { typingAndDragging } from './fig3-typing-drag';
import { pdfExport } from './fig4-pdf-export';
import { exportInPage, importExportNode, importInPage } from './fig5-import-export';
import { startUp } from './fig6-startup';
import { formatTable, result, type BenchResult } from './results-format';
import { serveStatic } from './static-server';

const PORT = Number(process.env.BENCH_PORT ?? 4300);
const BIG_CANVAS_NOTES = 5000;
const RESULTS_FILE = resolve(__dirname, 'results/latest.json');

const log = (line: string) => console.log(`  ${line}`);
/** BENCH_ONLY=1,3 runs only those figures (for working on one); the full run writes the results file. */
const only = process.env.BENCH_ONLY?.split(',');
const boardsOf = <K extends BoardOf<'canvas'>['kind'] | 'ecosystem'>(s: ProjectSnapshot, kind: K) =>
  s.boards.filter((b): b is BoardOf<K> => b.kind === kind);

/** Runs one figure; a failure is logged and leaves the other figures running. */
async function figure(
  title: string,
  results: BenchResult[],
  run: () => Promise<BenchResult[]> | BenchResult[],
  { neededByOthers = false } = {},
) {
  const skipped = only !== undefined && !only.includes(title.split('.')[0] ?? '');
  if (skipped && neededByOthers) return void (await run());
  if (skipped) return;
  const start = performance.now();
  console.log(`${title}…`);
  try {
    results.push(...(await run()));
  } catch (error) {
    console.error(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    results.push(result(`${title}: failed (see the run's log)`, null, ''));
  }
  log(`(${((performance.now() - start) / 1000).toFixed(0)} s)`);
}

async function main(): Promise<void> {
  const began = performance.now();
  await buildBaselinePages();
  const large = generateProject('L', 1);
  const bigCanvas = generateCanvasProject(BIG_CANVAS_NOTES, 1);
  const map = boardsOf(large, 'ecosystem')[0];
  const fullest = boardsOf(large, 'canvas').sort((a, b) => b.content.notes.length - a.content.notes.length)[0];
  if (!map || !fullest) throw new Error('the L project has no map or no canvas');
  const firstBoard = (s: ProjectSnapshot) => s.boards[0]?.title ?? '';

  const server = await serveStatic(PORT, [
    { prefix: '/bench/', dir: PAGES_OUT },
    { prefix: '/', dir: resolve(__dirname, '../out/renderer') },
  ]);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const session: Session = {
    browser,
    origin: `http://127.0.0.1:${PORT}`,
    dir: mkdtempSync(join(tmpdir(), 'kartta-bench-')),
  };
  const largeFile = writeProjectFile(session, 'large', large);
  const results: BenchResult[] = [];
  try {
    await figure('1. map pan and zoom', results, () => mapPanZoom(session, log));

    // One browser profile holds the L project and the big canvas for figures 2, 3, 5 and 6.
    const { context, page } = await newPage(session);
    try {
      await figure('5. import (page)', results, () => importInPage(session, page, largeFile, firstBoard(large), log), {
        neededByOthers: true,
      });
      const canvasFile = writeProjectFile(session, 'canvas', bigCanvas);
      await importThroughUi(session, page, canvasFile, firstBoard(bigCanvas));
      await figure('2. open a big board', results, () =>
        openBigBoards(
          session,
          page,
          [
            {
              label: `the ${BIG_CANVAS_NOTES}-note canvas`,
              projectId: bigCanvas.project.id,
              boardId: bigCanvas.boards[0]?.id ?? '',
              title: firstBoard(bigCanvas),
              // A canvas this big opens as an overview: its notes painted on one canvas (issue 10).
              selector: '.react-flow__node-note, .canvas-notes-layer',
              count: 1,
            },
            {
              label: `the L map (${map.content.actors.length} actors)`,
              projectId: large.project.id,
              boardId: map.id,
              title: map.title,
              selector: '.react-flow__node-actor, .eco-canvas-layer',
              count: 1,
            },
          ],
          log,
        ),
      );
      log(`typing and dragging on "${fullest.title}" (${fullest.content.notes.length} notes) and the L map`);
      await figure('3. typing and dragging', results, () =>
        typingAndDragging(session, page, { projectId: large.project.id, canvasId: fullest.id, mapId: map.id }, log),
      );
      await figure('5. export (page)', results, () =>
        exportInPage(session, page, large.project.id, firstBoard(large), log),
      );
      await figure('6. start-up', results, () => startUp(session, page, large.project.title, log));
    } finally {
      await context.close();
    }
    await figure('5. import and export (Node)', results, () => importExportNode(largeFile, log));
    const reportProjects = [
      ...(['S', 'M'] as const).map((size) => {
        const snapshot = generateProject(size, 1);
        return { size, snapshot, file: writeProjectFile(session, size, snapshot) };
      }),
      { size: 'L' as const, snapshot: large, file: largeFile },
    ];
    await figure('4. PDF export', results, () => pdfExport(browser, reportProjects, log));
  } finally {
    await browser.close();
    server.close();
  }

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    headless: true,
    gpu: false,
    // A string, not an array: the file then stays as Prettier would write it (npm run lint checks it).
    loadAverageAtEnd: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    date: new Date().toISOString(),
    minutes: Number(((performance.now() - began) / 60000).toFixed(1)),
  };
  // In figure order (the page import runs early because the later figures need its project).
  results.sort((a, b) => parseInt(a.name, 10) - parseInt(b.name, 10));
  console.log(`\n${formatTable(results)}\n`);
  console.log(`machine: ${JSON.stringify(machine)}`);
  if (only) return;
  mkdirSync(resolve(__dirname, 'results'), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ machine, results }, null, 2)}\n`);
  console.log(`written: bench/results/latest.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
