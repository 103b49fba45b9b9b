// A journey note drawn as a card, at the origin, `width` wide and as tall as its content (the
// editor's notes grow with their text too): a photo frame and its description when the note
// carries a photo, the text, then tags and votes.
import type { JourneyNote } from '../model/boards/journey';
import type { SceneShape } from '../drawing/scene';
import { fitParagraphs } from '../drawing/paragraphs';
import { textBlock } from '../drawing/layout';
import { noteFooter } from '../drawing/note-footer';
import { NOTE_FILLS, NOTE_INK } from '../drawing/note-style';
import { PHOTO_GLYPH } from '../drawing/photo-glyph';
import { JOURNEY_COLORS, type JourneySceneLabels } from './journey-scene-style';

const PAD = { x: 8, y: 6 } as const;
const GAP = 4;
const TEXT_LINE = 1.35;
/** A long note keeps 14 lines at 13 (18 at 12) before it ends with "…": a cell is not a page. */
const TEXT_SIZES = [13, 12] as const;
const textLines = (size: number) => (size >= 13 ? 14 : 18);
const PHOTO_HEIGHT = 96;
const GLYPH = 32;
const ALT_SIZES = [11, 10] as const;

export interface NoteCard {
  /** The card, its text, tags and votes. */
  note: SceneShape[];
  /** The photo's frame (its first shape) and placeholder glyph, for a note with a photo. */
  photo: SceneShape[] | null;
  height: number;
}

function photoFrame(x: number, y: number, width: number): SceneShape[] {
  return [
    {
      kind: 'rect',
      x,
      y,
      width,
      height: PHOTO_HEIGHT,
      radius: 2,
      fill: JOURNEY_COLORS.photoFrame,
      stroke: NOTE_INK.border,
      strokeWidth: 1,
    },
    {
      kind: 'path',
      d: PHOTO_GLYPH,
      fill: NOTE_INK.muted,
      fillRule: 'evenodd',
      x: x + (width - GLYPH) / 2,
      y: y + (PHOTO_HEIGHT - GLYPH) / 2,
      scale: GLYPH / 24,
      width: 24,
      height: 24,
    },
  ];
}

export function journeyNoteCard(note: JourneyNote, width: number, labels: JourneySceneLabels): NoteCard {
  const inner = width - 2 * PAD.x;
  const shapes: SceneShape[] = [];
  let y = PAD.y;
  let photo: SceneShape[] | null = null;
  if (note.photoId) {
    photo = photoFrame(PAD.x, y, inner);
    y += PHOTO_HEIGHT + GAP;
    const alt = labels.photoAlt(note.photoId).trim() || labels.photoNoAlt;
    const fitted = fitParagraphs(alt, inner, ALT_SIZES, false, 4);
    if (fitted) {
      const style = { fontSize: fitted.fontSize, bold: false, fill: NOTE_INK.muted, lineHeight: TEXT_LINE };
      const block = textBlock(fitted.lines, PAD.x, y, style);
      shapes.push(...block.shapes);
      y += block.height;
    }
  }
  const text = note.text.trim();
  // A photo speaks for a note without text; an empty note says so, as in the editor.
  if (text || !note.photoId) {
    if (note.photoId) y += GAP;
    const fitted = fitParagraphs(text || labels.emptyNote, inner, TEXT_SIZES, false, textLines);
    if (fitted) {
      const fill = text ? NOTE_INK.text : NOTE_INK.muted;
      const block = textBlock(fitted.lines, PAD.x, y, {
        fontSize: fitted.fontSize,
        bold: false,
        fill,
        lineHeight: TEXT_LINE,
      });
      shapes.push(...block.shapes);
      y += block.height;
    }
  }
  if (note.tags.length > 0 || note.votes > 0) {
    const footer = noteFooter(note.tags, note.votes, PAD.x, y + GAP, inner);
    shapes.push(...footer.shapes);
    y += GAP + footer.height;
  }
  const height = y + PAD.y;
  const card: SceneShape = {
    kind: 'rect',
    x: 0,
    y: 0,
    width,
    height,
    radius: 4,
    fill: NOTE_FILLS[note.color],
    stroke: NOTE_INK.border,
    strokeWidth: 1,
  };
  return { note: [card, ...shapes], photo, height };
}
