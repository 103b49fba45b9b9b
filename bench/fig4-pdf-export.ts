// Figure 4: the PDF report of the S, M and L projects: time, size and peak memory (each in a fresh
// Node process, as `npm run report` makes it), beside Chromium's own print to PDF (`page.pdf()`)
// of SVG renderings of the same boards' diagrams in the same run: the way draw.io desktop and
// Electron's printToPDF make PDFs. The baseline holds only the diagrams; the report also carries
// the cover, contents, listings and tags, so it is the heavier document of the two.
// Runs alone too (`npx tsx bench/fig4-pdf-export.ts [S,M,L]`, no build needed) to work on the report.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { sceneToSvg } from '../shared/drawing/svg';
import { serializeKarttaFile, toKarttaFile, type ProjectSnapshot } from '../shared/model';
import { buildReportDocument } from '../shared/report';
import { generateProject } from '../shared/samples/generate-project';
import { fileOp } from './fig5-import-export';
import { formatTable, result, type BenchResult } from './results-format';

/** Every diagram of the report as an SVG, one per A4 landscape page. */
function diagramsPage(snapshot: ProjectSnapshot): string {
  const doc = buildReportDocument(snapshot, { language: 'fi' });
  const svgs = doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'figure' ? [sceneToSvg(b.scene).replace(/^<\?xml[^>]*>\s*/, '')] : []));
  return `<!doctype html><meta charset="utf-8"><style>
    @page { size: A4 landscape; margin: 12mm }
    body { margin: 0; font-family: 'Noto Sans', 'DejaVu Sans', sans-serif }
    .page { break-after: page; width: 100%; height: 180mm }
    .page svg { width: 100%; height: 100%; }
  </style>${svgs.map((svg) => `<div class="page">${svg}</div>`).join('')}`;
}

async function chromiumPrint(browser: Browser, html: string): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    return { ms: performance.now() - start, bytes: pdf.byteLength };
  } finally {
    await context.close();
  }
}

export async function pdfExport(
  browser: Browser,
  projects: { size: 'S' | 'M' | 'L'; snapshot: ProjectSnapshot; file: string }[],
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const { size, snapshot, file } of projects) {
    const report = fileOp('pdf', file);
    const print = await chromiumPrint(browser, diagramsPage(snapshot));
    const mb = (bytes: number | null) => (bytes === null ? null : bytes / 1e6);
    log(
      `${size}: report ${report.ms.toFixed(0)} ms, ${mb(report.bytes)?.toFixed(1)} MB, +${report.peakMB.toFixed(0)} MB memory; ` +
        `Chromium print of the diagrams ${print.ms.toFixed(0)} ms, ${mb(print.bytes)?.toFixed(1)} MB`,
    );
    out.push(
      result(`4. PDF report ${size}: time (vs Chromium print of the diagrams)`, report.ms, 'ms', print.ms),
      result(
        `4. PDF report ${size}: size (vs Chromium print of the diagrams)`,
        mb(report.bytes),
        'MB',
        mb(print.bytes),
      ),
      result(`4. PDF report ${size}: peak memory rise`, report.peakMB, 'MB'),
    );
  }
  return out;
}

/** Figure 4 alone: the projects generated as run-all.ts makes them (seed 1), written to a temp folder. */
async function main(): Promise<void> {
  const sizes = (process.argv[2] ?? 'S,M,L').split(',') as ('S' | 'M' | 'L')[];
  const dir = mkdtempSync(join(tmpdir(), 'kartta-fig4-'));
  const projects = sizes.map((size) => {
    const snapshot = generateProject(size, 1);
    const file = join(dir, `${size}.kartta`);
    writeFileSync(file, serializeKarttaFile(toKarttaFile(snapshot, 'bench')));
    return { size, snapshot, file };
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    console.log(formatTable(await pdfExport(browser, projects, (line) => console.log(`  ${line}`))));
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
