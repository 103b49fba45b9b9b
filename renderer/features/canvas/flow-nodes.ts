import type { Node } from '@xyflow/react';
import type { CanvasContent, CanvasNote, CanvasSection } from '../../../shared/model';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../store/canvas-doc';
import { cached, pruneCache, type ElementCache } from '../boards/element-cache';

/** `locked`: the item's own lock (a note's, or its section's) is shown; a board lock has its banner. */
/** `fixed`: it cannot move or be resized (its own lock or the board's). */
export type SectionFlowNode = Node<{ section: CanvasSection; locked: boolean; fixed: boolean }, 'section'>;
export type NoteFlowNode = Node<{ note: CanvasNote; editing: boolean; votes: number; locked: boolean }, 'note'>;
export type AxesFlowNode = Node<{ x: string; y: string }, 'axes'>;
export type CanvasFlowNode = SectionFlowNode | NoteFlowNode | AxesFlowNode;
/**
 * React Flow lifts a selected node by 1,000 (so a selected section shows its resize handles above
 * its neighbours); notes sit above that, so a selected section never covers its own notes.
 */
const NOTE_Z = 2000;
/** Owned by the editor: see element-cache.ts. */
export type FlowNodeCache = ElementCache<CanvasFlowNode>;

/** The canvas content as React Flow nodes: sections behind, notes above, selection kept. */
export function toFlowNodes(
  content: CanvasContent,
  editingId: string | null,
  selected: ReadonlySet<string>,
  labels: {
    section: (s: CanvasSection) => string;
    note: (n: CanvasNote, votes: number, section: string | undefined) => string;
    locked: (label: string) => string;
  },
  votes: ReadonlyMap<string, number>,
  dimmed: ReadonlySet<string>,
  cache: FlowNodeCache,
  /** The board's lock, and the notes locked themselves or by their section. */
  locks: { board: boolean; notes: ReadonlySet<string> },
  /** Axis labels of a 2×2 matrix template, in the UI language, drawn around all its sections. */
  axes?: { x: string; y: string },
): CanvasFlowNode[] {
  const sections = content.sections.map((section) => {
    const isSelected = selected.has(section.id);
    const locked = section.locked === true;
    const key = [
      's',
      section.title,
      section.prompt,
      section.x,
      section.y,
      section.width,
      section.height,
      isSelected,
      locked,
      locks.board,
    ].join('\u0000');
    return cached(cache, section.id, key, (): SectionFlowNode => ({
      id: section.id,
      type: 'section',
      position: { x: section.x, y: section.y },
      width: section.width,
      height: section.height,
      data: { section, locked: locked && !locks.board, fixed: locked || locks.board },
      // Not draggable as a node: React Flow would then stop panning on its body, which covers most
      // of a canvas. Its title bar drags it instead (SectionNode).
      draggable: false,
      deletable: false,
      // Selectable, so the node takes pointer events (double-click adds a note) and can be focused.
      selectable: true,
      selected: isSelected,
      zIndex: 0,
      ariaLabel: locked ? labels.locked(labels.section(section)) : labels.section(section),
    }));
  });
  const sectionTitles = new Map(content.sections.map((s) => [s.id, s.title]));
  // Reading (and Tab) order: section by section as the outline lists them, top to bottom and
  // left to right inside each, notes outside sections last.
  const sectionIndex = new Map(content.sections.map((s, i) => [s.id, i]));
  const rank = (n: CanvasNote) =>
    n.sectionId === null ? content.sections.length : (sectionIndex.get(n.sectionId) ?? content.sections.length);
  const ordered = [...content.notes].sort((a, b) => rank(a) - rank(b) || a.y - b.y || a.x - b.x);
  const notes = ordered.map((note) => {
    const sectionTitle = note.sectionId ? sectionTitles.get(note.sectionId) : undefined;
    const editing = note.id === editingId;
    const noteVotes = votes.get(note.id) ?? 0;
    const isSelected = selected.has(note.id);
    const isDimmed = dimmed.has(note.id);
    const locked = locks.notes.has(note.id);
    const fixed = locked || locks.board;
    // While a note is edited its own draft shows the text, so typing changes no node at all.
    // The whole note (so a field added later cannot be forgotten) and how it is shown.
    const key = JSON.stringify([
      editing ? { ...note, text: '' } : note,
      sectionTitle,
      editing,
      noteVotes,
      isSelected,
      isDimmed,
      locked,
      locks.board,
    ]);
    const label = labels.note(note, noteVotes, sectionTitle);
    return cached(cache, note.id, key, (): NoteFlowNode => ({
      id: note.id,
      type: 'note',
      position: { x: note.x, y: note.y },
      width: NOTE_WIDTH,
      height: NOTE_HEIGHT,
      data: { note, editing, votes: noteVotes, locked: locked && !locks.board },
      selected: isSelected,
      // React Flow then neither drags nor deletes it (a multi-selection drag leaves it behind).
      draggable: !editing && !fixed,
      deletable: !fixed,
      className: isDimmed ? 'is-dimmed' : undefined,
      zIndex: NOTE_Z,
      ariaLabel: locked ? labels.locked(label) : label,
    }));
  });
  const used = new Set([...content.sections.map((x) => x.id), ...content.notes.map((x) => x.id)]);
  pruneCache(cache, (id) => used.has(id));
  return [...axesNodes(content, axes), ...sections, ...notes];
}

const AXIS_MARGIN = 36;

function axesNodes(content: CanvasContent, axes: { x: string; y: string } | undefined): AxesFlowNode[] {
  if (!axes || content.sections.length === 0) return [];
  const left = Math.min(...content.sections.map((s) => s.x));
  const top = Math.min(...content.sections.map((s) => s.y));
  const right = Math.max(...content.sections.map((s) => s.x + s.width));
  const bottom = Math.max(...content.sections.map((s) => s.y + s.height));
  return [
    {
      id: 'axes',
      type: 'axes',
      position: { x: left - AXIS_MARGIN, y: top },
      width: right - left + AXIS_MARGIN,
      height: bottom - top + AXIS_MARGIN,
      data: axes,
      draggable: false,
      selectable: false,
      deletable: false,
      focusable: false,
      zIndex: -1,
    },
  ];
}
