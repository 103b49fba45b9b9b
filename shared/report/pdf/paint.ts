// Draws laid-out pages on the jsPDF surface, run by run: consecutive operations of one owner (and
// one language) form a run, and hooks are called around each run: the tagging module wraps runs in
// marked content (tagging/tagger.ts) and owns the links.
import type { ReportDocument } from '../tree';
import { drawScene, type SceneHooks } from './draw-scene';
import type { JsPdfSurface } from './jspdf-surface';
import type { Destination, DrawOp, LaidDocument, Owner } from './ops';
import { textString } from './tagging/pdf-syntax';

/** A link's clickable area, in points from the page's top left. */
export interface LinkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PaintHooks extends SceneHooks {
  /**
   * Before the first operation of a run of one owner on page `page` (from 0); `lang` is the
   * language of the run's text (null: no text).
   */
  beginRun?(owner: Owner, page: number, lang: string | null): void;
  endRun?(owner: Owner, page: number): void;
  /** A link (a contents entry) to `target`: the PDF has no link unless a hook writes its annotation. */
  link?(owner: Owner, page: number, box: LinkBox, target: Destination): void;
}

const ownerKey = (owner: Owner) =>
  owner.kind === 'artifact' ? `artifact:${owner.type}` : `node:${owner.id}#${owner.part ?? ''}`;

interface PaintRun {
  owner: Owner;
  lang: string | null;
  ops: DrawOp[];
}

/** A page's operations as runs: a new run where the owner changes, or the text's language does. */
function runsOf(ops: readonly DrawOp[]): PaintRun[] {
  const runs: PaintRun[] = [];
  let current: PaintRun | null = null;
  for (const op of ops) {
    // Links and unresolved page numbers draw nothing: no run (an empty marked-content sequence).
    if (op.kind === 'link' || op.kind === 'page-number') continue;
    const lang = op.kind === 'text' ? op.lang : null;
    const sameOwner = current !== null && ownerKey(current.owner) === ownerKey(op.owner);
    if (current && sameOwner && (lang === null || current.lang === null || current.lang === lang)) {
      current.lang ??= lang;
      current.ops.push(op);
      continue;
    }
    current = { owner: op.owner, lang, ops: [op] };
    runs.push(current);
  }
  return runs;
}

function drawOp(
  surface: JsPdfSurface,
  op: DrawOp,
  page: number,
  document: ReportDocument,
  laid: LaidDocument,
  hooks: PaintHooks,
): void {
  switch (op.kind) {
    case 'text':
      // Marked content nested in the run's own: the structure element still owns the text.
      if (op.actualText !== undefined) surface.markedContent(`/Span <</ActualText ${textString(op.actualText)}>> BDC`);
      surface.text(op.text, op.x, op.y, op.face, op.size, op.color);
      if (op.actualText !== undefined) surface.markedContent('EMC');
      return;
    case 'rect': {
      const stroke = op.stroke ? { color: op.stroke, width: op.lineWidth, dash: null, round: false } : null;
      const mode = op.fill && stroke ? 'fill-stroke' : op.fill ? 'fill' : 'stroke';
      if (op.fill || stroke) surface.rect(op.x, op.y, op.width, op.height, op.radius, mode, op.fill, stroke);
      return;
    }
    case 'line':
      surface.line(op.x1, op.y1, op.x2, op.y2, {
        color: op.color,
        width: op.width,
        dash: op.dash ?? null,
        round: op.dash !== undefined,
      });
      return;
    case 'scene':
      drawScene(surface, op.scene, op.viewport, op.box, hooks);
      return;
    case 'image': {
      const image = document.images.find((i) => i.id === op.attachmentId);
      if (image) surface.image(image.data, image.mimeType, `photo-${image.id}`, op.x, op.y, op.width, op.height);
      return;
    }
    case 'link': {
      const target = laid.destinations.get(op.target);
      if (target) hooks.link?.(op.owner, page, { x: op.x, y: op.y, width: op.width, height: op.height }, target);
      return;
    }
    case 'page-number':
      // Resolved into text by the layout's furniture pass.
      return;
  }
}

export function paintDocument(
  surface: JsPdfSurface,
  laid: LaidDocument,
  document: ReportDocument,
  hooks: PaintHooks = {},
): void {
  laid.pages.forEach((page, index) => {
    if (index > 0) surface.addPage(page.width, page.height, page.orientation);
    for (const run of runsOf(page.ops)) {
      hooks.beginRun?.(run.owner, index, run.lang);
      for (const op of run.ops) drawOp(surface, op, index, document, laid, hooks);
      hooks.endRun?.(run.owner, index);
    }
    for (const op of page.ops) if (op.kind === 'link') drawOp(surface, op, index, document, laid, hooks);
  });
  for (const entry of laid.outline) {
    const target = laid.destinations.get(entry.headingId);
    if (!target) continue;
    const parent = surface.bookmark(null, entry.title, target.page + 1);
    for (const child of entry.children) {
      const at = laid.destinations.get(child.headingId);
      if (at) surface.bookmark(parent, child.title, at.page + 1);
    }
  }
}
