import { canvasNoteSchema } from '../../../shared/model';
import { z } from '../../../shared/model/zod';
import { clipboardCodec } from '../boards/clipboard-codec';

/** Notes on the clipboard (at most 1,000 at a time). */
export const noteClipboard = clipboardCodec('kartta/notes@2', z.array(canvasNoteSchema).max(1000));
