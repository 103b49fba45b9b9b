import { describe, expect, it } from 'vitest';
import { projectSchema, projectSnapshotSchema, sessionsOf, type ProjectSnapshot } from '../../../shared/model';
import { block, session } from './helpers';

const project = {
  id: 'p',
  title: 'Lupapalvelu',
  organisation: '',
  goal: '',
  startDate: '',
  endDate: '',
  facilitators: [],
  participants: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const snapshot = (sessions: unknown): unknown => ({ project: { ...project, sessions }, boards: [], attachments: [] });
const issues = (value: unknown) => {
  const result = projectSnapshotSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('workshop sessions in the project', () => {
  it('a project written before sessions existed reads as having none', () => {
    expect(projectSchema.parse(project).sessions).toEqual([]);
    expect(sessionsOf({ ...project, sessions: undefined })).toEqual([]);
  });

  it('accepts a session whose block names a board that is gone, like a journey’s basedOn', () => {
    const s = session([{ ...block('a', 10), boardId: 'deleted-board', methodId: 'retired-method' }]);
    expect(issues(snapshot([s]))).toEqual([]);
  });

  it('refuses items linked to a block of no session, and ids used twice', () => {
    const s = {
      ...session([block('a', 10), block('a', 5)]),
      decisions: [{ id: 'd', blockId: 'missing', text: '' }],
      parkedQuestions: [
        { id: 'q', blockId: null, text: '' },
        { id: 'q', blockId: 'a', text: '' },
      ],
    };
    expect(issues(snapshot([s, { ...s, blocks: [block('b', 1)], decisions: [] }]))).toEqual([
      'project.sessions.1.id: duplicate id "s1"',
      'project.sessions.0.blocks.1.id: duplicate id "a"',
      'project.sessions.0.decisions.0.blockId: block "missing" does not exist',
      'project.sessions.0.parkedQuestions.1.id: duplicate id "q"',
      'project.sessions.1.parkedQuestions.1.id: duplicate id "q"',
      'project.sessions.1.parkedQuestions.1.blockId: block "a" does not exist',
    ]);
  });

  it('an item links only to a block of its own session', () => {
    const first = { ...session([block('a', 10)]), id: 's1' };
    const second = { ...session([block('b', 10)]), id: 's2', decisions: [{ id: 'd', blockId: 'a', text: '' }] };
    expect(issues(snapshot([first, second]))).toEqual([
      'project.sessions.1.decisions.0.blockId: block "a" does not exist',
    ]);
  });

  it('refuses times that are no clock times and blocks of impossible lengths', () => {
    const bad = session([{ ...block('a', 1_441) }], '25:00');
    expect(issues(snapshot([bad])).map((i) => i.split(':')[0])).toEqual([
      'project.sessions.0.startTime',
      'project.sessions.0.blocks.0.minutes',
    ]);
  });

  it('a valid snapshot type may leave sessions out', () => {
    const typed: ProjectSnapshot = { project, boards: [], attachments: [] };
    expect(projectSnapshotSchema.parse(typed).project.sessions).toEqual([]);
  });
});
