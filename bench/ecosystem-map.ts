// `npx tsx bench/ecosystem-map.ts [actors]`: how an ecosystem map of many actors (2× relations)
// feels in Debian's Chromium: open, zoom and pan, drag one actor. Prints numbers; never part of
// npm test. Needs `npm run build` (or web) output.
import { generateEcosystem } from '../shared/samples';
import type { ProjectSnapshot } from '../shared/model';
import { describeFrames, emptyProject, profiled, withImportedProject, zoomAndPan } from './harness';

const ACTORS = Number(process.argv[2] ?? 2000);
const PORT = 4192;

function bigMapProject(actors: number): ProjectSnapshot {
  const title = `Map with ${actors} actors`;
  return {
    project: emptyProject('bench-map', `Bench map ${actors}`),
    attachments: [],
    boards: [
      { id: 'bench-map', kind: 'ecosystem', title, order: 0, content: generateEcosystem(actors, actors * 2, 7) },
    ],
  };
}

async function main(): Promise<void> {
  const project = bigMapProject(ACTORS);
  await withImportedProject(project, PORT, async (page, browser, takeFrames) => {
    const t0 = Date.now();
    await page.getByRole('link', { name: project.boards[0].title }).click();
    // A big map opens zoomed out, as an overview; a smaller one with its actors and relations.
    await page.locator('.react-flow__node-actor, .eco-canvas-layer').first().waitFor();
    // Two more frames: React Flow has measured and drawn what is in view.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const openMs = Date.now() - t0;
    const inDom = await page.locator('.react-flow__node-actor').count();
    const openFrames = await takeFrames();
    // SHOTS=dir saves what the map looked like, to look at.
    const shot = (name: string) =>
      process.env.SHOTS ? page.screenshot({ path: `${process.env.SHOTS}/map-${ACTORS}-${name}.png` }) : null;
    await shot('open');

    await zoomAndPan(page);
    const zoomPanFrames = await takeFrames();

    // Zoomed in (labels shown, fewer actors in view), pan again.
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await profiled(page, 'zooming in', async () => {
      for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -250);
      await page.waitForTimeout(500);
    });
    const zoomInFrames = await takeFrames();
    await shot('zoomed-in');
    await zoomAndPan(page);
    const closePanFrames = await takeFrames();

    // Drag one actor: drop written, one undo step.
    const actor = page.locator('.react-flow__node-actor').first();
    await actor.waitFor();
    const box = await actor.boundingBox();
    let dragMs = NaN;
    if (box) {
      await page.mouse.move(box.x + 20, box.y + box.height / 2);
      const d0 = Date.now();
      await profiled(page, 'dragging', async () => {
        await page.mouse.down();
        await page.mouse.move(box.x + 120, box.y + 60, { steps: 10 });
        await page.mouse.up();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      });
      dragMs = Date.now() - d0;
    }
    const dragFrames = await takeFrames();

    console.log(`map with ${ACTORS} actors, ${ACTORS * 2} relations (Chromium ${browser.version()}, headless, no GPU)`);
    console.log(`open board -> map drawn: ${openMs} ms (${inDom} actors in the DOM); ${describeFrames(openFrames)}`);
    console.log(`zoom and pan (whole map): ${describeFrames(zoomPanFrames)}`);
    console.log(`zoom in: ${describeFrames(zoomInFrames)}`);
    console.log(`pan zoomed in: ${describeFrames(closePanFrames)}`);
    console.log(`drag one actor (10 moves, drop): ${dragMs} ms; ${describeFrames(dragFrames)}`);
  });
}

void main();
