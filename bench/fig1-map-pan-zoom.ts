// Figure 1: p50 and p95 frame time while the same script pans and zooms an ecosystem map of 500,
// 1,000 and 2,000 actors (2× relations) in the app and in a bare React Flow page drawing the same
// graph with default nodes and edges; the p95 also against the 16.7 ms frame budget.
import type { ProjectSnapshot } from '../shared/model';
import { generateEcosystem } from '../shared/samples/generate-map';
import { emptyProject } from './harness';
import {
  boardHref,
  importThroughUi,
  loadApp,
  newPage,
  settle,
  writeProjectFile,
  type Session,
} from './browser-session';
import { busyPerStep, panZoomSteps } from './frame-times';
import { percentileOf, result, type BenchResult } from './results-format';

export const MAP_SIZES = [500, 1000, 2000] as const;
const SEED = 7;
const FRAME_BUDGET_MS = 1000 / 60;

function mapsProject(): ProjectSnapshot {
  return {
    project: emptyProject('bench-maps', 'Bench: maps'),
    attachments: [],
    boards: MAP_SIZES.map((actors, order) => ({
      id: `bench-map-${actors}`,
      kind: 'ecosystem' as const,
      title: `Map of ${actors} actors`,
      order,
      content: generateEcosystem(actors, actors * 2, SEED),
    })),
  };
}

export async function mapPanZoom(session: Session, log: (line: string) => void): Promise<BenchResult[]> {
  const project = mapsProject();
  const { context, page } = await newPage(session);
  const results: BenchResult[] = [];
  try {
    await importThroughUi(session, page, writeProjectFile(session, 'maps', project), 'Map of 500 actors');
    for (const actors of MAP_SIZES) {
      await loadApp(session, page, boardHref(project.project.id, `bench-map-${actors}`));
      await page.locator('.react-flow__node-actor, .eco-canvas-layer').first().waitFor({ timeout: 120_000 });
      await settle(page);
      const app = await busyPerStep(page, await panZoomSteps(page));

      await page.goto(
        `${session.origin}/bench/flow-baseline.html?actors=${actors}&relations=${actors * 2}&seed=${SEED}`,
      );
      await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
      await settle(page);
      const bare = await busyPerStep(page, await panZoomSteps(page));

      const [p50, p95, b50, b95] = [
        percentileOf(app, 50),
        percentileOf(app, 95),
        percentileOf(bare, 50),
        percentileOf(bare, 95),
      ];
      log(
        `map ${actors}: app p50 ${p50.toFixed(1)} p95 ${p95.toFixed(1)} max ${Math.max(...app).toFixed(0)}; bare React Flow p50 ${b50.toFixed(1)} p95 ${b95.toFixed(1)} max ${Math.max(...bare).toFixed(0)} (ms, ${app.length} steps)`,
      );
      results.push(
        result(`1. map pan/zoom ${actors} actors: frame p50 (vs bare React Flow)`, p50, 'ms', b50),
        result(`1. map pan/zoom ${actors} actors: frame p95 (vs bare React Flow)`, p95, 'ms', b95),
        result(`1. map pan/zoom ${actors} actors: frame p95 (vs 16.7 ms budget)`, p95, 'ms', FRAME_BUDGET_MS),
      );
    }
  } finally {
    await context.close();
  }
  return results;
}
