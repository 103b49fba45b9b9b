// `npx tsx bench/journey-grid.ts [stages] [lanes] [notes]`: how a big journey (default 40 stages
// × 12 lanes with 600 notes, issue 5's scale) feels in Debian's Chromium: open, and typing in a
// note. Prints numbers; never part of npm test. Needs `npm run build` (or web) output.
import type { JourneyContent, ProjectSnapshot } from '../shared/model';
import { noteColors } from '../shared/model';
import { describeFrames, emptyProject, percentile, profiled, withImportedProject } from './harness';

const STAGES = Number(process.argv[2] ?? 40);
const LANES = Number(process.argv[3] ?? 12);
const NOTES = Number(process.argv[4] ?? 600);
const PORT = 4193;

function bigJourney(): JourneyContent {
  const stages = Array.from({ length: STAGES }, (_, i) => ({
    id: `stage-${i}`,
    title: `Vaihe ${i + 1}`,
    steps: [],
  }));
  const lanes = Array.from({ length: LANES }, (_, i) => ({
    id: `lane-${i}`,
    title: `Kaista ${i + 1}`,
    // One emotion lane and one channels lane; the rest hold notes.
    type: i === 2 ? ('emotion' as const) : i === 3 ? ('channels' as const) : ('notes' as const),
    lineBelow: null,
    collapsed: false,
    color: null,
  }));
  const noteLanes = lanes.filter((l) => l.type === 'notes');
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    id: `note-${i}`,
    stageId: stages[i % STAGES].id,
    laneId: noteLanes[Math.floor(i / STAGES) % noteLanes.length].id,
    text: `Havainto ${i}: asiakas soittaa neuvontaan`,
    color: noteColors[i % noteColors.length],
    tags: [],
    order: Math.floor(i / (STAGES * noteLanes.length)),
    authorId: null,
    photoId: null,
    votes: 0,
  }));
  return {
    preset: 'customer-journey',
    persona: 'Aino',
    personaRef: null,
    state: 'as-is',
    basedOn: null,
    stages,
    lanes,
    notes,
    scores: stages.map((s, i) => ({ stageId: s.id, laneId: 'lane-2', score: ((i % 5) - 2) as -2 | -1 | 0 | 1 | 2 })),
    touchpoints: stages.map((s) => ({ stageId: s.id, laneId: 'lane-3', channels: ['web' as const], text: '' })),
  };
}

async function main(): Promise<void> {
  const title = `Journey ${STAGES}x${LANES}`;
  const project: ProjectSnapshot = {
    project: emptyProject('bench-journey', 'Bench journey'),
    attachments: [],
    boards: [{ id: 'bench-journey', kind: 'journey', title, order: 0, content: bigJourney() }],
  };
  await withImportedProject(project, PORT, async (page, browser, takeFrames) => {
    const t0 = Date.now();
    await page.getByRole('link', { name: title }).click();
    await page.locator('.journey-note-text').first().waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const openMs = Date.now() - t0;
    const openFrames = await takeFrames();
    const note = page.locator('.journey-note-text').nth(100);
    await note.click();
    await page.keyboard.press('End');
    const keyTimes: number[] = [];
    await profiled(page, 'typing', async () => {
      for (const ch of ' kirjoitusviive') {
        const k0 = performance.now();
        await page.keyboard.type(ch);
        keyTimes.push(performance.now() - k0);
      }
    });
    const typingFrames = await takeFrames();
    console.log(
      `journey ${STAGES} stages × ${LANES} lanes, ${NOTES} notes (Chromium ${browser.version()}, headless, no GPU)`,
    );
    console.log(`open board -> grid drawn: ${openMs} ms; ${describeFrames(openFrames)}`);
    console.log(
      `typing in a note, per key round trip: p50 ${percentile(keyTimes, 50).toFixed(1)} ms, p95 ${percentile(keyTimes, 95).toFixed(1)} ms; ${describeFrames(typingFrames)}`,
    );
  });
}

void main();
