// An ecosystem map as a drawing (scene.ts): what the editor shows, made from the model alone so
// SVG/PNG export and the PDF report draw the same picture. Sizes and colours follow the editor's
// RingsNode, ActorNode, RelationEdge and Legend (and their CSS).
import type { Actor, EcosystemContent, Relation } from '../model';
import { ACTOR_SIZE, GROUP_LABEL, groupBoxes, ringOuterRadius } from './geometry';
import { INFORMAL_DASH, strokeWidthFor } from './styles';
import { actorLook, relationColor } from './types';
import { cardBorderPoint } from './relation-geometry';
import { fitText, textWidth, type FittedText } from '../drawing/text-fit';
import { groupsBox, unionBox, type Box, type Scene, type SceneGroup, type SceneShape } from '../drawing/scene';
import { iconBadge, mapLegend } from './map-legend';
import { MAP_COLORS, type MapSceneLabels } from './map-scene-style';

export type { MapSceneLabels } from './map-scene-style';

/** Space around the picture, and between the map and its legend. */
const MARGIN = 24;
const LEGEND_GAP = 32;

const RING_NAME_SIZE = 18;
/** A ring's name sits this far below the ring's outer edge (its baseline), as in RingsNode. */
const RING_NAME_DROP = 28;

/** The actor card's CSS: 6-unit coloured left border, 6/8 padding, 22 icon, 8 gap, 1 border right. */
const CARD = { radius: 6, border: 6, padX: 8, padY: 6, icon: 22, gap: 8 } as const;
const CARD_TEXT_LEFT = CARD.border + CARD.padX + CARD.icon + CARD.gap;
const CARD_TEXT_WIDTH = ACTOR_SIZE.width - CARD_TEXT_LEFT - CARD.padX - 1;
const CARD_TEXT_HEIGHT = ACTOR_SIZE.height - 2 * CARD.padY;
const CARD_FONT_SIZES = [12, 11, 10, 9] as const;
const LINE_HEIGHT = 1.2;

const LABEL_SIZE = 11;
const LABEL_PAD = { x: 4, y: 2 } as const;

/** Baseline of a line of text whose line box starts at `top` (the glyphs centred in the box). */
const baseline = (top: number, fontSize: number) => top + (LINE_HEIGHT / 2 + 0.35) * fontSize;

function ringGroups(content: EcosystemContent): SceneGroup[] {
  const { rings, ringWidth } = content;
  // Outermost first: each inner disc covers the middle of the one around it.
  return rings
    .map((ring, index): SceneGroup => {
      const r = ringOuterRadius(index, ringWidth);
      return {
        part: { kind: 'ring', id: ring.id },
        shapes: [
          {
            kind: 'circle',
            cx: 0,
            cy: 0,
            r,
            fill: index % 2 === 0 ? MAP_COLORS.ringEven : MAP_COLORS.ringOdd,
            stroke: MAP_COLORS.lineStrong,
            strokeWidth: 1.5,
          },
          {
            kind: 'text',
            x: 0,
            y: -r + RING_NAME_DROP,
            text: ring.name,
            fontSize: RING_NAME_SIZE,
            bold: true,
            anchor: 'middle',
            fill: MAP_COLORS.inkMuted,
          },
        ],
      };
    })
    .reverse();
}

/** Each group with members: a rounded box around them with the group's name at its top left. */
function clusterGroups(content: EcosystemContent): SceneGroup[] {
  return groupBoxes(content).map((box) => ({
    part: { kind: 'cluster', id: box.id },
    shapes: [
      {
        kind: 'rect',
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        radius: 14,
        fill: MAP_COLORS.cluster,
        stroke: MAP_COLORS.lineStrong,
        strokeWidth: 2,
      },
      {
        kind: 'text',
        x: box.x + 10,
        y: box.y + GROUP_LABEL - 6,
        text: box.name,
        fontSize: 13,
        bold: true,
        anchor: 'start',
        fill: MAP_COLORS.inkMuted,
      },
    ],
  }));
}

/** The card's left border: a strip with the card's rounded corners on its left side. */
function cardStrip(height: number): string {
  const { border: b, radius: r } = CARD;
  return `M${b} 0V${height}H${r}A${r} ${r} 0 0 1 0 ${height - r}V${r}A${r} ${r} 0 0 1 ${r} 0Z`;
}

/**
 * A card's name and organisation. The name takes two lines (three in the smallest size, for a
 * long compound such as "Rakennus- ja ympäristölautakunta"), the organisation the height left,
 * never larger than the name. Each shrinks from 12 towards 9 before a word is cut or the text
 * ends with "…" (the editor clips instead: an exported map shows the whole name where it can).
 */
function cardText(actor: Actor): { name: FittedText | null; organisation: FittedText | null } {
  const name = fitText(actor.name, CARD_TEXT_WIDTH, CARD_FONT_SIZES, true, (size) => (size > 9 ? 2 : 3));
  const used = name ? name.lines.length * name.fontSize * LINE_HEIGHT : 0;
  const orgSizes = CARD_FONT_SIZES.filter((size) => size <= (name?.fontSize ?? 12));
  const organisation = actor.organisation
    ? fitText(actor.organisation, CARD_TEXT_WIDTH, orgSizes, false, (size) =>
        Math.floor((CARD_TEXT_HEIGHT - used) / (size * LINE_HEIGHT)),
      )
    : null;
  return { name, organisation };
}

function actorGroup(content: EcosystemContent, actor: Actor): SceneGroup {
  const { width, height } = ACTOR_SIZE;
  const left = actor.x - width / 2;
  const top = actor.y - height / 2;
  const look = actorLook(content, actor.type);
  const { color } = look;
  const { name, organisation } = cardText(actor);
  const lines = [
    ...(name?.lines ?? []).map((text) => ({ text, size: name?.fontSize ?? 12, bold: true, fill: MAP_COLORS.ink })),
    ...(organisation?.lines ?? []).map((text) => ({
      text,
      size: organisation?.fontSize ?? 12,
      bold: false,
      fill: MAP_COLORS.inkMuted,
    })),
  ];
  // The text block is centred on the card, as the card's flex layout does.
  let lineTop = actor.y - lines.reduce((sum, l) => sum + l.size * LINE_HEIGHT, 0) / 2;
  const texts: SceneShape[] = lines.map((line) => {
    const shape: SceneShape = {
      kind: 'text',
      x: left + CARD_TEXT_LEFT,
      y: baseline(lineTop, line.size),
      text: line.text,
      fontSize: line.size,
      bold: line.bold,
      anchor: 'start',
      fill: line.fill,
    };
    lineTop += line.size * LINE_HEIGHT;
    return shape;
  });
  return {
    part: { kind: 'actor', id: actor.id },
    shapes: [
      {
        kind: 'rect',
        x: left,
        y: top,
        width,
        height,
        radius: CARD.radius,
        fill: MAP_COLORS.card,
        stroke: MAP_COLORS.lineStrong,
        strokeWidth: 1,
      },
      {
        kind: 'path',
        d: cardStrip(height),
        fill: color,
        fillRule: 'nonzero',
        x: left,
        y: top,
        scale: 1,
        width: CARD.border,
        height,
      },
      ...iconBadge(look, left + CARD.border + CARD.padX, actor.y - CARD.icon / 2, CARD.icon),
      ...texts,
    ],
  };
}

type Placed = { relation: Relation; from: { x: number; y: number }; to: { x: number; y: number } };

/** Each relation's line from border to border of its two cards; one with a missing or shared end is left out. */
function placeRelations(content: EcosystemContent): Placed[] {
  const actors = new Map(content.actors.map((a) => [a.id, a]));
  return content.relations.flatMap((relation) => {
    const a = actors.get(relation.from);
    const b = actors.get(relation.to);
    if (!a || !b || (a.x === b.x && a.y === b.y)) return [];
    return [{ relation, from: cardBorderPoint(a, b), to: cardBorderPoint(b, a) }];
  });
}

function relationLine(content: EcosystemContent, { relation, from, to }: Placed): SceneGroup {
  return {
    part: { kind: 'relation', id: relation.id },
    shapes: [
      {
        kind: 'line',
        x1: from.x,
        y1: from.y,
        x2: to.x,
        y2: to.y,
        stroke: relationColor(content, relation.type),
        strokeWidth: strokeWidthFor(relation.strength),
        dash: relation.informal ? INFORMAL_DASH : undefined,
        // Two-way relations carry an arrowhead at both ends.
        arrowStart: !relation.directed,
        arrowEnd: true,
      },
    ],
  };
}

function relationLabel({ relation, from, to }: Placed): SceneGroup[] {
  if (!relation.label) return [];
  const x = (from.x + to.x) / 2;
  const y = (from.y + to.y) / 2;
  const width = textWidth(relation.label, LABEL_SIZE) + 2 * LABEL_PAD.x;
  const height = LABEL_SIZE * LINE_HEIGHT + 2 * LABEL_PAD.y;
  return [
    {
      part: { kind: 'relation-label', id: relation.id },
      shapes: [
        {
          kind: 'rect',
          x: x - width / 2,
          y: y - height / 2,
          width,
          height,
          radius: 3,
          fill: MAP_COLORS.labelBackground,
        },
        {
          kind: 'text',
          x,
          y: y + 0.35 * LABEL_SIZE,
          text: relation.label,
          fontSize: LABEL_SIZE,
          bold: false,
          anchor: 'middle',
          fill: MAP_COLORS.ink,
        },
      ],
    },
  ];
}

/** Actors in reading order, as the editor and the outline list them: ring by ring, then by name. */
function readingOrder(content: EcosystemContent): Actor[] {
  const ringIndex = new Map(content.rings.map((r, i) => [r.id, i]));
  return [...content.actors].sort(
    (a, b) => (ringIndex.get(a.ringId) ?? 0) - (ringIndex.get(b.ringId) ?? 0) || a.name.localeCompare(b.name),
  );
}

/** The box grown by `by` on every side, out to whole units (an image has whole pixels). */
function grow(box: Box, by: number): Box {
  const x = Math.floor(box.x - by);
  const y = Math.floor(box.y - by);
  return { x, y, width: Math.ceil(box.x + box.width + by) - x, height: Math.ceil(box.y + box.height + by) - y };
}

/**
 * The map as a scene, back to front: a white background, the rings (in the rings view only),
 * every relation line, every relation label (so no line crosses a label), the actor cards, and
 * the legend to the right of the map. Its bounds hold all of it with a margin.
 */
export function mapScene(content: EcosystemContent, labels: MapSceneLabels): Scene {
  const placed = placeRelations(content);
  const map: SceneGroup[] = [
    ...(content.view === 'rings' ? ringGroups(content) : []),
    ...clusterGroups(content),
    ...placed.map((line) => relationLine(content, line)),
    ...placed.flatMap(relationLabel),
    ...readingOrder(content).map((actor) => actorGroup(content, actor)),
  ];
  const mapBox = groupsBox(map) ?? { x: 0, y: 0, width: 0, height: 0 };
  const legend = mapLegend(content, labels, mapBox.x + mapBox.width + LEGEND_GAP, mapBox.y);
  const groups = legend ? [...map, legend] : map;
  const bounds = grow(unionBox([mapBox, ...(legend ? [groupsBox([legend]) ?? mapBox] : [])]) ?? mapBox, MARGIN);
  const background: SceneGroup = {
    part: { kind: 'background' },
    shapes: [{ kind: 'rect', ...bounds, radius: 0, fill: MAP_COLORS.background }],
  };
  return { title: labels.title, description: labels.description, bounds, groups: [background, ...groups] };
}
