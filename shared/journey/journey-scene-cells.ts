// What a journey cell holds besides notes, drawn at the origin `width` wide: a channels cell's
// chosen channels (icon and name, as the editor's pressed toggles) and its text, and the grid
// lines of an emotion cell's slice of the scale.
import { channels as channelOrder, type Touchpoint } from '../model/boards/journey';
import type { SceneShape } from '../drawing/scene';
import { fitParagraphs } from '../drawing/paragraphs';
import { fitText, textWidth } from '../drawing/text-fit';
import { textBlock } from '../drawing/layout';
import { channelIcons } from './channel-icons';
import { scoreY, type CurveFrame } from './emotion-curve';
import { EMOTION_SCALE, JOURNEY_COLORS, JOURNEY_TEXT, type JourneySceneLabels } from './journey-scene-style';

const PILL = { height: 20, padX: 6, icon: 12, gap: 4, between: 4 } as const;
const TEXT_LINES = 8;

function pill(
  label: string,
  icon: string,
  x: number,
  y: number,
  maxWidth: number,
): { shapes: SceneShape[]; width: number } {
  const { fontSize, bold, fill } = JOURNEY_TEXT.channel;
  const room = maxWidth - 2 * PILL.padX - PILL.icon - PILL.gap;
  // A name too long for the cell shrinks, then ends with "…" (the icon still tells the channel).
  const fitted = fitText(label, room, [fontSize, fontSize - 1], bold, 1);
  const text = fitted?.lines[0] ?? '';
  const size = fitted?.fontSize ?? fontSize;
  const width = 2 * PILL.padX + PILL.icon + PILL.gap + textWidth(text, size, bold);
  const middle = y + PILL.height / 2;
  return {
    width,
    shapes: [
      { kind: 'rect', x, y, width, height: PILL.height, radius: PILL.height / 2, fill: JOURNEY_COLORS.channel },
      {
        kind: 'path',
        d: icon,
        fill,
        fillRule: 'evenodd',
        x: x + PILL.padX,
        y: middle - PILL.icon / 2,
        scale: PILL.icon / 24,
        width: 24,
        height: 24,
      },
      {
        kind: 'text',
        x: x + PILL.padX + PILL.icon + PILL.gap,
        y: middle + 0.35 * size,
        text,
        fontSize: size,
        bold,
        anchor: 'start',
        fill,
      },
    ],
  };
}

/** The chosen channels as pills that wrap like words, then the touchpoint's text; and the height. */
export function channelsContent(
  touchpoint: Touchpoint | undefined,
  width: number,
  labels: JourneySceneLabels,
): { shapes: SceneShape[]; height: number } {
  if (!touchpoint) return { shapes: [], height: 0 };
  const shapes: SceneShape[] = [];
  const chosen = channelOrder.filter((c) => touchpoint.channels.includes(c));
  let x = 0;
  let y = 0;
  for (const channel of chosen) {
    const probe = pill(labels.channels[channel], channelIcons[channel], 0, 0, width);
    if (x > 0 && x + probe.width > width) {
      x = 0;
      y += PILL.height + PILL.between;
    }
    const placed = pill(labels.channels[channel], channelIcons[channel], x, y, width);
    shapes.push(...placed.shapes);
    x += placed.width + PILL.between;
  }
  let height = chosen.length > 0 ? y + PILL.height : 0;
  const text = touchpoint.text.trim();
  if (text) {
    const { fontSize, bold, fill, lineHeight } = JOURNEY_TEXT.touchpoint;
    const fitted = fitParagraphs(text, width, [fontSize, fontSize - 1], bold, TEXT_LINES);
    if (fitted) {
      if (height > 0) height += 6;
      const block = textBlock(fitted.lines, 0, height, { fontSize: fitted.fontSize, bold, fill, lineHeight });
      shapes.push(...block.shapes);
      height += block.height;
    }
  }
  return { shapes, height };
}

/** The scale's grid lines across one emotion cell, the zero line dashed (`.emotion-grid`, `.emotion-zero`). */
export function emotionGrid(x: number, top: number, width: number, frame: CurveFrame): SceneShape[] {
  return EMOTION_SCALE.map((score) => {
    const y = top + scoreY(score, frame);
    return {
      kind: 'line',
      x1: x,
      y1: y,
      x2: x + width,
      y2: y,
      stroke: score === 0 ? JOURNEY_COLORS.emotionZero : JOURNEY_COLORS.emotionGrid,
      strokeWidth: 1,
      dash: score === 0 ? '4 3' : undefined,
      arrowStart: false,
      arrowEnd: false,
    };
  });
}
