// Sizes, colours and words of a journey drawn as a scene (journey-scene.ts). Sizes follow the
// editor (renderer/features/journey, `.journey-*` in renderer/app/styles.css): 210-unit lane
// headers, 200-unit stage columns, 6-unit cell padding.
import type { BlueprintLine, Channel, JourneyContent, LaneType } from '../model/boards/journey';

/** Words a drawn journey shows, in the reader's language; the caller fills them in from i18n. */
export interface JourneySceneLabels {
  /** The picture's title (the board title), drawn in the title row. */
  title: string;
  /** Its text alternative, e.g. "Journey diagram of Aino. Stages: 6, lanes: 6, notes: 27." */
  description: string;
  /** "Persona: Aino, 38", or '' when the journey has no persona. */
  persona: string;
  /** "As-is" / "To-be": the journey's state beside the persona. */
  states: Readonly<Record<JourneyContent['state'], string>>;
  /** Lane type names, shown under each lane's title as the editor does. */
  laneTypes: Readonly<Record<LaneType, string>>;
  /** Service blueprint line names ("Line of visibility"). */
  lines: Readonly<Record<BlueprintLine, string>>;
  /** The emotion scale's words from +2 to −2 ("+2 very good" … "−2 very bad"). */
  scores: Readonly<Record<EmotionScore, string>>;
  /** Channel (touchpoint) names. */
  channels: Readonly<Record<Channel, string>>;
  /** Shown on a note without text. */
  emptyNote: string;
  /** The text alternative of a note's photo (an attachment of the project), '' when it has none. */
  photoAlt: (photoId: string) => string;
  /** Shown for a photo without a text alternative. */
  photoNoAlt: string;
}

export type EmotionScore = -2 | -1 | 0 | 1 | 2;
export const EMOTION_SCALE: readonly EmotionScore[] = [2, 1, 0, -1, -2];

export const JOURNEY_SIZES = {
  margin: 24,
  laneHeaderWidth: 210,
  stageWidth: 200,
  /** Padding inside a cell (the editor's 6) and inside a header. */
  cellPad: 6,
  headerPad: 8,
  /** Space between the title row and the grid. */
  titleGap: 14,
  /** Height of the band that carries a blueprint line's name. */
  blueprintBand: 24,
  /** An emotion lane's height, and how far +2 and −2 sit from its edges. */
  emotionHeight: 132,
  emotionPadding: 18,
  minLaneHeight: 56,
  minStageHeight: 40,
  /** Gap between the cards in one cell. */
  noteGap: 6,
} as const;

export const JOURNEY_COLORS = {
  background: '#ffffff',
  ink: '#1d2a30',
  inkMuted: '#4f5f66',
  stageHeader: '#f0ede6',
  laneHeader: '#f6f4ef',
  cell: '#ffffff',
  gridLine: '#e0ddd5',
  band: '#faf9f6',
  /** Blueprint lines: dashed ink, the line of visibility in red (`.blueprint-line-*`). */
  blueprint: '#4f5f66',
  visibility: '#a8321f',
  emotionGrid: '#e6e3dc',
  emotionZero: '#b5b2aa',
  /** A chosen channel: white on blue, as the editor's pressed channel toggle. */
  channel: '#1f5fa8',
  channelInk: '#ffffff',
  photoFrame: '#eeece5',
} as const;

/**
 * One look per emotion lane (one curve per persona), told apart by dash as well as colour so
 * they differ in grey print and for colour-blind readers. The first is the editor's curve.
 */
export const CURVE_STYLES: readonly { stroke: string; dash: string | undefined }[] = [
  { stroke: '#1f5fa8', dash: undefined },
  { stroke: '#a8321f', dash: '9 5' },
  { stroke: '#2e6b30', dash: '1 5' },
  { stroke: '#6a3d9a', dash: '12 4 2 4' },
  { stroke: '#8a5a00', dash: '4 4' },
];
export const CURVE_WIDTH = 3;

/** Fonts: size, weight and line height of each kind of text. */
export const JOURNEY_TEXT = {
  title: { fontSize: 20, bold: true, fill: JOURNEY_COLORS.ink, lineHeight: 1.3 },
  subtitle: { fontSize: 13, bold: false, fill: JOURNEY_COLORS.inkMuted, lineHeight: 1.4 },
  header: { fontSize: 14, bold: true, fill: JOURNEY_COLORS.ink, lineHeight: 1.3 },
  step: { fontSize: 12, bold: false, fill: JOURNEY_COLORS.inkMuted, lineHeight: 1.35 },
  laneType: { fontSize: 11, bold: false, fill: JOURNEY_COLORS.inkMuted, lineHeight: 1.35 },
  scale: { fontSize: 10, bold: false, fill: JOURNEY_COLORS.inkMuted, lineHeight: 1.3 },
  blueprint: { fontSize: 11, bold: true, fill: JOURNEY_COLORS.inkMuted, lineHeight: 1.3 },
  touchpoint: { fontSize: 12, bold: false, fill: JOURNEY_COLORS.ink, lineHeight: 1.35 },
  channel: { fontSize: 11, bold: false, fill: JOURNEY_COLORS.channelInk, lineHeight: 1.3 },
} as const;
