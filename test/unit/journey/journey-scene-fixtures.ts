// Labels of a drawn journey from a plain catalogue (as the PDF report fills them), a small
// journey with every kind of lane, and the sample project's journeys.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogues, type Language } from '../../../shared/i18n';
import { restore, type BoardOf, type JourneyContent, type ProjectSnapshot } from '../../../shared/model';
import type { JourneySceneLabels } from '../../../shared/journey/journey-scene';

export function journeyLabels(
  content: JourneyContent,
  language: Language = 'en',
  alts: Record<string, string> = {},
  title = 'Asiakaspolku',
): JourneySceneLabels {
  const m = catalogues[language];
  const s = m.journey.scores;
  return {
    title,
    description: m.boardExport.journeyDescriptionNoPersona
      .replace('{{stages}}', String(content.stages.length))
      .replace('{{lanes}}', String(content.lanes.length))
      .replace('{{notes}}', String(content.notes.length)),
    persona: content.persona ? m.outline.persona.replace('{{name}}', content.persona) : '',
    states: { 'as-is': 'As-is', 'to-be': 'To-be' },
    laneTypes: m.journey.laneTypes,
    lines: m.journey.lines,
    scores: { 2: s.plus2, 1: s.plus1, 0: s.zero, [-1]: s.minus1, [-2]: s.minus2 },
    channels: m.outline.channels,
    emptyNote: m.canvas.emptyNote,
    photoAlt: (id) => alts[id] ?? '',
    photoNoAlt: m.canvas.photo.altMissing,
  };
}

const note = (
  id: string,
  stageId: string,
  laneId: string,
  text: string,
  extra: Partial<JourneyContent['notes'][number]> = {},
) => ({
  id,
  stageId,
  laneId,
  text,
  color: 'yellow' as const,
  tags: [],
  order: 0,
  authorId: null,
  photoId: null,
  votes: 0,
  ...extra,
});

const lane = (
  id: string,
  title: string,
  type: JourneyContent['lanes'][number]['type'],
  extra: Partial<JourneyContent['lanes'][number]> = {},
) => ({
  id,
  title,
  type,
  lineBelow: null,
  collapsed: false,
  color: null,
  ...extra,
});

/** Three stages; notes, two emotion lanes, channels, images and blueprint lines. */
export function smallJourney(): JourneyContent {
  return {
    preset: 'service-blueprint',
    persona: 'Aino, 38',
    personaRef: null,
    state: 'to-be',
    basedOn: null,
    stages: [
      { id: 's1', title: 'Tarve herää', steps: ['Huomaa saunan lahonneen', 'Kysyy naapurilta'] },
      { id: 's2', title: 'Rakennusvalvontaviranomaisen neuvonta', steps: [] },
      { id: 's3', title: 'Päätös', steps: ['Saa päätöksen sähköpostiin ja lukee sen useaan kertaan'] },
    ],
    lanes: [
      lane('aino', 'Ainon tunteet', 'emotion'),
      lane('pekka', 'Pekan tunteet', 'emotion', { color: 'pink' }),
      lane('touch', 'Kosketuspisteet', 'channels'),
      lane('act', 'Asiakkaan toiminnot', 'notes', { lineBelow: 'interaction', color: 'blue', collapsed: true }),
      lane('front', 'Näkyvä palvelu', 'notes', { lineBelow: 'visibility' }),
      lane('photos', 'Kuvat', 'images'),
    ],
    notes: [
      note('n1', 's1', 'act', 'Etsii tietoa kunnan sivuilta', { tags: ['verkko', 'haku'], votes: 3 }),
      note('n2', 's1', 'act', 'Soittaa rakennusvalvontaan\n\nEi saa vastausta', { color: 'orange', order: 1 }),
      note('n3', 's2', 'front', 'Neuvonta-aika varataan ajanvarausjärjestelmästä, joka on monelle vaikeakäyttöinen', {
        color: 'green',
      }),
      note('n4', 's3', 'front', '', { color: 'grey', votes: 12 }),
      note('n5', 's2', 'photos', 'Lomake paperilla', { photoId: 'p1', color: 'blue' }),
      note('n6', 's3', 'photos', '', { photoId: 'p2', color: 'pink' }),
    ],
    scores: [
      { stageId: 's1', laneId: 'aino', score: 1 },
      { stageId: 's2', laneId: 'aino', score: -2 },
      { stageId: 's3', laneId: 'aino', score: 2 },
      { stageId: 's1', laneId: 'pekka', score: 0 },
      { stageId: 's3', laneId: 'pekka', score: -1 },
    ],
    touchpoints: [
      { stageId: 's1', laneId: 'touch', channels: ['web', 'phone', 'face-to-face'], text: 'Kunnan verkkosivut' },
      { stageId: 's2', laneId: 'touch', channels: ['kiosk'], text: '' },
    ],
  };
}

export const SMALL_ALTS = { p1: 'Valokuva täytetystä paperilomakkeesta pöydällä' };

export function sampleSnapshot(): ProjectSnapshot {
  const path = fileURLToPath(new URL('../../../resources/samples/digital-building-permit.kartta', import.meta.url));
  const restored = restore(readFileSync(path, 'utf8'));
  if (!restored.ok) throw new Error('the sample project does not restore');
  return restored.file.snapshot;
}

export const boardsOf = <K extends 'journey' | 'canvas'>(snapshot: ProjectSnapshot, kind: K) =>
  snapshot.boards.filter((b): b is BoardOf<K> => b.kind === kind);
