// The legend of an exported map: the actor and relation types the map uses (only those), drawn
// as on the map, like the editor's Legend panel.
import type { EcosystemContent } from '../model';
import type { SceneGroup, SceneShape } from '../drawing/scene';
import { INFORMAL_DASH } from './styles';
import { actorTypeList, relationTypeList } from './types';
import { textWidth } from '../drawing/text-fit';
import { MAP_COLORS, type MapSceneLabels } from './map-scene-style';

const PAD_X = 10;
const PAD_Y = 8;
const TITLE_SIZE = 13;
const TEXT_SIZE = 12;
const ROW = 18;
const ROW_GAP = 4;
/** Every entry's text starts after the widest sample (a line sample), so the texts align. */
const SAMPLE_WIDTH = 28;
const SAMPLE_GAP = 6;
const ICON = 18;

type Entry = { label: string; sample: (x: number, y: number) => SceneShape[] };

/** Icon badge of an actor type, `size` square with its top-left at (x, y). */
export function iconBadge(look: { color: string; icon: string }, x: number, y: number, size: number): SceneShape[] {
  const { color, icon } = look;
  const unit = size / 24;
  return [
    { kind: 'rect', x, y, width: size, height: size, radius: 6 * unit, fill: color },
    // As ActorIcon: the 24-unit icon at 3/4 size, centred on the badge.
    {
      kind: 'path',
      d: icon,
      fill: '#ffffff',
      fillRule: 'evenodd',
      x: x + 3 * unit,
      y: y + 3 * unit,
      scale: 0.75 * unit,
      width: 24,
      height: 24,
    },
  ];
}

function lineSample(color: string, dash: string | undefined, x: number, y: number): SceneShape[] {
  const mid = y + ROW / 2;
  return [
    {
      kind: 'line',
      x1: x + 1,
      y1: mid,
      x2: x + SAMPLE_WIDTH - 1,
      y2: mid,
      stroke: color,
      strokeWidth: 2.5,
      dash,
      arrowStart: false,
      arrowEnd: false,
    },
  ];
}

/** The legend with its top-left corner at (x, y), or null when the map has no actors or relations. */
export function mapLegend(content: EcosystemContent, labels: MapSceneLabels, x: number, y: number): SceneGroup | null {
  const entries: Entry[] = [
    ...actorTypeList(content, labels.types)
      .filter((type) => content.actors.some((a) => a.type === type.id))
      .map((type) => ({
        label: type.name,
        sample: (sx: number, sy: number) => iconBadge(type, sx, sy, ICON),
      })),
    ...relationTypeList(content, labels.types)
      .filter((type) => content.relations.some((r) => r.type === type.id))
      .map((type) => ({
        label: type.name,
        sample: (sx: number, sy: number) => lineSample(type.color, undefined, sx, sy),
      })),
  ];
  if (entries.length === 0) return null;
  if (content.relations.some((r) => r.informal)) {
    entries.push({
      label: labels.informal,
      sample: (sx, sy) => lineSample(MAP_COLORS.informal, INFORMAL_DASH, sx, sy),
    });
  }
  const textLeft = SAMPLE_WIDTH + SAMPLE_GAP;
  const inner = Math.max(
    textWidth(labels.legend, TITLE_SIZE, true),
    ...entries.map((e) => textLeft + textWidth(e.label, TEXT_SIZE)),
  );
  const titleHeight = TITLE_SIZE * 1.2 + 4;
  const height = 2 * PAD_Y + titleHeight + entries.length * ROW + (entries.length - 1) * ROW_GAP;
  const shapes: SceneShape[] = [
    {
      kind: 'rect',
      x,
      y,
      width: inner + 2 * PAD_X,
      height,
      radius: 8,
      fill: '#ffffff',
      stroke: MAP_COLORS.line,
      strokeWidth: 1,
    },
    {
      kind: 'text',
      x: x + PAD_X,
      y: y + PAD_Y + TITLE_SIZE,
      text: labels.legend,
      fontSize: TITLE_SIZE,
      bold: true,
      anchor: 'start',
      fill: MAP_COLORS.ink,
    },
  ];
  entries.forEach((entry, i) => {
    const top = y + PAD_Y + titleHeight + i * (ROW + ROW_GAP);
    shapes.push(...entry.sample(x + PAD_X, top), {
      kind: 'text',
      x: x + PAD_X + textLeft,
      y: top + ROW / 2 + 0.35 * TEXT_SIZE,
      text: entry.label,
      fontSize: TEXT_SIZE,
      bold: false,
      anchor: 'start',
      fill: MAP_COLORS.ink,
    });
  });
  return { part: { kind: 'legend' }, shapes };
}
