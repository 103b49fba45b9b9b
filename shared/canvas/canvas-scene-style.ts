// Sizes, colours and words of a canvas drawn as a scene (canvas-scene.ts), after the editor's
// SectionNode, NoteNode and AxesNode and their CSS (`.canvas-section`, `.canvas-note`, `.canvas-axes`).

/** Words a drawn canvas shows, in the reader's language; the caller fills them in from i18n. */
export interface CanvasSceneLabels {
  /** The picture's title (the board title), drawn above the canvas. */
  title: string;
  /** Its text alternative, e.g. "Canvas. Sections: 6, notes: 31." */
  description: string;
  /** Shown on a note without text. */
  emptyNote: string;
  /** A 2 × 2 matrix template's axis names (its template's `axes`), or null for none. */
  axes: { x: string; y: string } | null;
}

/** A note's size on the canvas (renderer/store/canvas-doc.ts NOTE_WIDTH × NOTE_HEIGHT). */
export const CANVAS_NOTE_SIZE = { width: 160, height: 100 } as const;

export const CANVAS_SIZES = {
  margin: 24,
  titleGap: 16,
  /** The axes sit this far left of and below the sections (flow-nodes.ts AXIS_MARGIN). */
  axisMargin: 36,
  section: { radius: 6, padX: 12, padY: 10, promptLines: 4 },
  note: { radius: 3, padX: 10, padY: 7 },
} as const;

export const CANVAS_COLORS = {
  background: '#ffffff',
  ink: '#1d2a30',
  inkMuted: '#4f5f66',
  section: '#fbfaf7',
  sectionBorder: '#a9a59a',
  axis: '#4f5f66',
  photoFrame: '#ffffff',
} as const;

export const CANVAS_TEXT = {
  title: { fontSize: 20, bold: true, fill: CANVAS_COLORS.ink, lineHeight: 1.3 },
  sectionTitle: { fontSize: 15, bold: true, fill: CANVAS_COLORS.ink, lineHeight: 1.3 },
  prompt: { fontSize: 12, bold: false, fill: CANVAS_COLORS.inkMuted, lineHeight: 1.35 },
  axis: { fontSize: 14, bold: true, fill: CANVAS_COLORS.inkMuted, lineHeight: 1.3 },
} as const;
