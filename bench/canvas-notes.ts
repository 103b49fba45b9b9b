// `npx tsx bench/canvas-notes.ts [notes]`: how a canvas with many notes feels in Debian's Chromium.
// Prints numbers; never part of npm test (DESIGN.md). Needs `npm run build` (or web) output.
import { describeFrames, emptyProject, percentile, profiled, withImportedProject, zoomAndPan } from './harness';
import { businessModelCanvas, instantiateTemplate } from '../shared/templates';
import { noteColors, type ProjectSnapshot } from '../shared/model';

const NOTES = Number(process.argv[2] ?? 1000);
const PORT = 4191;

function bigCanvasProject(count: number): ProjectSnapshot {
  let n = 0;
  const content = instantiateTemplate(businessModelCanvas, 'en', () => `s${++n}`);
  for (let i = 0; i < count; i++) {
    const section = content.sections[i % content.sections.length];
    const slot = Math.floor(i / content.sections.length);
    content.notes.push({
      id: `note-${i}`,
      sectionId: section.id,
      text: `Muistiinpano ${i}: asukkaan havainto lupaprosessista`,
      color: noteColors[i % noteColors.length],
      x: section.x + 12 + (slot % 4) * 30,
      y: section.y + 56 + Math.floor(slot / 4) * 12,
      tags: i % 5 === 0 ? ['havainto'] : [],
      authorId: null,
      photoId: null,
    });
  }
  return {
    project: emptyProject('bench', `Bench ${count}`),
    attachments: [],
    boards: [{ id: 'bench-canvas', kind: 'canvas', title: `Canvas with ${count} notes`, order: 0, content }],
  };
}

async function main(): Promise<void> {
  await withImportedProject(bigCanvasProject(NOTES), PORT, async (page, browser, takeFrames) => {
    const t0 = Date.now();
    await page.getByRole('link', { name: `Canvas with ${NOTES} notes` }).click();
    // From 500 notes on a canvas opens as an overview (notes painted on one canvas, issue 10).
    await page.waitForFunction(
      (n) =>
        document.querySelector('.canvas-notes-layer') ||
        document.querySelectorAll('.react-flow__node-note').length === n,
      NOTES,
    );
    const openMs = Date.now() - t0;
    await takeFrames();
    // Zoom in over the middle until notes are mounted, to type into one.
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (pane) await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let i = 0; i < 20 && (await page.locator('.react-flow__node-note').count()) === 0; i++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(200);
    }
    await takeFrames();

    // Typing: per-key round trip (key press -> textarea shows it) and long frames meanwhile.
    await page.locator('.react-flow__node-note').last().focus();
    await page.keyboard.press('Enter');
    const editor = page.locator('.react-flow__node textarea');
    await editor.waitFor();
    const keyTimes: number[] = [];
    // PROFILE=1 also prints where the main thread spends its time while typing.
    await profiled(page, 'typing', async () => {
      for (const ch of 'kirjoitusviive') {
        const k0 = performance.now();
        await page.keyboard.type(ch);
        keyTimes.push(performance.now() - k0);
      }
    });
    await page.keyboard.press('Escape');
    const typingFrames = await takeFrames();

    // Zoom with the wheel, then pan by dragging the pane.
    await zoomAndPan(page);
    const zoomPanFrames = await takeFrames();

    console.log(`canvas with ${NOTES} notes (Chromium ${browser.version()}, headless, no GPU)`);
    console.log(`open board -> drawn (every note, or the overview): ${openMs} ms`);
    console.log(
      `typing, per key round trip: p50 ${percentile(keyTimes, 50).toFixed(1)} ms, p95 ${percentile(keyTimes, 95).toFixed(1)} ms`,
    );
    console.log(`typing: ${describeFrames(typingFrames)}`);
    console.log(`zoom and pan: ${describeFrames(zoomPanFrames)}`);
  });
}

void main();
