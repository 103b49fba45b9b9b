import { actorSchema, relationSchema } from '../../../shared/model';
import { z } from '../../../shared/model/zod';
import { clipboardCodec } from '../boards/clipboard-codec';

/** Actors on the clipboard, with the relations among them (at most 2,000 actors at a time). */
export const actorClipboard = clipboardCodec(
  'kartta/actors@1',
  z.object({ actors: z.array(actorSchema).max(2000), relations: z.array(relationSchema).max(8000) }),
);
