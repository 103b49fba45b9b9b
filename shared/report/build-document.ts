// Project snapshot + options -> the report document (tree.ts): cover, contents, summary, and one
// section per chosen board with its diagram and the same content as text.
import { boardKinds, type Board, type ProjectSnapshot } from '../model';
import {
  buildContext,
  content,
  formatDate,
  formatPeriod,
  idMaker,
  label,
  photoOf,
  type BuildContext,
} from './build-context';
import { boardScene, orientationFor } from './figures';
import { resolvedAlt } from './board-alt';
import { canvasListing } from './boards/canvas';
import { ecosystemListing } from './boards/ecosystem';
import { journeyListing } from './boards/journey';
import { resolveReportOptions, type ReportOptions } from './options';
import { agendaSection, outcomesSection } from './sessions';
import type { Block, Facts, ReportDocument, Run, Section } from './tree';

/** The logo's largest size on the cover, in points. */
const LOGO = { width: 160, height: 64 } as const;

/** The boards the options choose, in report order. */
export function chosenBoards(snapshot: ProjectSnapshot, boardIds: readonly string[] | null): Board[] {
  if (boardIds !== null) {
    const byId = new Map(snapshot.boards.map((b) => [b.id, b]));
    return boardIds.flatMap((boardId) => byId.get(boardId) ?? []);
  }
  return [...snapshot.boards].sort(
    (a, b) => boardKinds.indexOf(a.kind) - boardKinds.indexOf(b.kind) || a.order - b.order,
  );
}

function coverSection(ctx: BuildContext, snapshot: ProjectSnapshot): Section {
  const { project } = snapshot;
  const { labels, options } = ctx;
  const id = idMaker('cover');
  const blocks: Block[] = [];
  const logo = photoOf(ctx, options.logoAttachmentId);
  if (logo) blocks.push({ kind: 'image', id: id('logo'), photo: logo, maxWidth: LOGO.width, maxHeight: LOGO.height });
  blocks.push({ kind: 'paragraph', id: id('kicker'), style: 'kicker', runs: [label(ctx, labels.report)] });
  blocks.push({ kind: 'paragraph', id: id('title'), style: 'title', runs: [content(ctx, project.title)] });
  if (project.organisation) {
    blocks.push({
      kind: 'paragraph',
      id: id('organisation'),
      style: 'subtitle',
      runs: [content(ctx, project.organisation)],
    });
  }
  const facts: Facts['items'] = [];
  const period = formatPeriod(ctx, project.startDate, project.endDate);
  if (period) facts.push({ term: [label(ctx, labels.period)], value: [[label(ctx, period)]] });
  if (project.facilitators.length > 0) {
    facts.push({
      term: [label(ctx, labels.facilitators)],
      value: project.facilitators.map((name) => [content(ctx, name)]),
    });
  }
  if (options.reportDate) {
    facts.push({ term: [label(ctx, labels.reportDate)], value: [[label(ctx, formatDate(ctx, options.reportDate))]] });
  }
  if (facts.length > 0) blocks.push({ kind: 'facts', id: id('facts'), items: facts });
  // Small print at the foot of the cover (the layout puts trailing 'small' paragraphs there).
  const foot: Run[] = [label(ctx, labels.madeWith)];
  if (options.licence)
    foot.unshift(label(ctx, `${labels.licence}: `), content(ctx, options.licence), label(ctx, ' · '));
  blocks.push({ kind: 'paragraph', id: id('foot'), style: 'small', runs: foot });
  return { kind: 'cover', id: 'cover', boardKind: null, title: project.title, lang: ctx.lang, blocks };
}

function contentsSection(ctx: BuildContext): Section {
  return {
    kind: 'contents',
    id: 'contents',
    boardKind: null,
    title: ctx.labels.contents,
    lang: ctx.lang,
    blocks: [
      { kind: 'heading', id: 'contents/heading', level: 1, runs: [label(ctx, ctx.labels.contents)], outline: true },
      { kind: 'contents', id: 'contents/list' },
    ],
  };
}

function summarySection(ctx: BuildContext, snapshot: ProjectSnapshot, boards: number): Section {
  const { project } = snapshot;
  const { labels } = ctx;
  const id = idMaker('summary');
  const blocks: Block[] = [
    { kind: 'heading', id: id('heading'), level: 1, runs: [label(ctx, labels.summary)], outline: true },
    { kind: 'heading', id: id('goal'), level: 2, runs: [label(ctx, labels.goal)], outline: true },
  ];
  const goal = project.goal
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (goal.length === 0)
    blocks.push({ kind: 'paragraph', id: id('no-goal'), style: 'muted', runs: [label(ctx, labels.noGoal)] });
  goal.forEach((text, i) =>
    blocks.push({
      kind: 'paragraph',
      id: id('goal-text'),
      style: i === 0 ? 'lead' : 'body',
      runs: [content(ctx, text)],
    }),
  );
  blocks.push({
    kind: 'paragraph',
    id: id('boards'),
    style: 'body',
    runs: [label(ctx, labels.boardsInReport(boards))],
  });
  blocks.push({
    kind: 'heading',
    id: id('participants'),
    level: 2,
    runs: [label(ctx, labels.participants)],
    outline: true,
  });
  if (project.participants.length === 0) {
    blocks.push({
      kind: 'paragraph',
      id: id('no-participants'),
      style: 'muted',
      runs: [label(ctx, labels.noParticipants)],
    });
  } else {
    const c = labels.participantColumns;
    blocks.push({
      kind: 'table',
      id: id('participants-table'),
      caption: [],
      columns: [
        { header: [label(ctx, c.name)], weight: 2 },
        { header: [label(ctx, c.organisation)], weight: 3 },
        { header: [label(ctx, c.role)], weight: 2 },
      ],
      rows: project.participants.map((p) =>
        [p.name, p.organisation, p.role].map((text) => ({ paragraphs: [[content(ctx, text)]] })),
      ),
    });
  }
  if (project.facilitators.length > 0) {
    blocks.push({
      kind: 'heading',
      id: id('facilitators'),
      level: 2,
      runs: [label(ctx, labels.facilitators)],
      outline: true,
    });
    blocks.push({
      kind: 'list',
      id: id('facilitator-list'),
      ordered: false,
      items: project.facilitators.map((name) => ({
        id: id('facilitator'),
        runs: [content(ctx, name)],
        details: [],
        photo: null,
      })),
    });
  }
  return { kind: 'summary', id: 'summary', boardKind: null, title: labels.summary, lang: ctx.lang, blocks };
}

function boardSection(ctx: BuildContext, board: Board, index: number): Section {
  const sectionId = `board-${index + 1}`;
  const id = idMaker(sectionId);
  // The facilitator's own text is in the project's language; the generated one in the report's.
  const alt = resolvedAlt(ctx, board);
  const altRun = alt.own ? content(ctx, alt.text) : label(ctx, alt.text);
  const blocks: Block[] = [
    { kind: 'paragraph', id: id('kicker'), style: 'kicker', runs: [label(ctx, ctx.messages.boards.kind[board.kind])] },
    { kind: 'heading', id: id('heading'), level: 1, runs: [content(ctx, board.title)], outline: true },
  ];
  const scene = boardScene(ctx, board, alt.text);
  if (scene) {
    blocks.push({
      kind: 'figure',
      id: id('figure'),
      scene,
      alt: altRun,
      caption: [label(ctx, `${ctx.labels.figure(ctx.nextFigure())} `), content(ctx, board.title)],
      orientation: orientationFor(scene),
    });
  }
  if (ctx.options.includeListings) {
    const listing =
      board.kind === 'ecosystem'
        ? ecosystemListing(ctx, board, id)
        : board.kind === 'canvas'
          ? canvasListing(ctx, board, id)
          : journeyListing(ctx, board, id);
    blocks.push(...listing);
  } else if (!scene) {
    // Neither a diagram nor a listing: the text alternative says what the board holds.
    blocks.push({ kind: 'paragraph', id: id('summary'), style: 'body', runs: [altRun] });
  }
  return { kind: 'board', id: sectionId, boardKind: board.kind, title: board.title, lang: ctx.contentLang, blocks };
}

export function buildReportDocument(snapshot: ProjectSnapshot, options: Partial<ReportOptions> = {}): ReportDocument {
  const resolved = resolveReportOptions(options);
  const ctx = buildContext(snapshot, resolved);
  const boards = chosenBoards(snapshot, resolved.boardIds);
  const { project } = snapshot;
  const { labels } = ctx;
  const sections = [
    coverSection(ctx, snapshot),
    contentsSection(ctx),
    summarySection(ctx, snapshot, boards.length),
    ...(ctx.options.includeSessions ? [agendaSection(ctx, snapshot)] : []),
    ...boards.map((board, i) => boardSection(ctx, board, i)),
    ...(ctx.options.includeSessions ? [outcomesSection(ctx, snapshot)] : []),
  ].filter((section): section is Section => section !== null);
  const kinds = boardKinds
    .filter((kind) => boards.some((b) => b.kind === kind))
    .map((k) => ctx.messages.boards.kind[k]);
  return {
    lang: ctx.lang,
    paper: resolved.paper,
    metadata: {
      title: project.title,
      author: project.facilitators.length > 0 ? project.facilitators.join(', ') : project.organisation,
      subject: [labels.report, project.organisation].filter(Boolean).join(': '),
      keywords: [labels.report, ...kinds, project.organisation].filter(Boolean),
      creator: resolved.creator,
    },
    runningHeader: project.title,
    furniture: {
      lang: resolved.language,
      pageOf: labels.pageOf,
      figurePart: labels.figurePart,
      figureOverview: labels.figureOverview,
    },
    sections,
    images: snapshot.attachments.filter((a) => ctx.usedImages.has(a.id)),
  };
}
