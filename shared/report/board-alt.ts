// A board diagram's text alternative: the facilitator's own (the board's `altText`) or the one made
// from the content. One function for the report and the export dialog, so what the dialog shows is
// what the PDF's figure says.
import { ownAltText, type Board, type ProjectSnapshot } from '../model';
import { buildContext, type BuildContext } from './build-context';
import { canvasAlt } from './boards/canvas';
import { ecosystemAlt } from './boards/ecosystem';
import { journeyAlt } from './boards/journey';
import { resolveReportOptions, type ReportOptions } from './options';

/** The text alternative generated from the board's content, in the report's language. */
export function generatedAlt(ctx: BuildContext, board: Board): string {
  switch (board.kind) {
    case 'ecosystem':
      return ecosystemAlt(ctx, board.content);
    case 'canvas':
      return canvasAlt(ctx, board.content);
    case 'journey':
      return journeyAlt(ctx, board.content);
  }
}

export interface BoardAlt {
  text: string;
  /** True when the facilitator wrote it: it is in the project's language, not the report's. */
  own: boolean;
}

/** The text alternative the report uses for the board's diagram. */
export function resolvedAlt(ctx: BuildContext, board: Board): BoardAlt {
  const own = ownAltText(board);
  return own === null ? { text: generatedAlt(ctx, board), own: false } : { text: own, own: true };
}

/**
 * The board's text alternative as the report with these options writes it, and the generated one
 * (what "Use the generated text" goes back to).
 */
export function boardAltText(
  snapshot: ProjectSnapshot,
  board: Board,
  options: Partial<ReportOptions> = {},
): BoardAlt & { generated: string } {
  const ctx = buildContext(snapshot, resolveReportOptions(options));
  const generated = generatedAlt(ctx, board);
  const own = ownAltText(board);
  return { text: own ?? generated, own: own !== null, generated };
}
