import { describe, expect, it } from 'vitest';
import { PNG_MAX_SIDE, pngSize, saveMapImage } from '../../../renderer/features/ecosystem/export-map';
import { echoT, exportFakes } from '../export-fakes';
import type { EcosystemContent } from '../../../shared/model';
import { allElements, parseXml, textOf } from './xml-tree';

describe('PNG size of an exported map', () => {
  it('is twice the map, in whole pixels', () => {
    expect(pngSize({ width: 2073, height: 1851 })).toEqual({ width: 4146, height: 3702 });
    expect(pngSize({ width: 100.4, height: 50 })).toEqual({ width: 201, height: 100 });
  });

  it('is scaled down to at most 8,000 pixels on the long side, keeping its shape', () => {
    expect(PNG_MAX_SIDE).toBe(8000);
    expect(pngSize({ width: 20_000, height: 5_000 })).toEqual({ width: 8000, height: 2000 });
    expect(pngSize({ width: 3_000, height: 12_000 })).toEqual({ width: 2000, height: 8000 });
    // Exactly at the limit, nothing is lost.
    expect(pngSize({ width: 4_000, height: 10 })).toEqual({ width: 8000, height: 20 });
  });

  it('never has a side of zero pixels', () => {
    expect(pngSize({ width: 0, height: 0 })).toEqual({ width: 1, height: 1 });
    expect(pngSize({ width: 100_000, height: 1 })).toEqual({ width: 8000, height: 1 });
  });
});

describe('saving an exported map', () => {
  const content: EcosystemContent = {
    view: 'rings',
    rings: [{ id: 'r1', name: 'Ydin' }],
    ringWidth: 300,
    groups: [],
    customActorTypes: [],
    customRelationTypes: [],
    actors: [
      {
        id: 'a',
        name: 'Kunta & <co>',
        type: 'municipality',
        ringId: 'r1',
        description: '',
        organisation: '',
        groupId: null,
        role: '',
        tags: [],
        x: 0,
        y: 0,
      },
    ],
    relations: [],
  };
  const t = echoT;
  const fakes = exportFakes;

  it('saves the SVG under a safe name from the board title and says so', async () => {
    const { services, shown, requests } = fakes(async (r) => ({ saved: true, fileName: r.suggestedName }));
    await saveMapImage(services, t, { title: 'Kartta: A/B?', content }, 'svg');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ suggestedName: 'Kartta AB.svg', kind: 'svg', mimeType: 'image/svg+xml' });
    const svg = new TextDecoder().decode(requests[0].data);
    const root = parseXml(svg);
    expect(textOf(allElements(root).find((e) => e.name === 'title') ?? root)).toBe('Kartta: A/B?');
    expect(textOf(allElements(root).find((e) => e.name === 'desc') ?? root)).toBe(
      'mapExport.description {"actors":1,"rings":1,"relations":0}',
    );
    expect(
      allElements(root)
        .filter((e) => e.name === 'text')
        .map(textOf),
    ).toContain('Kunta & <co>');
    expect(shown).toEqual([{ tone: 'info', message: 'mapExport.saved {"name":"Kartta AB.svg"}' }]);
  });

  it('says nothing when the user cancels the dialog', async () => {
    const { services, shown } = fakes(async () => ({ saved: false }));
    await saveMapImage(services, t, { title: 'Kartta', content }, 'svg');
    expect(shown).toEqual([]);
  });

  it('tells the user when saving fails', async () => {
    const { services, shown } = fakes(async () => {
      throw new Error('disk full');
    });
    await saveMapImage(services, t, { title: 'Kartta', content: { ...content, view: 'flow' } }, 'svg');
    expect(shown).toEqual([{ tone: 'error', message: 'mapExport.failed {"reason":"disk full"}' }]);
  });
});
