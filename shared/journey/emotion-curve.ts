/**
 * Geometry of a journey's emotion curve: one point per scored stage (the stage's centre on x,
 * the score on y), joined by a smooth curve. A stage without a score breaks the curve: bridging
 * the gap would draw a feeling nobody recorded. A lone scored stage is a point without a line.
 *
 * The curve is a monotone cubic (Fritsch–Carlson), so it never swings above +2 or below −2 between
 * two scores, as a Catmull-Rom spline would.
 */

export const MIN_SCORE = -2;
export const MAX_SCORE = 2;

export interface CurveFrame {
  /** Width of one stage column. */
  readonly stageWidth: number;
  /** Height of the drawing; +2 is at `padding`, −2 at `height - padding`. */
  readonly height: number;
  readonly padding: number;
}

export interface CurvePoint {
  readonly stageIndex: number;
  readonly score: number;
  readonly x: number;
  readonly y: number;
}

export interface EmotionCurve {
  readonly points: readonly CurvePoint[];
  /** SVG path data: one `M … C …` run per unbroken stretch of scored stages; '' when none has two. */
  readonly path: string;
}

export const stageCentreX = (stageIndex: number, frame: CurveFrame) => (stageIndex + 0.5) * frame.stageWidth;

export function scoreY(score: number, frame: CurveFrame): number {
  const clamped = Math.min(MAX_SCORE, Math.max(MIN_SCORE, score));
  const usable = frame.height - 2 * frame.padding;
  return frame.padding + ((MAX_SCORE - clamped) / (MAX_SCORE - MIN_SCORE)) * usable;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Scores by stage index (null = not scored) to the curve's points and path. */
export function emotionCurve(scores: readonly (number | null)[], frame: CurveFrame): EmotionCurve {
  const points: CurvePoint[] = [];
  const runs: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  scores.forEach((score, stageIndex) => {
    if (score === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const point = { stageIndex, score, x: stageCentreX(stageIndex, frame), y: scoreY(score, frame) };
    points.push(point);
    run.push(point);
  });
  if (run.length > 0) runs.push(run);
  const path = runs
    .filter((r) => r.length > 1)
    .map(runPath)
    .join(' ');
  return { points, path };
}

function runPath(run: readonly CurvePoint[]): string {
  const slopes = monotoneSlopes(run);
  let d = `M${round(run[0].x)} ${round(run[0].y)}`;
  for (let i = 0; i < run.length - 1; i++) {
    const a = run[i];
    const b = run[i + 1];
    const third = (b.x - a.x) / 3;
    d +=
      ` C${round(a.x + third)} ${round(a.y + slopes[i] * third)}` +
      ` ${round(b.x - third)} ${round(b.y - slopes[i + 1] * third)}` +
      ` ${round(b.x)} ${round(b.y)}`;
  }
  return d;
}

/** Fritsch–Carlson tangents: flat at a peak or a valley, limited so no segment overshoots. */
function monotoneSlopes(run: readonly CurvePoint[]): number[] {
  const n = run.length;
  const secants = run.slice(0, -1).map((p, i) => (run[i + 1].y - p.y) / (run[i + 1].x - p.x));
  const slopes = run.map((_, i) => {
    if (i === 0) return secants[0];
    if (i === n - 1) return secants[n - 2];
    const [before, after] = [secants[i - 1], secants[i]];
    return before * after <= 0 ? 0 : (before + after) / 2;
  });
  secants.forEach((secant, i) => {
    if (secant === 0) {
      slopes[i] = 0;
      slopes[i + 1] = 0;
      return;
    }
    const alpha = slopes[i] / secant;
    const beta = slopes[i + 1] / secant;
    const length = Math.hypot(alpha, beta);
    if (length > 3) {
      slopes[i] = (3 / length) * alpha * secant;
      slopes[i + 1] = (3 / length) * beta * secant;
    }
  });
  return slopes;
}
