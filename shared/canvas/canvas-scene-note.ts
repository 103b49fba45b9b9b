// A canvas note drawn as a card of the editor's fixed size: its text shrinks to fit above a
// bottom row of a photo mark, tags and votes (`.canvas-note` and its children).
import type { CanvasNote } from '../model/boards/canvas';
import type { SceneGroup, SceneShape } from '../drawing/scene';
import { fitParagraphs } from '../drawing/paragraphs';
import { textBlock } from '../drawing/layout';
import { noteFooter } from '../drawing/note-footer';
import { NOTE_FILLS, NOTE_INK } from '../drawing/note-style';
import { PHOTO_GLYPH } from '../drawing/photo-glyph';
import { CANVAS_COLORS, CANVAS_NOTE_SIZE, CANVAS_SIZES, type CanvasSceneLabels } from './canvas-scene-style';

const TEXT_SIZES = [13, 12, 11, 10] as const;
/** A little tighter than the editor's 1.35, so four lines of 13 fit above a row of tags. */
const TEXT_LINE = 1.3;
const GAP = 4;
/** The photo mark: a small frame with the picture glyph, where the editor shows a thumbnail. */
const PHOTO = { width: 22, height: 17, glyph: 14 } as const;

function photoMark(x: number, y: number): SceneShape[] {
  return [
    {
      kind: 'rect',
      x,
      y,
      width: PHOTO.width,
      height: PHOTO.height,
      radius: 2,
      fill: CANVAS_COLORS.photoFrame,
      stroke: NOTE_INK.border,
      strokeWidth: 1,
    },
    {
      kind: 'path',
      d: PHOTO_GLYPH,
      fill: NOTE_INK.muted,
      fillRule: 'evenodd',
      x: x + (PHOTO.width - PHOTO.glyph) / 2,
      y: y + (PHOTO.height - PHOTO.glyph) / 2,
      scale: PHOTO.glyph / 24,
      width: 24,
      height: 24,
    },
  ];
}

/** The note's group, and its photo mark's group when it has a photo. */
export function canvasNoteGroups(note: CanvasNote, votes: number, labels: CanvasSceneLabels): SceneGroup[] {
  const { width, height } = CANVAS_NOTE_SIZE;
  const { padX, padY, radius } = CANVAS_SIZES.note;
  const inner = width - 2 * padX;
  const left = note.x + padX;
  const bottom = note.y + height - padY;

  // The bottom row first: the text gets the height left above it.
  const photoWidth = note.photoId ? PHOTO.width + GAP : 0;
  const hasFooter = note.photoId !== null || note.tags.length > 0 || votes > 0;
  const probe = noteFooter(note.tags, votes, 0, 0, inner - photoWidth, 2 * 11 * 1.3);
  const footerHeight = hasFooter ? Math.max(probe.height, note.photoId ? PHOTO.height : 0) : 0;
  const footerTop = bottom - footerHeight;
  const footer = noteFooter(note.tags, votes, left + photoWidth, footerTop, inner - photoWidth, 2 * 11 * 1.3);

  const room = height - 2 * padY - (hasFooter ? footerHeight + GAP : 0);
  const text = note.text.trim();
  const shown = text || (note.photoId ? '' : labels.emptyNote);
  const fitted = shown
    ? fitParagraphs(shown, inner, TEXT_SIZES, false, (size) => Math.floor(room / (size * TEXT_LINE)))
    : null;
  const fill = text ? NOTE_INK.text : NOTE_INK.muted;
  const body = fitted
    ? textBlock(fitted.lines, left, note.y + padY, {
        fontSize: fitted.fontSize,
        bold: false,
        fill,
        lineHeight: TEXT_LINE,
      })
    : { shapes: [], height: 0 };

  const groups: SceneGroup[] = [
    {
      part: { kind: 'note', id: note.id },
      shapes: [
        {
          kind: 'rect',
          x: note.x,
          y: note.y,
          width,
          height,
          radius,
          fill: NOTE_FILLS[note.color],
          stroke: NOTE_INK.border,
          strokeWidth: 1,
        },
        ...body.shapes,
        ...footer.shapes,
      ],
    },
  ];
  if (note.photoId) {
    groups.push({
      part: { kind: 'photo', id: note.id, photoId: note.photoId },
      shapes: photoMark(left, bottom - PHOTO.height),
    });
  }
  return groups;
}
