import { describe, expect, it } from 'vitest';
import { saveJourneyImage } from '../../../renderer/features/journey/JourneyExportButtons';
import { saveCanvasImage } from '../../../renderer/features/canvas/CanvasExportButtons';
import type { AppServices } from '../../../renderer/app/context';
import type { Platform } from '../../../renderer/platform';
import { echoT, exportFakes } from '../export-fakes';
import { allElements, parseXml, textOf } from '../ecosystem/xml-tree';
import { smallJourney } from './journey-scene-fixtures';
import { smallCanvas } from '../canvas/canvas-scene-fixtures';

const t = echoT;

/** The export fakes, with the attachments' text alternatives (the only thing read from the database). */
function fakes(saveFile: Platform['saveFile']) {
  const { services, shown, requests } = exportFakes(saveFile);
  const db = {
    attachments: {
      bulkGet: async (ids: string[]) =>
        ids.map((id) => (id === 'p1' ? { id, alt: 'Paperilomake pöydällä' } : undefined)),
    },
  };
  return { services: { ...services, db } as unknown as AppServices, shown, requests };
}

const svgTexts = (data: Uint8Array) => {
  const root = parseXml(new TextDecoder().decode(data));
  return {
    texts: allElements(root)
      .filter((e) => e.name === 'text')
      .map(textOf),
    desc: textOf(allElements(root).find((e) => e.name === 'desc') ?? root),
  };
};

describe('exporting a journey as an image', () => {
  it('saves the SVG with the photos’ text alternatives, the description, and says so', async () => {
    const { services, shown, requests } = fakes(async (r) => ({ saved: true, fileName: r.suggestedName }));
    await saveJourneyImage(services, t, { title: 'Polku: A/B', content: smallJourney() }, 'svg');
    expect(requests[0]).toMatchObject({ suggestedName: 'Polku AB.svg', kind: 'svg', mimeType: 'image/svg+xml' });
    const { texts, desc } = svgTexts(requests[0].data);
    expect(texts.join(' ')).toContain('Paperilomake pöydällä');
    // The picture's fixed words come from the catalogue of the app's language (English here).
    expect(texts.join(' ')).toContain('Photo without a description');
    expect(desc).toBe('boardExport.journeyDescription {"stages":3,"lanes":6,"notes":6,"persona":"Aino, 38"}');
    expect(shown).toEqual([{ tone: 'info', message: 'boardExport.saved {"name":"Polku AB.svg"}' }]);
  });

  it('tells the user when saving fails, and nothing when they cancel', async () => {
    const failing = fakes(async () => {
      throw new Error('disk full');
    });
    await saveJourneyImage(failing.services, t, { title: 'Polku', content: smallJourney() }, 'svg');
    expect(failing.shown).toEqual([{ tone: 'error', message: 'boardExport.failed {"reason":"disk full"}' }]);
    const cancelled = fakes(async () => ({ saved: false }));
    await saveJourneyImage(cancelled.services, t, { title: 'Polku', content: smallJourney() }, 'svg');
    expect(cancelled.shown).toEqual([]);
  });
});

describe('exporting a canvas as an image', () => {
  it('saves the SVG under the board title, untitled boards under their kind’s name', async () => {
    const { services, shown, requests } = fakes(async (r) => ({ saved: true, fileName: r.suggestedName }));
    await saveCanvasImage(services, t, { title: '', content: smallCanvas() }, 'svg');
    expect(requests[0].suggestedName).toBe('boards.untitled.canvas.svg');
    const { texts, desc } = svgTexts(requests[0].data);
    expect(texts).toContain('Onko lupa tarpeen?');
    expect(desc).toBe('boardExport.canvasDescription {"sections":2,"notes":7}');
    expect(shown).toEqual([{ tone: 'info', message: 'boardExport.saved {"name":"boards.untitled.canvas.svg"}' }]);
  });
});
