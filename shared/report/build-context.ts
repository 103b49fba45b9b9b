// What every part of the document builder needs: the languages, the words, the people and photos
// of the project, and ids that stay stable for the same input (tests and tags refer to them).
import { catalogues, type Messages } from '../i18n';
import type { Language } from '../i18n/languages';
import type { Attachment, ProjectSnapshot } from '../model';
import { reportLabels, type ReportLabels } from './labels';
import type { ReportOptions } from './options';
import type { Photo, Run } from './tree';

export interface BuildContext {
  /** The report's language: every fixed word is in it. */
  lang: Language;
  /** The language of the project's own text. */
  contentLang: string;
  labels: ReportLabels;
  messages: Messages;
  options: ReportOptions;
  people: ReadonlyMap<string, string>;
  attachments: ReadonlyMap<string, Attachment>;
  /** Attachments the document shows, filled in as photos are placed. */
  usedImages: Set<string>;
  /** The next figure's number, counted across the report. */
  nextFigure: () => number;
}

export function buildContext(snapshot: ProjectSnapshot, options: ReportOptions): BuildContext {
  let figures = 0;
  return {
    lang: options.language,
    contentLang: options.contentLanguage ?? snapshot.project.language ?? options.language,
    labels: reportLabels[options.language],
    messages: catalogues[options.language],
    options,
    people: new Map(snapshot.project.participants.map((p) => [p.id, p.name])),
    attachments: new Map(snapshot.attachments.map((a) => [a.id, a])),
    usedImages: new Set(),
    nextFigure: () => ++figures,
  };
}

/** A fixed word of the report (in the report's language). */
export const label = (ctx: BuildContext, text: string, style?: Run['style']): Run =>
  style ? { text, lang: ctx.lang, style } : { text, lang: ctx.lang };

/**
 * Text the project's people wrote: in the content language, or in the item's own language when
 * it is marked (a Swedish note in a Finnish project), which the tagged PDF marks on the passage.
 */
export const content = (ctx: BuildContext, text: string, style?: Run['style'], lang?: string): Run => {
  const language = lang ?? ctx.contentLang;
  return style ? { text, lang: language, style } : { text, lang: language };
};

/** A photo the document can show, or null when the attachment is missing. */
export function photoOf(ctx: BuildContext, attachmentId: string | null): Photo | null {
  if (attachmentId === null) return null;
  const attachment = ctx.attachments.get(attachmentId);
  if (!attachment) return null;
  ctx.usedImages.add(attachmentId);
  return { attachmentId, alt: attachment.alt, lang: ctx.contentLang };
}

/** Ids under a prefix: `${prefix}/${name}`, numbered when a name repeats. */
export function idMaker(prefix: string): (name: string) => string {
  const seen = new Map<string, number>();
  return (name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? `${prefix}/${name}` : `${prefix}/${name}-${n}`;
  };
}

/** A date (YYYY-MM-DD) as the report's language writes it in running text. */
export function formatDate(ctx: BuildContext, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (ctx.lang === 'fi') return `${day}.${month}.${year}`;
  return `${day} ${ctx.labels.months[month - 1] ?? month} ${year}`;
}

/** The project's period: both dates, one of them, or empty. */
export function formatPeriod(ctx: BuildContext, start: string, end: string): string {
  if (start && end) return `${formatDate(ctx, start)} – ${formatDate(ctx, end)}`;
  return formatDate(ctx, start || end);
}
