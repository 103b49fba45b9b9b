// A journey's text: its text alternative, and the journey stage by stage, one table of lanes each
// (notes in order, the emotion score, the channels), as the outline reads it.
import type { BoardOf, JourneyContent, Lane, Stage } from '../../model';
import { content, label, type BuildContext } from '../build-context';
import type { Block, Run, TableCell } from '../tree';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export function journeyAlt(ctx: BuildContext, journey: JourneyContent): string {
  const scores = journey.scores.map((s) => s.score);
  return ctx.labels.journeyAlt({
    persona: journey.persona,
    stages: journey.stages.map((s) => s.title),
    lanes: journey.lanes.length,
    notes: journey.notes.length,
    emotion: scores.length > 0 ? { low: Math.min(...scores), high: Math.max(...scores) } : null,
  });
}

/** What one lane holds in one stage, as paragraphs; empty when nothing. */
function laneCell(ctx: BuildContext, journey: JourneyContent, stage: Stage, lane: Lane): Run[][] {
  const here = <T extends { stageId: string; laneId: string }>(item: T) =>
    item.stageId === stage.id && item.laneId === lane.id;
  switch (lane.type) {
    case 'emotion': {
      const score = journey.scores.find(here);
      if (!score) return [];
      const word = ctx.labels.emotionScores[String(score.score) as keyof typeof ctx.labels.emotionScores];
      return [[label(ctx, `${signed(score.score)} (${word})`)]];
    }
    case 'channels': {
      const touchpoint = journey.touchpoints.find(here);
      if (!touchpoint) return [];
      const names = touchpoint.channels.map((c) => ctx.messages.outline.channels[c]).join(', ');
      return [
        names ? [label(ctx, names, 'bold')] : [],
        touchpoint.text ? [content(ctx, touchpoint.text, undefined, touchpoint.lang)] : [],
      ].filter((p) => p.length > 0);
    }
    case 'notes':
    case 'images':
      return journey.notes
        .filter(here)
        .sort((a, b) => a.order - b.order)
        .map((note) => {
          const runs: Run[] = [content(ctx, note.text, undefined, note.lang)];
          if (note.votes > 0) runs.push(label(ctx, ` (${ctx.labels.votes(note.votes)})`, 'italic'));
          if (note.tags.length > 0)
            runs.push(label(ctx, ` · ${ctx.labels.tags}: `), content(ctx, note.tags.join(', ')));
          return runs;
        })
        .filter((runs) => runs.some((r) => r.text.trim() !== ''));
  }
}

/** "Actions, Thoughts — Line of interaction — Frontstage …": the lanes and the blueprint's lines. */
function lanesParagraph(ctx: BuildContext, journey: JourneyContent): Run[] {
  const runs: Run[] = [label(ctx, `${ctx.labels.lanesFromTop}: `, 'bold')];
  journey.lanes.forEach((lane, i) => {
    runs.push(content(ctx, lane.title));
    if (lane.lineBelow) runs.push(label(ctx, ` — ${ctx.messages.journey.lines[lane.lineBelow]} — `, 'italic'));
    else if (i < journey.lanes.length - 1) runs.push(label(ctx, ', '));
  });
  runs.push(label(ctx, '.'));
  return runs;
}

export function journeyListing(ctx: BuildContext, board: BoardOf<'journey'>, id: (name: string) => string): Block[] {
  const journey = board.content;
  const { labels } = ctx;
  const blocks: Block[] = [];
  const intro: Run[] = [label(ctx, `${labels.journeyState[journey.state]}.`)];
  if (journey.persona) intro.push(label(ctx, ` ${labels.persona}: `), content(ctx, journey.persona));
  blocks.push({ kind: 'paragraph', id: id('intro'), style: 'body', runs: intro });
  if (journey.lanes.length > 0)
    blocks.push({ kind: 'paragraph', id: id('lanes'), style: 'muted', runs: lanesParagraph(ctx, journey) });
  blocks.push({ kind: 'heading', id: id('stages'), level: 2, runs: [label(ctx, labels.stageByStage)], outline: true });
  journey.stages.forEach((stage, index) => {
    blocks.push({
      kind: 'heading',
      id: id('stage'),
      level: 3,
      runs: [label(ctx, `${labels.stage(index + 1)}: `), content(ctx, stage.title)],
      outline: false,
    });
    if (stage.steps.length > 0) {
      blocks.push({
        kind: 'paragraph',
        id: id('steps-label'),
        style: 'small',
        runs: [label(ctx, labels.steps, 'bold')],
      });
      blocks.push({
        kind: 'list',
        id: id('steps'),
        ordered: true,
        items: stage.steps.map((step) => ({ id: id('step'), runs: [content(ctx, step)], details: [], photo: null })),
      });
    }
    const rows: TableCell[][] = journey.lanes.flatMap((lane) => {
      const paragraphs = laneCell(ctx, journey, stage, lane);
      return paragraphs.length === 0 ? [] : [[{ paragraphs: [[content(ctx, lane.title, 'bold')]] }, { paragraphs }]];
    });
    if (rows.length === 0) {
      blocks.push({ kind: 'paragraph', id: id('empty'), style: 'muted', runs: [label(ctx, labels.noContent)] });
      return;
    }
    blocks.push({
      kind: 'table',
      id: id('stage-table'),
      caption: [],
      columns: [
        { header: [label(ctx, labels.laneColumns.lane)], weight: 1 },
        { header: [label(ctx, labels.laneColumns.content)], weight: 3 },
      ],
      rows,
      rowHeaders: true,
    });
  });
  return blocks;
}
