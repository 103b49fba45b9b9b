// Draws laid-out pages on the jsPDF surface, run by run: consecutive operations of one owner form
// a run, and hooks are called around each run (issue 12's tagging wraps runs in marked content).
import type { ReportDocument } from '../tree';
import { drawScene, type SceneHooks } from './draw-scene';
import type { JsPdfSurface } from './jspdf-surface';
import type { DrawOp, LaidDocument, Owner } from './ops';

export interface PaintHooks extends SceneHooks {
  /** Before the first operation of a run of one owner on page `page` (from 0). */
  beginRun?(owner: Owner, page: number): void;
  endRun?(owner: Owner, page: number): void;
}

const ownerKey = (owner: Owner) =>
  owner.kind === 'artifact' ? `artifact:${owner.type}` : `node:${owner.id}#${owner.part ?? ''}`;

function drawOp(
  surface: JsPdfSurface,
  op: DrawOp,
  document: ReportDocument,
  laid: LaidDocument,
  hooks: PaintHooks,
): void {
  switch (op.kind) {
    case 'text':
      surface.text(op.text, op.x, op.y, op.face, op.size, op.color);
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
      if (target) surface.link(op.x, op.y, op.width, op.height, target.page + 1, Math.max(0, target.y - 12));
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
    let current: Owner | null = null;
    for (const op of page.ops) {
      if (!current || ownerKey(current) !== ownerKey(op.owner)) {
        if (current) hooks.endRun?.(current, index);
        current = op.owner;
        hooks.beginRun?.(current, index);
      }
      drawOp(surface, op, document, laid, hooks);
    }
    if (current) hooks.endRun?.(current, index);
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
