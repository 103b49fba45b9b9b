// The report's workshop sections (issue 9): each session's agenda with planned and actual times and
// the methods used, and, at the end, what the sessions decided, who does what by when, and the
// questions parked for later.
import { computeSchedule, findMethod, formatClockTime, formatHoursMinutes, formatSeconds } from '../facilitation';
import { sessionsOf, type AgendaBlock, type ProjectSnapshot, type WorkshopSession } from '../model';
import { content, formatDate, idMaker, label, type BuildContext } from './build-context';
import type { Block, Run, Section } from './tree';

/** What a block used: the library method in the report's language, the facilitator's own words, a board. */
function methodOf(ctx: BuildContext, block: AgendaBlock, boards: ReadonlyMap<string, string>): Run[] {
  const parts: Run[] = [];
  const library = findMethod(block.methodId);
  if (block.method.trim()) parts.push(content(ctx, block.method.trim()));
  else if (library) parts.push(label(ctx, library.title[ctx.lang]));
  const board = block.boardId ? boards.get(block.boardId) : undefined;
  if (board) parts.push(label(ctx, parts.length > 0 ? ' · ' : ''), content(ctx, board));
  return parts;
}

function sessionFacts(ctx: BuildContext, session: WorkshopSession, id: (name: string) => string): Block[] {
  const s = ctx.labels.sessions;
  const items = [
    session.date && { term: [label(ctx, s.date)], value: [[label(ctx, formatDate(ctx, session.date))]] },
    session.startTime && { term: [label(ctx, s.start)], value: [[label(ctx, session.startTime)]] },
    session.place && { term: [label(ctx, s.place)], value: [[content(ctx, session.place)]] },
  ].filter((item) => !!item);
  return items.length > 0 ? [{ kind: 'facts', id: id('facts'), items }] : [];
}

function agendaTable(
  ctx: BuildContext,
  session: WorkshopSession,
  boards: ReadonlyMap<string, string>,
  id: (name: string) => string,
): Block[] {
  const s = ctx.labels.sessions;
  const schedule = computeSchedule(session);
  const time = (minute: number) => (schedule.onClock ? formatClockTime(minute) : formatHoursMinutes(minute));
  const blocks: Block[] = [
    {
      kind: 'table',
      id: id('agenda'),
      caption: [],
      columns: [
        { header: [label(ctx, s.columns.time)], weight: 1 },
        { header: [label(ctx, s.columns.block)], weight: 3 },
        { header: [label(ctx, s.columns.method)], weight: 3 },
        { header: [label(ctx, s.columns.planned)], weight: 1 },
        { header: [label(ctx, s.columns.actual)], weight: 1 },
      ],
      rows: schedule.rows.map(({ block, startMinute, actualSeconds }) => [
        { paragraphs: [[label(ctx, time(startMinute))]] },
        {
          paragraphs: [
            block.kind === 'break'
              ? [label(ctx, s.breakLabel), ...(block.title.trim() ? [content(ctx, ` – ${block.title}`)] : [])]
              : [content(ctx, block.title)],
            ...(block.purpose.trim() ? [[content(ctx, block.purpose.trim())]] : []),
          ],
        },
        { paragraphs: [methodOf(ctx, block, boards)] },
        { paragraphs: [[label(ctx, s.minutes(block.minutes))]] },
        { paragraphs: [[label(ctx, actualSeconds === null ? '–' : formatSeconds(actualSeconds))]] },
      ]),
    },
  ];
  const totals =
    schedule.actualSeconds > 0
      ? s.totalsRun(formatHoursMinutes(schedule.plannedMinutes), formatSeconds(schedule.actualSeconds))
      : s.totals(formatHoursMinutes(schedule.plannedMinutes));
  blocks.push({ kind: 'paragraph', id: id('totals'), style: 'muted', runs: [label(ctx, totals)] });
  return blocks;
}

/** The agenda of every session: what was planned, when, with which method, and how long it took. */
export function agendaSection(ctx: BuildContext, snapshot: ProjectSnapshot): Section | null {
  const sessions = sessionsOf(snapshot.project);
  if (sessions.length === 0) return null;
  const boards = new Map(snapshot.boards.map((b) => [b.id, b.title]));
  const s = ctx.labels.sessions;
  const id = idMaker('agenda');
  const blocks: Block[] = [
    { kind: 'heading', id: id('heading'), level: 1, runs: [label(ctx, s.agendaHeading)], outline: true },
  ];
  for (const session of sessions) {
    blocks.push(
      { kind: 'heading', id: id('session'), level: 2, runs: [content(ctx, session.title)], outline: true },
      ...sessionFacts(ctx, session, id),
      ...(session.blocks.length > 0
        ? agendaTable(ctx, session, boards, id)
        : [{ kind: 'paragraph' as const, id: id('empty'), style: 'muted' as const, runs: [label(ctx, s.noBlocks)] }]),
    );
  }
  return { kind: 'agenda', id: 'agenda', boardKind: null, title: s.agendaHeading, lang: ctx.lang, blocks };
}

/** Decisions, action items and parked questions of every session, each with the block it came up in. */
export function outcomesSection(ctx: BuildContext, snapshot: ProjectSnapshot): Section | null {
  const sessions = sessionsOf(snapshot.project).filter(
    (session) => session.decisions.length + session.actionItems.length + session.parkedQuestions.length > 0,
  );
  if (sessions.length === 0) return null;
  const s = ctx.labels.sessions;
  const id = idMaker('outcomes');
  const blocks: Block[] = [
    { kind: 'heading', id: id('heading'), level: 1, runs: [label(ctx, s.outcomesHeading)], outline: true },
  ];
  for (const session of sessions) {
    const blockTitle = new Map(session.blocks.map((b) => [b.id, b.title]));
    const where = (blockId: string | null): Run[] => {
      const title = blockId ? blockTitle.get(blockId) : undefined;
      return title ? [label(ctx, s.inBlock(title))] : [];
    };
    blocks.push({ kind: 'heading', id: id('session'), level: 2, runs: [content(ctx, session.title)], outline: true });
    if (session.decisions.length > 0) {
      blocks.push(
        { kind: 'heading', id: id('decisions'), level: 3, runs: [label(ctx, s.decisions)], outline: false },
        {
          kind: 'list',
          id: id('decision-list'),
          ordered: true,
          items: session.decisions.map((d) => ({
            id: id('decision'),
            runs: [content(ctx, d.text)],
            details: where(d.blockId),
            photo: null,
          })),
        },
      );
    }
    if (session.actionItems.length > 0) {
      blocks.push(
        { kind: 'heading', id: id('actions'), level: 3, runs: [label(ctx, s.actionItems)], outline: false },
        {
          kind: 'table',
          id: id('action-table'),
          caption: [],
          columns: [
            { header: [label(ctx, s.actionColumns.what)], weight: 4 },
            { header: [label(ctx, s.actionColumns.who)], weight: 2 },
            { header: [label(ctx, s.actionColumns.due)], weight: 1 },
          ],
          rows: session.actionItems.map((a) => [
            { paragraphs: [[content(ctx, a.what)], ...(where(a.blockId).length > 0 ? [where(a.blockId)] : [])] },
            { paragraphs: [[content(ctx, a.who)]] },
            { paragraphs: [[label(ctx, a.due ? formatDate(ctx, a.due) : '–')]] },
          ]),
        },
      );
    }
    if (session.parkedQuestions.length > 0) {
      blocks.push(
        { kind: 'heading', id: id('parked'), level: 3, runs: [label(ctx, s.parkedQuestions)], outline: false },
        {
          kind: 'list',
          id: id('parked-list'),
          ordered: false,
          items: session.parkedQuestions.map((q) => ({
            id: id('question'),
            runs: [content(ctx, q.text)],
            details: where(q.blockId),
            photo: null,
          })),
        },
      );
    }
  }
  return { kind: 'outcomes', id: 'outcomes', boardKind: null, title: s.outcomesHeading, lang: ctx.lang, blocks };
}
