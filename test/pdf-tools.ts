// The PDF tools (poppler-utils, qpdf) run for real by the report's unit and E2E tests. A missing
// tool fails the test with its name, never a silent skip.
import { execFileSync } from 'node:child_process';

/** Runs a PDF tool; fails with the tool's name when it is not installed. */
export function tool(name: string, args: string[]): string {
  try {
    return execFileSync(name, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw new Error(
        `${name} is not installed: the report tests need poppler-utils and qpdf (apt-get install poppler-utils qpdf)`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** Finds each string after the previous one; returns the first that is missing or out of order. */
export function missingInOrder(text: string, expected: readonly string[]): string | null {
  let from = 0;
  for (const s of expected) {
    const at = text.indexOf(s, from);
    if (at < 0) return s;
    from = at + s.length;
  }
  return null;
}
