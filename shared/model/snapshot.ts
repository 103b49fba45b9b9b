import { actorTypes, knownTypeIds, relationTypes } from './boards/ecosystem';
import { z } from './zod';
import { projectSchema, type Project } from './project';
import { sessionProblems } from './facilitation';
import { boardSchema, type Board } from './board';
import { ATTACHMENT_LIMITS, attachmentSchema } from './attachment';
import { hasImageSignature } from './image-signature';

export const SNAPSHOT_LIMITS = { boards: 500 } as const;

/**
 * The plain, typed picture of one project that everything leaving the app is made from
 * (PDF, .kartta file, CSV): never React state or database rows.
 */
export const projectSnapshotSchema = z
  .object({
    project: projectSchema,
    boards: z.array(boardSchema).max(SNAPSHOT_LIMITS.boards),
    attachments: z.array(attachmentSchema).max(ATTACHMENT_LIMITS.attachments).default([]),
  })
  .superRefine((snapshot, ctx) => {
    const photos = new Set(snapshot.attachments.map((a) => a.id));
    for (const problem of duplicateIds([['attachments', snapshot.attachments]])) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
    snapshot.attachments.forEach((attachment, i) => {
      if (!hasImageSignature(attachment.data, attachment.mimeType)) {
        ctx.addIssue({
          code: 'custom',
          message: `not a ${attachment.mimeType === 'image/png' ? 'PNG' : 'JPEG'} image`,
          path: ['attachments', i, 'data'],
        });
      }
    });
    for (const problem of duplicateIds([['participants', snapshot.project.participants]])) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: ['project', ...problem.path] });
    }
    for (const problem of sessionProblems(snapshot.project.sessions)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: ['project', 'sessions', ...problem.path] });
    }
    snapshot.boards.forEach((board, index) => {
      if (board.kind !== 'canvas' && board.kind !== 'journey') return;
      board.content.notes.forEach((note, i) => {
        if (note.photoId !== null && !photos.has(note.photoId)) {
          ctx.addIssue({
            code: 'custom',
            message: `attachment "${note.photoId}" does not exist`,
            path: ['boards', index, 'content', 'notes', i, 'photoId'],
          });
        }
      });
    });
    const seen = new Set<string>();
    snapshot.boards.forEach((board, index) => {
      if (seen.has(board.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate board id "${board.id}"`, path: ['boards', index, 'id'] });
      }
      seen.add(board.id);
      for (const problem of danglingReferences(board)) {
        ctx.addIssue({ code: 'custom', message: problem.message, path: ['boards', index, 'content', ...problem.path] });
      }
    });
  });

/** The project may come without `sessions` (see `Project`); a parsed snapshot always has them. */
export type ProjectSnapshot = Omit<z.infer<typeof projectSnapshotSchema>, 'project'> & { project: Project };

interface Problem {
  message: string;
  path: (string | number)[];
}

/** Ids are references, so each is used once per list. */
function duplicateIds(lists: readonly (readonly [string, readonly { id: string }[]])[]): Problem[] {
  const problems: Problem[] = [];
  for (const [key, list] of lists) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ message: `duplicate id "${item.id}"`, path: [key, i, 'id'] });
      seen.add(item.id);
    });
  }
  return problems;
}

/** References inside a board's content that point at nothing (a relation to a missing actor), and duplicate ids. */
export function danglingReferences(board: Board): Problem[] {
  const problems: Problem[] = [];
  const check = (ids: ReadonlySet<string>, id: string | null, what: string, path: (string | number)[]) => {
    if (id !== null && !ids.has(id)) problems.push({ message: `${what} "${id}" does not exist`, path });
  };
  switch (board.kind) {
    case 'canvas': {
      const sections = new Set(board.content.sections.map((s) => s.id));
      const notes = new Set(board.content.notes.map((n) => n.id));
      const rounds = new Set(board.content.rounds.map((r) => r.id));
      board.content.notes.forEach((n, i) => check(sections, n.sectionId, 'section', ['notes', i, 'sectionId']));
      board.content.votes.forEach((v, i) => {
        check(notes, v.noteId, 'note', ['votes', i, 'noteId']);
        check(rounds, v.roundId, 'voting round', ['votes', i, 'roundId']);
      });
      problems.push(
        ...duplicateIds([
          ['sections', board.content.sections],
          ['notes', board.content.notes],
          ['rounds', board.content.rounds],
          ['votes', board.content.votes],
        ]),
      );
      break;
    }
    case 'ecosystem': {
      const rings = new Set(board.content.rings.map((r) => r.id));
      const actors = new Set(board.content.actors.map((a) => a.id));
      const groups = new Set(board.content.groups.map((g) => g.id));
      const { actor: actorKinds, relation: relationKinds } = knownTypeIds(board.content);
      board.content.actors.forEach((a, i) => {
        check(rings, a.ringId, 'ring', ['actors', i, 'ringId']);
        check(groups, a.groupId, 'group', ['actors', i, 'groupId']);
        check(actorKinds, a.type, 'actor type', ['actors', i, 'type']);
      });
      board.content.relations.forEach((r, i) => {
        check(relationKinds, r.type, 'relation type', ['relations', i, 'type']);
        check(actors, r.from, 'actor', ['relations', i, 'from']);
        check(actors, r.to, 'actor', ['relations', i, 'to']);
        if (r.from === r.to)
          problems.push({ message: 'a relation joins an actor to itself', path: ['relations', i, 'to'] });
      });
      // Ids are references: each once per list; own types never shadow a built-in one; the
      // editor's own node ids (rings, group boxes) start with "__".
      const lists = [
        ['rings', board.content.rings],
        ['groups', board.content.groups],
        ['actors', board.content.actors],
        ['relations', board.content.relations],
        ['customActorTypes', board.content.customActorTypes],
        ['customRelationTypes', board.content.customRelationTypes],
      ] as const;
      problems.push(...duplicateIds(lists));
      for (const [key, list] of lists) {
        list.forEach((item, i) => {
          if (item.id.startsWith('__')) problems.push({ message: `reserved id "${item.id}"`, path: [key, i, 'id'] });
        });
      }
      const builtIn = new Set<string>([...actorTypes, ...relationTypes]);
      for (const key of ['customActorTypes', 'customRelationTypes'] as const) {
        board.content[key].forEach((type, i) => {
          if (builtIn.has(type.id)) {
            problems.push({ message: `own type "${type.id}" has a built-in type's id`, path: [key, i, 'id'] });
          }
        });
      }
      break;
    }
    case 'journey': {
      const stages = new Set(board.content.stages.map((s) => s.id));
      const lanes = new Set(board.content.lanes.map((l) => l.id));
      const cells = [
        ['notes', board.content.notes],
        ['scores', board.content.scores],
        ['touchpoints', board.content.touchpoints],
      ] as const;
      for (const [key, list] of cells) {
        list.forEach((cell, i) => {
          check(stages, cell.stageId, 'stage', [key, i, 'stageId']);
          check(lanes, cell.laneId, 'lane', [key, i, 'laneId']);
        });
      }
      problems.push(
        ...duplicateIds([
          ['stages', board.content.stages],
          ['lanes', board.content.lanes],
          ['notes', board.content.notes],
        ]),
      );
      // A cell holds one emotion score and one touchpoint (the editor keys them by cell).
      for (const [key, list] of [
        ['scores', board.content.scores],
        ['touchpoints', board.content.touchpoints],
      ] as const) {
        const seen = new Set<string>();
        list.forEach((cell, i) => {
          const at = `${cell.stageId}|${cell.laneId}`;
          if (seen.has(at)) problems.push({ message: 'a second entry for the same cell', path: [key, i, 'stageId'] });
          seen.add(at);
        });
      }
      break;
    }
  }
  return problems;
}
