// A board's own text alternative is the description (<desc>) of its SVG export too, as it is the
// report figure's; without one the export keeps its generated description.
import { describe, expect, it } from 'vitest';
import { saveMapImage } from '../../renderer/features/ecosystem/export-map';
import { withOwnDescription } from '../../renderer/features/boards/export-scene';
import { mapScene } from '../../shared/ecosystem/map-scene';
import type { BuiltInTypeNames } from '../../shared/ecosystem/types';
import type { EcosystemContent } from '../../shared/model';
import { echoT, exportFakes } from './export-fakes';
import { allElements, parseXml, textOf } from './ecosystem/xml-tree';

const content: EcosystemContent = {
  view: 'rings',
  rings: [{ id: 'r1', name: 'Ydin' }],
  ringWidth: 300,
  groups: [],
  customActorTypes: [],
  customRelationTypes: [],
  actors: [],
  relations: [],
};
const OWN = 'Kunnan palvelut & <kumppanit>: ydin ja kaksi kehää.';

async function exportedDesc(altText: string | undefined): Promise<string> {
  const { services, requests } = exportFakes(async (r) => ({ saved: true, fileName: r.suggestedName }));
  await saveMapImage(services, echoT, { title: 'Kartta', content, altText }, 'svg');
  const data = requests[0]?.data;
  if (!data) throw new Error('nothing saved');
  const root = parseXml(new TextDecoder().decode(data));
  return textOf(allElements(root).find((e) => e.name === 'desc') ?? root);
}

describe('a board’s own text alternative in its image export', () => {
  it('is the SVG’s description, trimmed', async () => {
    expect(await exportedDesc(`  ${OWN} `)).toBe(OWN);
  });

  it('absent or blank, the generated description stays', async () => {
    const generated = 'mapExport.description {"actors":0,"rings":1,"relations":0}';
    expect(await exportedDesc(undefined)).toBe(generated);
    expect(await exportedDesc(' \n')).toBe(generated);
  });

  it('changes nothing else of the scene', () => {
    const scene = mapScene(content, {
      title: 'Kartta',
      description: 'generated',
      legend: 'Legend',
      informal: 'informal',
      // No actors or relations: no type is named.
      types: { actor: {}, relation: {} } as BuiltInTypeNames,
    });
    expect(withOwnDescription(scene, OWN)).toEqual({ ...scene, description: OWN });
    expect(withOwnDescription(scene, '')).toBe(scene);
  });
});
