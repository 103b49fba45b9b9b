// The title row, stage headers and lane headers of a drawn journey, each at the origin and as
// tall as its content; journey-scene.ts places them and draws their backgrounds.
import type { JourneyContent, Lane, Stage } from '../model/boards/journey';
import type { SceneShape } from '../drawing/scene';
import { fitParagraphs } from '../drawing/paragraphs';
import { fitText, textWidth } from '../drawing/text-fit';
import { textBlock, type TextStyle } from '../drawing/layout';
import { scoreY, type CurveFrame } from './emotion-curve';
import {
  CURVE_WIDTH,
  EMOTION_SCALE,
  JOURNEY_SIZES,
  JOURNEY_TEXT,
  type JourneySceneLabels,
} from './journey-scene-style';

type Block = { shapes: SceneShape[]; height: number };
const PAD = JOURNEY_SIZES.headerPad;

/** Text fitted into `width` from `style`'s size down by `shrink` steps, at most `maxLines` lines, at (x, top). */
function fittedBlock(
  text: string,
  x: number,
  top: number,
  width: number,
  style: TextStyle,
  maxLines: number,
  shrink = 2,
): Block {
  const sizes = Array.from({ length: shrink + 1 }, (_, i) => style.fontSize - i);
  const fitted = fitParagraphs(text, width, sizes, style.bold, maxLines);
  if (!fitted) return { shapes: [], height: 0 };
  return textBlock(fitted.lines, x, top, { ...style, fontSize: fitted.fontSize });
}

/** The board title, and under it the persona and the journey's state ("Persona: Aino · As-is"). */
export function titleRow(content: JourneyContent, labels: JourneySceneLabels, width: number): Block {
  const title = fittedBlock(labels.title, 0, 0, width, JOURNEY_TEXT.title, 2, 4);
  const subtitle = [labels.persona.trim(), labels.states[content.state]].filter(Boolean).join(' · ');
  const sub = fittedBlock(subtitle, 0, title.height + 2, width, JOURNEY_TEXT.subtitle, 2, 1);
  return { shapes: [...title.shapes, ...sub.shapes], height: title.height + 2 + sub.height };
}

/** A stage's title and its steps as a numbered list, `width` wide with padding. */
export function stageHeader(stage: Stage, width: number): Block {
  const inner = width - 2 * PAD;
  const title = fittedBlock(stage.title, PAD, PAD, inner, JOURNEY_TEXT.header, 3);
  const shapes = [...title.shapes];
  let y = PAD + title.height;
  const style = JOURNEY_TEXT.step;
  // Numbers right-aligned in a column as wide as the largest, the steps' text left-aligned after it.
  const numberWidth = textWidth(`${stage.steps.length}.`, style.fontSize) + 4;
  stage.steps.forEach((step, i) => {
    y += i === 0 ? 4 : 2;
    const block = fittedBlock(step, PAD + numberWidth, y, inner - numberWidth, style, 3, 1);
    if (block.shapes.length === 0) return;
    const first = block.shapes[0];
    shapes.push(
      {
        kind: 'text',
        x: PAD + numberWidth - 4,
        y: first.kind === 'text' ? first.y : y + style.fontSize,
        text: `${i + 1}.`,
        fontSize: first.kind === 'text' ? first.fontSize : style.fontSize,
        bold: false,
        anchor: 'end',
        fill: style.fill,
      },
      ...block.shapes,
    );
    y += block.height;
  });
  return { shapes, height: y + PAD };
}

const SWATCH = 30;

/** The widest scale word, at most half the header (the words shrink, then end with "…"): the title keeps the rest. */
export function scaleWidth(labels: JourneySceneLabels, headerWidth: number): number {
  const { fontSize } = JOURNEY_TEXT.scale;
  const widest = Math.max(...EMOTION_SCALE.map((s) => textWidth(labels.scores[s], fontSize)));
  return Math.min(Math.ceil(widest), Math.floor((headerWidth - 2 * PAD) / 2));
}

/**
 * A lane's title and type name; an emotion lane's also leaves room for its scale on the right and
 * shows a sample of its curve's line (which curve is which, when there are several).
 */
export function laneHeader(
  lane: Lane,
  width: number,
  labels: JourneySceneLabels,
  curve: { stroke: string; dash: string | undefined } | null,
): Block {
  const scale = lane.type === 'emotion' ? scaleWidth(labels, width) + 6 : 0;
  const inner = width - 2 * PAD - scale;
  // A lane grows with its header, so a long title may take four lines before it is shortened.
  const title = fittedBlock(lane.title, PAD, PAD, inner, JOURNEY_TEXT.header, 4);
  const type = fittedBlock(labels.laneTypes[lane.type], PAD, PAD + title.height, inner, JOURNEY_TEXT.laneType, 2, 1);
  const shapes = [...title.shapes, ...type.shapes];
  let y = PAD + title.height + type.height;
  if (curve) {
    // A stroked path, not a line: drawn with the curve's round caps, a dotted sample looks dotted.
    shapes.push({
      kind: 'path',
      d: `M0 0H${SWATCH}`,
      fill: 'none',
      fillRule: 'nonzero',
      stroke: curve.stroke,
      strokeWidth: CURVE_WIDTH,
      dash: curve.dash,
      x: PAD + CURVE_WIDTH / 2,
      y: y + 8,
      scale: 1,
      width: SWATCH,
      height: 0,
    });
    y += 16;
  }
  return { shapes, height: y + PAD };
}

/** The scale's words right-aligned at `right`, each at the height of its grid line in the lane. */
export function emotionScale(
  right: number,
  top: number,
  frame: CurveFrame,
  labels: JourneySceneLabels,
  width: number,
): SceneShape[] {
  const { fontSize, fill } = JOURNEY_TEXT.scale;
  return EMOTION_SCALE.flatMap((score): SceneShape[] => {
    const fitted = fitText(labels.scores[score], width, [fontSize, fontSize - 1, fontSize - 2], false, 1);
    if (!fitted) return [];
    return [
      {
        kind: 'text',
        x: right,
        y: top + scoreY(score, frame) + 0.35 * fitted.fontSize,
        text: fitted.lines[0],
        fontSize: fitted.fontSize,
        bold: false,
        anchor: 'end',
        fill,
      },
    ];
  });
}
