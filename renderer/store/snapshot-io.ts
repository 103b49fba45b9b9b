import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import {
  attachmentsInUse,
  withoutMissingPhotos,
  newId,
  nowIso,
  ownAltText,
  projectSchema,
  sessionsOf,
  type Board,
  type BoardKind,
  type ProjectSnapshot,
} from '../../shared/model';
import { titleKey, type BoardRow, type KarttaDB, type ProjectRow } from './db';
import { docWithContent, readContent } from './board-docs';
import { attachmentRows, attachmentsByIds, attachmentsForSnapshot } from './attachments-repo';
import { listBoards } from './boards-repo';
import { readReportLogo } from './report-logo';

/** Loads a board's document from storage, reads it, and lets it go again. */
export async function withLoadedDoc<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): Promise<T> {
  const provider = DexieYProvider.load(doc);
  try {
    await provider.whenLoaded;
    return read(doc);
  } finally {
    DexieYProvider.release(doc);
  }
}

export async function readBoard(row: BoardRow): Promise<Board> {
  const content = await withLoadedDoc(row.content, (doc) => readContent(doc, row.kind));
  const altText = ownAltText(row);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    order: row.order,
    // Only when written: a board without one reads exactly as before (files, the sample).
    ...(altText === null ? {} : { altText }),
    content,
  } as Board;
}

async function readProject(db: KarttaDB, projectId: string): Promise<Omit<ProjectSnapshot, 'attachments'>> {
  const row = await db.projects.get(projectId);
  if (!row) throw new Error(`project ${projectId} not found`);
  const project = projectSchema.parse(row); // strips the row's bookkeeping (titleKey, deletedAt)
  const boards: Board[] = [];
  for (const board of await listBoards(db, projectId)) boards.push(await readBoard(board));
  return { project, boards };
}

/** The plain project snapshot every export is made from (DESIGN.md): never React state. */
export async function buildSnapshot(db: KarttaDB, projectId: string): Promise<ProjectSnapshot> {
  return { ...(await readProject(db, projectId)), attachments: await attachmentsForSnapshot(db, projectId) };
}

/**
 * The snapshot that becomes a file (Save a copy, a backup) or a duplicate: only the images its
 * boards show, and the logo its reports use (not for a duplicate, which starts without one). A
 * photo taken off a note stays in the database for Undo, but a file handed to someone else must
 * not carry it (a participant's face, say). A note whose photo is gone from the database loses the
 * reference, so the file still opens.
 */
export async function buildFileSnapshot(
  db: KarttaDB,
  projectId: string,
  { withLogo = true }: { withLogo?: boolean } = {},
): Promise<ProjectSnapshot> {
  const { project, boards } = await readProject(db, projectId);
  const wanted = attachmentsInUse(boards);
  const logo = withLogo ? await readReportLogo(db, projectId) : null;
  if (logo) wanted.add(logo);
  const attachments = await attachmentsByIds(db, wanted);
  return { project, boards: withoutMissingPhotos(boards, new Set(attachments.map((a) => a.id))), attachments };
}

export interface ImportOptions {
  /** New ids for the project and its boards (duplicate, or a file whose project already exists). */
  asCopy?: boolean;
  title?: string;
}

/**
 * Writes a validated snapshot as a new project, all or nothing, in one transaction. Board
 * documents are built fresh from the validated content; no Yjs bytes from outside are applied.
 */
export async function importSnapshot(
  db: KarttaDB,
  snapshot: ProjectSnapshot,
  options: ImportOptions = {},
): Promise<ProjectRow> {
  return db.transaction('rw', [db.projects, db.boards, db.attachments], async () => {
    const exists =
      (await db.projects.get(snapshot.project.id)) !== undefined ||
      (await db.boards
        .where('id')
        .anyOf(snapshot.boards.map((b) => b.id))
        .count()) > 0 ||
      (await db.attachments
        .where('id')
        .anyOf(snapshot.attachments.map((a) => a.id))
        .count()) > 0;
    const copy = options.asCopy || exists;
    const now = nowIso();
    const title = options.title ?? snapshot.project.title;
    // A copy's boards get new ids; a journey's links to other boards and an agenda block's board follow them.
    const boardIds = new Map(snapshot.boards.map((b) => [b.id, copy ? newId() : b.id]));
    const boardOf = (id: string) => boardIds.get(id) ?? id;
    const project: ProjectRow = {
      ...snapshot.project,
      id: copy ? newId() : snapshot.project.id,
      title,
      titleKey: titleKey(title),
      createdAt: copy ? now : snapshot.project.createdAt,
      updatedAt: copy ? now : snapshot.project.updatedAt,
      sessions: sessionsOf(snapshot.project).map((session) => ({
        ...session,
        blocks: session.blocks.map((block) => (block.boardId ? { ...block, boardId: boardOf(block.boardId) } : block)),
      })),
    };
    await db.projects.add(project);
    // A copy gets new attachment ids, and its notes point at them.
    const attachmentIds = new Map(snapshot.attachments.map((a) => [a.id, copy ? newId() : a.id]));
    const idOf = (id: string) => attachmentIds.get(id) ?? id;
    await db.attachments.bulkAdd(attachmentRows(project.id, snapshot.attachments, idOf));
    const rows: BoardRow[] = snapshot.boards.map((board) => ({
      id: boardOf(board.id),
      projectId: project.id,
      kind: board.kind,
      title: board.title,
      order: board.order,
      ...(board.altText ? { altText: board.altText } : {}),
      createdAt: now,
      updatedAt: now,
      content:
        board.kind === 'canvas'
          ? docWithContent('canvas', {
              ...board.content,
              notes: board.content.notes.map((n) => (n.photoId ? { ...n, photoId: idOf(n.photoId) } : n)),
            })
          : board.kind === 'journey'
            ? docWithContent('journey', {
                ...board.content,
                basedOn: board.content.basedOn && boardOf(board.content.basedOn),
                personaRef: board.content.personaRef && {
                  ...board.content.personaRef,
                  boardId: boardOf(board.content.personaRef.boardId),
                },
                notes: board.content.notes.map((n) => (n.photoId ? { ...n, photoId: idOf(n.photoId) } : n)),
              })
            : docWithContent(board.kind as BoardKind, board.content),
    }));
    await db.boards.bulkAdd(rows);
    return project;
  });
}

/** Duplicates a project with all its boards under a new title. */
export async function duplicateProject(db: KarttaDB, projectId: string, title: string): Promise<ProjectRow> {
  return importSnapshot(db, await buildFileSnapshot(db, projectId, { withLogo: false }), { asCopy: true, title });
}
