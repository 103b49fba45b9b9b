// A seeded ecosystem map of any size, for benchmarks and scale tests (issue 10 builds S/M/L
// projects on it): realistic type and ring mix, relations mostly between nearby rings.
import { actorTypes, relationTypes, type Actor, type EcosystemContent, type Relation } from '../model';
import { layoutByRing } from '../ecosystem';
import { createRng } from './random';

const RINGS = [
  { id: 'ring-1', name: 'Ydin' },
  { id: 'ring-2', name: 'Suorat toimijat' },
  { id: 'ring-3', name: 'Välilliset toimijat' },
];

/** `actors` actors and `relations` relations, arranged by ring; the same seed gives the same map. */
export function generateEcosystem(actors: number, relations: number, seed = 1): EcosystemContent {
  const rng = createRng(seed);
  const list: Actor[] = Array.from({ length: actors }, (_, i) => {
    // About 2 % core, 30 % direct, the rest indirect: a wide regional ecosystem.
    const ring = i < Math.max(1, Math.round(actors * 0.02)) ? 0 : rng.chance(0.3) ? 1 : 2;
    return {
      id: `actor-${i + 1}`,
      name: `${rng.pick(NAMES)} ${i + 1}`,
      type: rng.pick(actorTypes),
      ringId: RINGS[ring].id,
      description: '',
      organisation: rng.chance(0.5) ? rng.pick(ORGANISATIONS) : '',
      groupId: null,
      role: '',
      tags: rng.chance(0.2) ? [rng.pick(TAGS)] : [],
      x: 0,
      y: 0,
    };
  });
  const links: Relation[] = [];
  for (let i = 0; i < relations && actors > 1; i++) {
    const from = rng.int(0, actors - 1);
    let to = rng.int(0, actors - 1);
    if (to === from) to = (to + 1) % actors;
    links.push({
      id: `relation-${i + 1}`,
      from: list[from].id,
      to: list[to].id,
      type: rng.pick(relationTypes),
      label: rng.chance(0.3) ? rng.pick(LABELS) : '',
      directed: rng.chance(0.85),
      informal: rng.chance(0.1),
      strength: rng.chance(0.5) ? rng.pick([1, 2, 3] as const) : null,
    });
  }
  const content: EcosystemContent = {
    view: 'rings',
    rings: RINGS,
    ringWidth: 300,
    groups: [],
    customActorTypes: [],
    customRelationTypes: [],
    actors: list,
    relations: links,
  };
  const { ringWidth, positions } = layoutByRing(content);
  return {
    ...content,
    ringWidth,
    actors: list.map((a) => ({ ...a, ...(positions.get(a.id) ?? { x: 0, y: 0 }) })),
  };
}

const NAMES = [
  'Kunta',
  'Kyläyhdistys',
  'Yritys',
  'Virasto',
  'Hyvinvointialue',
  'Seurakunta',
  'Oppilaitos',
  'Kirjasto',
  'Asukasryhmä',
  'Osuuskunta',
];
const ORGANISATIONS = ['Kaislaniemen kunta', 'Pohjanmaan hyvinvointialue', 'ELY-keskus', 'Kylätoimikunta'];
const TAGS = ['digituki', 'asiakas', 'rahoittaja', 'kumppani'];
const LABELS = ['Neuvonta', 'Tiedonvaihto', 'Rahoitus', 'Ohjaus', 'Yhteistyö'];
