import { scoreY, type CurveFrame } from '../../../shared/journey';

export const CURVE_FRAME: CurveFrame = { stageWidth: 200, height: 96, padding: 10 };
const SCALE = [2, 1, 0, -1, -2];

/**
 * One stage's slice of the emotion curve: the whole path, seen through a window one column
 * wide, so the slices of neighbouring cells join into one curve without an overlay on the table.
 */
export function EmotionCurveSlice({
  path,
  stageIndex,
  score,
  variant,
}: {
  path: string;
  stageIndex: number;
  score: number | null;
  /** Which emotion lane of the journey this is: each persona's curve gets its own colour and dashes. */
  variant: number;
}) {
  const { stageWidth: w, height: h } = CURVE_FRAME;
  return (
    <div className="emotion-slice" aria-hidden="true">
      <svg viewBox={`${stageIndex * w} 0 ${w} ${h}`} preserveAspectRatio="none" width="100%" height={h}>
        {SCALE.map((s) => (
          <line
            key={s}
            className={s === 0 ? 'emotion-zero' : 'emotion-grid'}
            x1={stageIndex * w}
            x2={(stageIndex + 1) * w}
            y1={scoreY(s, CURVE_FRAME)}
            y2={scoreY(s, CURVE_FRAME)}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {path && (
          <path className={`emotion-path emotion-variant-${variant % 4}`} d={path} vectorEffect="non-scaling-stroke" />
        )}
      </svg>
      {score !== null && (
        <span
          className={`emotion-dot emotion-dot-${score < 0 ? 'low' : 'high'}`}
          style={{ top: scoreY(score, CURVE_FRAME) }}
        />
      )}
    </div>
  );
}

/** The labelled scale beside the emotion lane's title, at the heights of the curve's grid lines. */
export function EmotionScale({ label }: { label: string }) {
  return (
    <ul className="emotion-scale" aria-label={label} style={{ height: CURVE_FRAME.height }}>
      {SCALE.map((s) => (
        <li key={s} style={{ top: scoreY(s, CURVE_FRAME) }}>
          {s > 0 ? `+${s}` : s < 0 ? `−${-s}` : '0'}
        </li>
      ))}
    </ul>
  );
}
