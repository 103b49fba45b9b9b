import { z } from '../../../shared/model/zod';

const MAX_PASTE_CHARS = 2_000_000;

/**
 * Board items on the clipboard, as text with a marker, so copy and paste work within and between
 * boards (and windows). Pasted text is validated like a file: it may come from anywhere.
 */
export function clipboardCodec<S extends z.ZodType>(marker: string, schema: S) {
  const wrapped = z.object({ kind: z.literal(marker), items: schema });
  return {
    toText: (items: z.infer<S>): string => JSON.stringify({ kind: marker, items }),
    /** The items in a pasted text, or null when it is not this kind of Kartta items. */
    fromText: (text: string): z.infer<S> | null => {
      if (text.length > MAX_PASTE_CHARS || !text.includes(marker)) return null;
      try {
        const parsed = wrapped.safeParse(JSON.parse(text));
        return parsed.success ? (parsed.data as { items: z.infer<S> }).items : null;
      } catch {
        return null;
      }
    },
  };
}
