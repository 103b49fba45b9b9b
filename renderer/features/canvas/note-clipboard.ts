import { canvasNoteSchema, type CanvasNote } from '../../../shared/model';
import { z } from '../../../shared/model/zod';

/**
 * Notes on the clipboard, as text with a marker, so copy and paste work within and between
 * boards (and windows). Pasted text is validated like a file: it may come from anywhere.
 */
const MARKER = 'kartta/notes@1';
const MAX_PASTE_CHARS = 2_000_000;
const clipboardSchema = z.object({ kind: z.literal(MARKER), notes: z.array(canvasNoteSchema).max(1000) });

export function notesToClipboardText(notes: readonly CanvasNote[]): string {
  return JSON.stringify({ kind: MARKER, notes });
}

/** The notes in a pasted text, or null when it is not Kartta notes. */
export function notesFromClipboardText(text: string): CanvasNote[] | null {
  if (text.length > MAX_PASTE_CHARS || !text.includes(MARKER)) return null;
  try {
    const parsed = clipboardSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.notes : null;
  } catch {
    return null;
  }
}
