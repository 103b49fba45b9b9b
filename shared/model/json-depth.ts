/**
 * The deepest bracket nesting in a JSON text, counting only brackets outside strings, and where
 * it first passes `limit` (stops there). Run before JSON.parse: deep nesting makes parsers and
 * later recursive code (zod, structured clone) overflow the stack (PITFALLS.md, Hostile files).
 */
export function jsonNestingDepth(text: string, limit: number): { depth: number; exceededAt: number | null } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character: \" does not end the string.
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth, exceededAt: i };
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return { depth: deepest, exceededAt: null };
}
