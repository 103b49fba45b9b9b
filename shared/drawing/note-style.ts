// How a sticky note looks in every drawing of a board (canvas and journey export, the report):
// the fills of the app's `.note-*` classes (renderer/app/styles.css) and the inks drawn on them.
// Every ink here has at least 4.5:1 contrast on every fill (test/unit/canvas/canvas-scene.test.ts).
import type { NoteColor } from '../model/boards/common';

export const NOTE_FILLS: Readonly<Record<NoteColor, string>> = {
  yellow: '#fff0a8',
  orange: '#ffd8a8',
  pink: '#fbd3e0',
  blue: '#cfe3f7',
  green: '#d4edc9',
  grey: '#e4e4e0',
};

export const NOTE_INK = {
  text: '#1d2a30',
  /** Tags (the editor's `.canvas-note-tags`). */
  tags: '#3f4d53',
  /**
   * "Empty note" and a photo's description. The editor's `.canvas-note-empty` (#5f6b70) has only
   * 4.3:1 on the grey note, so drawings use the app's muted ink instead.
   */
  muted: '#4f5f66',
  /** The card's edge: drawings have no shadow to lift a note off the paper. */
  border: '#a9a59a',
  /** The vote badge: white on dark, as `.canvas-note-votes`. */
  badge: '#1d2a30',
  badgeText: '#ffffff',
} as const;
