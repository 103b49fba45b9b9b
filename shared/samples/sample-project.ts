// The sample project "Digitaalinen rakennuslupa" of the fictional Kaislaniemen kunta – Vassudds
// kommun: built from the specs in sample-*.ts, seeded, so every build is byte-identical.
// scripts/build-sample.ts writes it to resources/samples/; test/unit/sample-project.test.ts
// rebuilds it and compares it with the committed file.
import {
  serializeKarttaFile,
  toKarttaFile,
  type Attachment,
  type Board,
  type BoardKind,
  type BoardOf,
  type Participant,
  type ProjectSnapshot,
} from '../model';
import { buildCanvas, buildEcosystem, buildJourney, type BuildContext } from './builders';
import { generatePhoto } from './generate-photo';
import { createRng, type Rng } from './random';
import { EMPATHY_MAP, HOW_MIGHT_WE, PERSONA } from './sample-canvases';
import { ECOSYSTEM } from './sample-ecosystem';
import { CUSTOMER_JOURNEY, SERVICE_BLUEPRINT } from './sample-journeys';
import { SAMPLE_PEOPLE, SAMPLE_SAVED_AT, sampleProject } from './sample-people';
import { SAMPLE_SESSION } from './sample-agenda';

export const SAMPLE_SEED = 20260202;
export const SAMPLE_FILE_NAME = 'digital-building-permit.kartta';
/**
 * The appVersion written into the committed file. Fixed on purpose rather than read from
 * package.json: the file should change when the sample's content or the format changes, not on
 * every version bump (which would otherwise fail the byte-for-byte test until `npm run sample`).
 * Raise it by hand when the sample is regenerated for a new format.
 */
export const SAMPLE_APP_VERSION = '0.1.0';

export function buildSampleProject(): ProjectSnapshot {
  const rng = createRng(SAMPLE_SEED);
  const participants: Participant[] = SAMPLE_PEOPLE.map((p, i) => ({
    id: `participant-${i + 1}`,
    name: p.name,
    organisation: p.organisation,
    role: p.role,
  }));
  const people = new Map(SAMPLE_PEOPLE.map((p, i) => [p.key, `participant-${i + 1}`]));
  // Each board draws from its own stream, so growing one board leaves the others' layout unchanged.
  const ctx = (boardId: string): BuildContext => ({ rng: rng.fork(boardId), people, authoredShare: 0.7 });

  const order = new Map<BoardKind, number>();
  const board = <K extends BoardKind>(kind: K, id: string, title: string, content: BoardOf<K>['content']): Board => {
    const n = order.get(kind) ?? 0;
    order.set(kind, n + 1);
    return { id, kind, title, order: n, content } as Board;
  };
  const canvas = (id: string, spec: typeof EMPATHY_MAP) => board('canvas', id, spec.title, buildCanvas(spec, ctx(id)));
  const journey = (id: string, spec: typeof CUSTOMER_JOURNEY) =>
    board('journey', id, spec.title, buildJourney(spec, ctx(id)));

  return {
    project: { ...sampleProject(participants), sessions: [SAMPLE_SESSION] },
    boards: [
      canvas('board-empathy-map', EMPATHY_MAP),
      canvas('board-persona', PERSONA),
      journey('board-customer-journey', CUSTOMER_JOURNEY),
      journey('board-service-blueprint', SERVICE_BLUEPRINT),
      board('ecosystem', 'board-ecosystem', ECOSYSTEM.title, buildEcosystem(ECOSYSTEM, ctx('board-ecosystem'))),
      canvas('board-how-might-we', HOW_MIGHT_WE),
    ],
    attachments: samplePhotos(rng.fork('photos')),
  };
}

/**
 * The sample's two photos: the workshop wall and a screenshot, as small generated images (the
 * committed file stays small) with the descriptions a facilitator would write.
 */
function samplePhotos(rng: Rng): Attachment[] {
  return [
    generatePhoto(
      'photo-seina',
      144,
      96,
      rng,
      'Hakijan käsin piirtämä asemapiirros ruutupaperilla, kuvattuna työpajan seinältä lappujen keskeltä.',
    ),
    generatePhoto(
      'photo-liitesivu',
      144,
      96,
      rng,
      'Kuvakaappaus lupapalvelun liitesivusta: kuusi pakollista liitettä ja latauspainikkeet.',
    ),
  ];
}

/** The exact text of the committed sample file. */
export function buildSampleFileText(): string {
  return serializeKarttaFile(toKarttaFile(buildSampleProject(), SAMPLE_APP_VERSION, new Date(SAMPLE_SAVED_AT)));
}
