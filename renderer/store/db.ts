import { Dexie, type EntityTable } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { BoardKind, CanvasSection, Project } from '../../shared/model';

export const DB_NAME = 'kartta';

/** A project row: the snapshot's project plus bookkeeping that never leaves the app. */
export interface ProjectRow extends Project {
  /** Lower-cased title for sorting and search without locale surprises in IndexedDB indexes. */
  titleKey: string;
  /** Soft delete (DESIGN.md): set when deleted, cleared by Undo or Restore. */
  deletedAt?: string;
}

export interface BoardRow {
  id: string;
  projectId: string;
  kind: BoardKind;
  title: string;
  order: number;
  /** The facilitator's text alternative of the diagram, as typed (trimmed in the snapshot); absent: generated. */
  altText?: string;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
  /** The board's content as a Yjs document, persisted by y-dexie as small updates. */
  content: Y.Doc;
}

/** A canvas layout a user saved to reuse in any project. */
export interface UserTemplateRow {
  id: string;
  name: string;
  sections: Omit<CanvasSection, 'id'>[];
  createdAt: string;
}

/** An image of a project (a note's photo), re-encoded and bounded before it is stored. */
export interface AttachmentRow {
  id: string;
  projectId: string;
  mimeType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  alt: string;
  blob: Blob;
  createdAt: string;
  /** When the daily sweep first found no board showing it (attachment-sweep.ts); absent: in use. */
  unusedSince?: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type KarttaDB = Dexie & {
  projects: EntityTable<ProjectRow, 'id'>;
  boards: EntityTable<BoardRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  templates: EntityTable<UserTemplateRow, 'id'>;
  attachments: EntityTable<AttachmentRow, 'id'>;
};

/**
 * Schema history. Version 1 was the first layout (kept so its upgrade stays tested);
 * version 2 added soft deletes, the title key for sorting and the meta table; version 3 the
 * user's own canvas templates; version 4 the project's images (note photos).
 */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    projects: 'id, updatedAt',
    boards: 'id, projectId, content: Y.Doc',
  });
  db.version(2)
    .stores({
      projects: 'id, updatedAt, createdAt, titleKey, deletedAt',
      boards: 'id, projectId, [projectId+kind], deletedAt, content: Y.Doc',
      meta: 'key',
    })
    .upgrade(async (tx) => {
      await tx
        .table('projects')
        .toCollection()
        .modify((row: Partial<ProjectRow>) => {
          row.titleKey = titleKey(row.title ?? '');
        });
    });
  db.version(3).stores({ templates: 'id, name, createdAt' });
  db.version(4).stores({ attachments: 'id, projectId' });
}

export function titleKey(title: string): string {
  return title.trim().toLocaleLowerCase();
}

/**
 * Opens Kartta's database. Relaxed durability (Chromium's default) for edits: the durable
 * checkpoints are main's backup files (PITFALLS.md, Durability).
 */
export function createDb(name = DB_NAME): KarttaDB {
  // y-dexie's own timer for merging stored updates is off: maintain-when-idle.ts runs it when the user pauses.
  const db = new Dexie(name, { addons: [yDexie({ gc: false }) as (db: Dexie) => void] }) as KarttaDB;
  declareSchema(db);
  return db;
}
