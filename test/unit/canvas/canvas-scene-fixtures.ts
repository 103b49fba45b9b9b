// Labels of a drawn canvas from a plain catalogue (as the PDF report fills them) and a small
// canvas with long, empty, tagged, voted and photo notes.
import { catalogues, type Language } from '../../../shared/i18n';
import type { CanvasContent, CanvasNote } from '../../../shared/model';
import type { CanvasSceneLabels } from '../../../shared/canvas/canvas-scene';
import { templateById } from '../../../shared/templates';

export function canvasLabels(
  content: CanvasContent,
  language: Language = 'en',
  title = 'Empatiakartta',
): CanvasSceneLabels {
  const m = catalogues[language];
  const axes = templateById(content.templateId)?.axes;
  return {
    title,
    description: m.boardExport.canvasDescription
      .replace('{{sections}}', String(content.sections.length))
      .replace('{{notes}}', String(content.notes.length)),
    emptyNote: m.canvas.emptyNote,
    axes: axes ? { x: axes.x[language], y: axes.y[language] } : null,
  };
}

const note = (id: string, x: number, y: number, text: string, extra: Partial<CanvasNote> = {}): CanvasNote => ({
  id,
  sectionId: 's1',
  text,
  color: 'yellow',
  x,
  y,
  tags: [],
  authorId: null,
  photoId: null,
  ...extra,
});

export function smallCanvas(): CanvasContent {
  return {
    templateId: 'empathy-map',
    sections: [
      {
        id: 's1',
        title: 'Ajattelee ja tuntee',
        prompt: 'Mitä hakija ajattelee, mutta ei välttämättä sano? Mikä häntä huolestuttaa?',
        x: 0,
        y: 0,
        width: 560,
        height: 360,
      },
      { id: 's2', title: 'Rakennusvalvontaviranomaisen näkökulma', prompt: '', x: 580, y: 0, width: 200, height: 360 },
    ],
    notes: [
      note('n1', 12, 90, 'Onko lupa tarpeen?', { tags: ['lupa'] }),
      note(
        'n2',
        184,
        90,
        'Pitkä lappu, jossa on paljon tekstiä: hakija ei tiedä, mitä liitteitä tarvitaan, eikä kukaan vastaa puhelimeen ennen kuin on jo myöhäistä, ja lomake katoaa.',
        { color: 'pink', tags: ['liitteet', 'neuvonta', 'puhelin', 'lomakkeet'] },
      ),
      note('n3', 356, 90, '', { color: 'grey' }),
      note('n4', 12, 210, 'Lomake paperilla', { color: 'blue', photoId: 'p1', tags: ['kuva'] }),
      note('n5', 184, 210, 'Rakennusvalvontaviranomainen', { color: 'green' }),
      note('n6', 600, 90, 'Vem hjälper mig?\nIngen svarar.', { color: 'orange', sectionId: 's2' }),
      note('n7', 820, 40, 'Lappu kanvaasin ulkopuolella', { sectionId: null, color: 'yellow' }),
    ],
    rounds: [
      { id: 'r1', votesPerParticipant: 3, anonymous: true, status: 'closed', startedAt: '2026-03-01T10:00:00.000Z' },
      { id: 'r2', votesPerParticipant: 3, anonymous: true, status: 'open', startedAt: '2026-03-02T10:00:00.000Z' },
    ],
    votes: [
      { id: 'v1', roundId: 'r1', noteId: 'n1', voterId: null },
      { id: 'v2', roundId: 'r2', noteId: 'n1', voterId: null },
      { id: 'v3', roundId: 'r2', noteId: 'n2', voterId: null },
      { id: 'v4', roundId: 'r2', noteId: 'n2', voterId: null },
      { id: 'v5', roundId: 'r2', noteId: 'n4', voterId: null },
    ],
  };
}
