import type { CanvasNote, NoteColor } from '../../../shared/model';

export interface NoteFilter {
  text: string;
  color: NoteColor | '';
  tag: string;
  authorId: string;
}

export const noFilter: NoteFilter = { text: '', color: '', tag: '', authorId: '' };

export const isFiltering = (f: NoteFilter) => Boolean(f.text.trim() || f.color || f.tag || f.authorId);

/** Whether a note matches every part of the filter (text search ignores case). */
export function matchesFilter(note: CanvasNote, f: NoteFilter): boolean {
  const needle = f.text.trim().toLocaleLowerCase();
  return (
    (!needle || note.text.toLocaleLowerCase().includes(needle)) &&
    (!f.color || note.color === f.color) &&
    (!f.tag || note.tags.includes(f.tag)) &&
    (!f.authorId || note.authorId === f.authorId)
  );
}
