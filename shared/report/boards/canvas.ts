// A canvas's text: its text alternative, and its notes section by section (votes, tags, author, photo).
import type { BoardOf, CanvasContent, CanvasNote } from '../../model';
import { content, label, photoOf, type BuildContext } from '../build-context';
import type { Block, ListItem, Run } from '../tree';

/** Notes in reading order: top to bottom, then left to right. */
const byPlace = (a: CanvasNote, b: CanvasNote) => a.y - b.y || a.x - b.x;

export function canvasAlt(ctx: BuildContext, canvas: CanvasContent): string {
  return ctx.labels.canvasAlt({
    notes: canvas.notes.length,
    sections: canvas.sections.map((s) => ({
      title: s.title,
      notes: canvas.notes.filter((n) => n.sectionId === s.id).length,
    })),
  });
}

function noteItem(ctx: BuildContext, canvas: CanvasContent, note: CanvasNote, id: string): ListItem {
  const { labels } = ctx;
  const votes = canvas.votes.filter((v) => v.noteId === note.id).length;
  const author = note.authorId ? ctx.people.get(note.authorId) : undefined;
  const details: Run[] = [];
  const add = (run: Run) => {
    if (details.length > 0) details.push(label(ctx, ' · '));
    details.push(run);
  };
  if (votes > 0) add(label(ctx, labels.votes(votes), 'bold'));
  if (note.tags.length > 0) {
    add(label(ctx, `${labels.tags}: `));
    details.push(content(ctx, note.tags.join(', ')));
  }
  if (author) {
    add(label(ctx, `${labels.author}: `));
    details.push(content(ctx, author));
  }
  return { id, runs: [content(ctx, note.text, undefined, note.lang)], details, photo: photoOf(ctx, note.photoId) };
}

export function canvasListing(ctx: BuildContext, board: BoardOf<'canvas'>, id: (name: string) => string): Block[] {
  const canvas = board.content;
  const { labels } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', id: id('notes'), level: 2, runs: [label(ctx, labels.notesBySection)], outline: true },
  ];
  const sections = new Set(canvas.sections.map((s) => s.id));
  const groups = [
    ...canvas.sections.map((s) => ({ title: content(ctx, s.title), prompt: s.prompt, sectionId: s.id })),
    ...(canvas.notes.some((n) => n.sectionId === null || !sections.has(n.sectionId))
      ? [{ title: label(ctx, labels.outsideSections), prompt: '', sectionId: null }]
      : []),
  ];
  for (const group of groups) {
    blocks.push({ kind: 'heading', id: id('section'), level: 3, runs: [group.title], outline: false });
    if (group.prompt) {
      blocks.push({
        kind: 'paragraph',
        id: id('prompt'),
        style: 'muted',
        runs: [content(ctx, group.prompt, 'italic')],
      });
    }
    const notes = canvas.notes
      .filter((n) =>
        group.sectionId === null ? n.sectionId === null || !sections.has(n.sectionId) : n.sectionId === group.sectionId,
      )
      .sort(byPlace);
    if (notes.length === 0) {
      blocks.push({ kind: 'paragraph', id: id('no-notes'), style: 'muted', runs: [label(ctx, labels.noNotes)] });
      continue;
    }
    blocks.push({
      kind: 'list',
      id: id('note-list'),
      ordered: false,
      items: notes.map((note) => noteItem(ctx, canvas, note, id('note'))),
    });
  }
  return blocks;
}
