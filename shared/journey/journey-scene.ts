// A journey as a drawing (shared/drawing/scene.ts): the stage × lane grid the editor shows, made
// from the model alone so SVG/PNG export and the PDF report draw the same picture. Everything is
// drawn, collapsed lanes too: an export shows the whole journey.
import type { JourneyContent, Lane } from '../model/boards/journey';
import type { Scene, SceneGroup, SceneShape } from '../drawing/scene';
import { groupsBox } from '../drawing/scene';
import { growBox, moveShapes, textBlock } from '../drawing/layout';
import { mixColor } from '../drawing/color';
import { NOTE_FILLS } from '../drawing/note-style';
import { fitText } from '../drawing/text-fit';
import { emotionCurve, type CurveFrame } from './emotion-curve';
import { journeyCellKey, journeyCells, type JourneyCells } from './journey-cells';
import { channelsContent, emotionGrid } from './journey-scene-cells';
import { emotionScale, laneHeader, scaleWidth, stageHeader, titleRow } from './journey-scene-headers';
import { journeyNoteCard } from './journey-scene-notes';
import {
  CURVE_STYLES,
  CURVE_WIDTH,
  JOURNEY_COLORS,
  JOURNEY_SIZES as SIZES,
  JOURNEY_TEXT,
  type JourneySceneLabels,
} from './journey-scene-style';

export type { JourneySceneLabels } from './journey-scene-style';

const CELL_WIDTH = SIZES.stageWidth - 2 * SIZES.cellPad;
/** The title row is at least this wide, so a journey of one stage still has room for its title. */
const MIN_TITLE_WIDTH = 480;

type CellIndex = JourneyCells;

/** A lane's colours: its header and cells tinted with its note colour when it has one. */
function laneFills(lane: Lane): { header: string; cell: string } {
  if (!lane.color) return { header: JOURNEY_COLORS.laneHeader, cell: JOURNEY_COLORS.cell };
  const fill = NOTE_FILLS[lane.color];
  return { header: fill, cell: mixColor(fill, '#ffffff', 0.6) };
}

const box = (x: number, y: number, width: number, height: number, fill: string): SceneShape => ({
  kind: 'rect',
  x,
  y,
  width,
  height,
  radius: 0,
  fill,
  stroke: JOURNEY_COLORS.gridLine,
  strokeWidth: 1,
});

interface LaneContext {
  content: JourneyContent;
  labels: JourneySceneLabels;
  cells: CellIndex;
  stageX: (index: number) => number;
}

/** The cards of a notes or images cell, stacked; and the cell's height. */
function noteStack(ctx: LaneContext, lane: Lane, stageId: string) {
  const notes = ctx.cells.notes.get(journeyCellKey(stageId, lane.id)) ?? [];
  const cards = notes.map((note) => ({ note, card: journeyNoteCard(note, CELL_WIDTH, ctx.labels) }));
  const height = cards.reduce((sum, c) => sum + c.card.height, 0) + Math.max(0, cards.length - 1) * SIZES.noteGap;
  return { cards, height: cards.length > 0 ? height + 2 * SIZES.cellPad : 0 };
}

/** One lane: its header, its cells with their notes or channels, its curve; and its height. */
function laneGroups(
  ctx: LaneContext,
  lane: Lane,
  top: number,
  curveIndex: number,
): { groups: SceneGroup[]; height: number } {
  const { content, labels, cells, stageX } = ctx;
  const curveStyle = lane.type === 'emotion' ? CURVE_STYLES[curveIndex % CURVE_STYLES.length] : null;
  const header = laneHeader(lane, SIZES.laneHeaderWidth, labels, curveStyle);
  const stacks =
    lane.type === 'notes' || lane.type === 'images' ? content.stages.map((s) => noteStack(ctx, lane, s.id)) : [];
  const channelBlocks =
    lane.type === 'channels'
      ? content.stages.map((s) =>
          channelsContent(cells.touchpoints.get(journeyCellKey(s.id, lane.id)), CELL_WIDTH, labels),
        )
      : [];
  const height = Math.max(
    SIZES.minLaneHeight,
    header.height,
    lane.type === 'emotion' ? SIZES.emotionHeight : 0,
    ...stacks.map((s) => s.height),
    ...channelBlocks.map((b) => (b.height > 0 ? b.height + 2 * SIZES.cellPad : 0)),
  );
  const fills = laneFills(lane);
  const frame: CurveFrame = { stageWidth: SIZES.stageWidth, height, padding: SIZES.emotionPadding };
  const headerShapes = [box(0, top, SIZES.laneHeaderWidth, height, fills.header), ...moveShapes(header.shapes, 0, top)];
  if (lane.type === 'emotion') {
    const right = SIZES.laneHeaderWidth - SIZES.headerPad;
    headerShapes.push(...emotionScale(right, top, frame, labels, scaleWidth(labels, SIZES.laneHeaderWidth)));
  }
  const groups: SceneGroup[] = [{ part: { kind: 'lane', id: lane.id }, shapes: headerShapes }];
  content.stages.forEach((stage, i) => {
    const x = stageX(i);
    const inside = { x: x + SIZES.cellPad, y: top + SIZES.cellPad };
    const shapes = [box(x, top, SIZES.stageWidth, height, fills.cell)];
    if (lane.type === 'emotion') shapes.push(...emotionGrid(x, top, SIZES.stageWidth, frame));
    if (lane.type === 'channels') shapes.push(...moveShapes(channelBlocks[i].shapes, inside.x, inside.y));
    groups.push({ part: { kind: 'cell', stageId: stage.id, laneId: lane.id }, shapes });
    let y = inside.y;
    for (const { note, card } of stacks[i]?.cards ?? []) {
      groups.push({ part: { kind: 'note', id: note.id }, shapes: moveShapes(card.note, inside.x, y) });
      if (card.photo && note.photoId) {
        groups.push({
          part: { kind: 'photo', id: note.id, photoId: note.photoId },
          shapes: moveShapes(card.photo, inside.x, y),
        });
      }
      y += card.height + SIZES.noteGap;
    }
  });
  if (curveStyle) groups.push(curveGroup(ctx, lane, top, frame, curveStyle));
  return { groups, height };
}

/** The smooth curve through a lane's scores (a break where a stage has none) and a dot on each score. */
function curveGroup(
  { content, cells, stageX }: LaneContext,
  lane: Lane,
  top: number,
  frame: CurveFrame,
  style: { stroke: string; dash: string | undefined },
): SceneGroup {
  const scores = content.stages.map((s) => cells.scores.get(journeyCellKey(s.id, lane.id)) ?? null);
  const curve = emotionCurve(scores, frame);
  const left = stageX(0);
  const shapes: SceneShape[] = [];
  if (curve.path) {
    shapes.push({
      kind: 'path',
      d: curve.path,
      fill: 'none',
      fillRule: 'nonzero',
      stroke: style.stroke,
      strokeWidth: CURVE_WIDTH,
      dash: style.dash,
      x: left,
      y: top,
      scale: 1,
      width: content.stages.length * frame.stageWidth,
      height: frame.height,
    });
  }
  for (const point of curve.points) {
    shapes.push({
      kind: 'circle',
      cx: left + point.x,
      cy: top + point.y,
      r: 5,
      fill: style.stroke,
      stroke: '#ffffff',
      strokeWidth: 2,
    });
  }
  return { part: { kind: 'emotion-curve', id: lane.id }, shapes };
}

/** The band below a lane with the blueprint line's name, and the dashed line at its bottom edge. */
function blueprintGroup(
  lane: Lane,
  line: NonNullable<Lane['lineBelow']>,
  top: number,
  width: number,
  label: string,
): SceneGroup {
  const { fontSize, bold } = JOURNEY_TEXT.blueprint;
  const fitted = fitText(label, width - 2 * SIZES.headerPad, [fontSize], bold, 1);
  const bottom = top + SIZES.blueprintBand;
  return {
    part: { kind: 'blueprint-line', id: lane.id, line },
    shapes: [
      { kind: 'rect', x: 0, y: top, width, height: SIZES.blueprintBand, radius: 0, fill: JOURNEY_COLORS.band },
      ...(fitted
        ? textBlock(fitted.lines, SIZES.headerPad, top + 3, { ...JOURNEY_TEXT.blueprint, fontSize: fitted.fontSize })
            .shapes
        : []),
      {
        kind: 'line',
        x1: 0,
        y1: bottom,
        x2: width,
        y2: bottom,
        stroke: line === 'visibility' ? JOURNEY_COLORS.visibility : JOURNEY_COLORS.blueprint,
        strokeWidth: 2,
        dash: '6 4',
        arrowStart: false,
        arrowEnd: false,
      },
    ],
  };
}

/**
 * The journey as a scene, in reading order (which is also back to front: nothing overlaps): the
 * title row, the stage headers, then lane by lane its header, its cells each followed by their
 * notes (and a photo's frame), an emotion lane's curve, and the blueprint line below it.
 */
export function journeyScene(content: JourneyContent, labels: JourneySceneLabels): Scene {
  const { stages, lanes } = content;
  const gridWidth = SIZES.laneHeaderWidth + stages.length * SIZES.stageWidth;
  const title = titleRow(content, labels, Math.max(gridWidth, MIN_TITLE_WIDTH));
  const gridTop = title.height + SIZES.titleGap;
  const stageX = (index: number) => SIZES.laneHeaderWidth + index * SIZES.stageWidth;

  const stageBlocks = stages.map((stage) => stageHeader(stage, SIZES.stageWidth));
  const headerHeight = Math.max(SIZES.minStageHeight, ...stageBlocks.map((b) => b.height));
  const groups: SceneGroup[] = [
    { part: { kind: 'title' }, shapes: title.shapes },
    ...stages.map((stage, i): SceneGroup => ({
      part: { kind: 'stage', id: stage.id },
      shapes: [
        box(stageX(i), gridTop, SIZES.stageWidth, headerHeight, JOURNEY_COLORS.stageHeader),
        ...moveShapes(stageBlocks[i].shapes, stageX(i), gridTop),
      ],
    })),
  ];

  const ctx: LaneContext = { content, labels, cells: journeyCells(content), stageX };
  let y = gridTop + headerHeight;
  let curves = 0;
  for (const lane of lanes) {
    const drawn = laneGroups(ctx, lane, y, curves);
    if (lane.type === 'emotion') curves += 1;
    groups.push(...drawn.groups);
    y += drawn.height;
    if (lane.lineBelow) {
      groups.push(blueprintGroup(lane, lane.lineBelow, y, gridWidth, labels.lines[lane.lineBelow]));
      y += SIZES.blueprintBand;
    }
  }

  const corner = box(0, gridTop, SIZES.laneHeaderWidth, headerHeight, JOURNEY_COLORS.stageHeader);
  const bounds = growBox(groupsBox(groups) ?? { x: 0, y: 0, width: 0, height: 0 }, SIZES.margin);
  const background: SceneGroup = {
    part: { kind: 'background' },
    shapes: [{ kind: 'rect', ...bounds, radius: 0, fill: JOURNEY_COLORS.background }, corner],
  };
  return { title: labels.title, description: labels.description, bounds, groups: [background, ...groups] };
}
