// Shared by the report tests: fonts and fixtures from disk, and the PDF tools (poppler-utils,
// qpdf) run for real. A missing tool fails the test with its name, never a silent skip.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { projectSnapshotSchema, restore, type ProjectSnapshot } from '../../../shared/model';
import type { ReportDocument, ReportFonts } from '../../../shared/report';

export { missingInOrder, tool } from '../../pdf-tools';

export const ROOT = join(__dirname, '..', '..', '..');
export const SAMPLE_PATH = join(ROOT, 'resources', 'samples', 'digital-building-permit.kartta');

export function loadFonts(): ReportFonts {
  const read = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'resources', 'fonts', name)));
  return {
    regular: read('NotoSans-Regular.ttf'),
    bold: read('NotoSans-Bold.ttf'),
    italic: read('NotoSans-Italic.ttf'),
  };
}

export function sampleSnapshot(): ProjectSnapshot {
  const restored = restore(readFileSync(SAMPLE_PATH, 'utf8'));
  if (!restored.ok) throw new Error(`The sample does not restore: ${JSON.stringify(restored.error)}`);
  return restored.file.snapshot;
}

/** A 1 × 1 PNG (a photo of a paper note, as far as the report can tell). */
export const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const SAMI_SENTENCE = 'Sámegiella: Mii áigut čađahit ođđa bálvalusa ŋuovggusin, šaddat ŧuvviid ja žiehkádit.';

/** A small project in Northern Sámi, Finnish and Swedish: one canvas (optionally with a photo) and one map. */
export function samiSnapshot(withPhoto = false): ProjectSnapshot {
  const now = '2026-03-01T10:00:00.000Z';
  return projectSnapshotSchema.parse({
    project: {
      id: 'sami',
      title: 'Sámi bálvalusat – Saamelaispalvelut',
      organisation: 'Ohcejohka – Utsjoen kunta',
      goal: `${SAMI_SENTENCE}\nTavoitteena on palvella asukkaita heidän omalla kielellään.`,
      startDate: '2026-03-01',
      endDate: '2026-06-30',
      facilitators: ['Áile Ŋuolja'],
      participants: [{ id: 'p1', name: 'Máret Čoavddaš', organisation: 'Sámediggi', role: 'Ráđđeaddi' }],
      createdAt: now,
      updatedAt: now,
    },
    boards: [
      {
        id: 'c1',
        kind: 'canvas',
        title: 'Jurdagat – Ajatuksia',
        order: 0,
        content: {
          templateId: 'blank',
          sections: [
            { id: 's1', title: 'Ođđa jurdagat', prompt: 'Mii lea dehálaš?', x: 0, y: 0, width: 400, height: 300 },
          ],
          notes: [
            {
              id: 'n1',
              sectionId: 's1',
              text: 'Ođđa bálvalus: á č đ ŋ š ŧ ž',
              color: 'yellow',
              x: 10,
              y: 10,
              tags: ['sámegiella'],
              authorId: 'p1',
              photoId: withPhoto ? 'photo1' : null,
            },
            {
              id: 'n2',
              sectionId: 's1',
              text: 'Rakennusvalvontaviranomaisen neuvontapalvelu saamen kielellä',
              color: 'blue',
              x: 10,
              y: 80,
              tags: [],
              authorId: null,
            },
            {
              id: 'n3',
              sectionId: 's1',
              text: 'Jag vill kunna söka bygglov på svenska.',
              color: 'green',
              x: 10,
              y: 150,
              tags: [],
              authorId: null,
            },
          ],
        },
      },
      {
        id: 'm1',
        kind: 'ecosystem',
        title: 'Ekosystema',
        order: 0,
        content: {
          rings: [
            { id: 'r1', name: 'Guovddáš' },
            { id: 'r2', name: 'Lagaš' },
          ],
          actors: [
            {
              id: 'a1',
              name: 'Ássit',
              type: 'citizen',
              ringId: 'r1',
              description: '',
              organisation: 'Ohcejohka',
              tags: [],
              x: 0,
              y: 0,
            },
            {
              id: 'a2',
              name: 'Sámediggi',
              type: 'agency',
              ringId: 'r2',
              description: '',
              organisation: 'Ráđđehus',
              tags: [],
              x: 0,
              y: -400,
            },
          ],
          relations: [{ id: 'rel1', from: 'a2', to: 'a1', type: 'service', label: 'Bálvalus', directed: true }],
        },
      },
    ],
    attachments: withPhoto
      ? [{ id: 'photo1', mimeType: 'image/png', width: 1, height: 1, alt: 'Lappu seinällä', data: TINY_PNG }]
      : [],
  });
}

const dir = mkdtempSync(join(tmpdir(), 'kartta-report-'));

export function tempFile(name: string, data?: Uint8Array | string): string {
  const path = join(dir, name);
  if (data !== undefined) writeFileSync(path, data);
  return path;
}

/**
 * A report's PDF syntax as text to search: the file, and the objects packed in its compressed
 * object streams (pack-pdf.ts) as they were written, each on its own line.
 */
export function pdfSyntax(file: string): string {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const packed = [...text.matchAll(/\/Type \/ObjStm [^>]*\/Length (\d+)>>\nstream\n/g)].map((m) => {
    const from = m.index + m[0].length;
    return inflateSync(bytes.subarray(from, from + Number(m[1]))).toString('latin1');
  });
  return [text, ...packed].join('\n');
}

/** A hand-made Finnish report document around `sections`, for tests of the renderer alone. */
export function finnishDocument(title: string, sections: ReportDocument['sections']): ReportDocument {
  return {
    lang: 'fi',
    paper: 'a4',
    metadata: { title, author: 'Testi', subject: 'Raportti', keywords: ['a'], creator: 'Kartta' },
    runningHeader: title,
    furniture: {
      lang: 'fi',
      pageOf: (p, n) => `Sivu ${p}/${n}`,
      figurePart: (p, n) => `osa ${p}/${n}`,
      figureOverview: () => '',
    },
    images: [],
    sections,
  };
}
