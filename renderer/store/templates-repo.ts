import { newId, nowIso, type CanvasContent } from '../../shared/model';
import type { KarttaDB, UserTemplateRow } from './db';

/** Saves a canvas's sections (not its notes) as the user's own template; the dialog ensures a name. */
export async function saveUserTemplate(db: KarttaDB, name: string, content: CanvasContent): Promise<UserTemplateRow> {
  const row: UserTemplateRow = {
    id: newId(),
    name: name.trim().slice(0, 200),
    sections: content.sections.map(({ id: _id, ...rest }) => rest),
    createdAt: nowIso(),
  };
  await db.templates.add(row);
  return row;
}

export function listUserTemplates(db: KarttaDB): Promise<UserTemplateRow[]> {
  return db.templates.orderBy('name').toArray();
}

export async function deleteUserTemplate(db: KarttaDB, id: string): Promise<void> {
  await db.templates.delete(id);
}

/** A new canvas's content from a user template: fresh section ids, no notes. */
export function instantiateUserTemplate(template: UserTemplateRow, makeId: () => string = newId): CanvasContent {
  return {
    templateId: `user:${template.id}`,
    sections: template.sections.map((s) => ({ ...s, id: makeId() })),
    notes: [],
    rounds: [],
    votes: [],
  };
}
