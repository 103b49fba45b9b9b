import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyMapDoc } from './fixtures';
import {
  guessActorColumns,
  guessRelationColumns,
  planCsvImport,
  readCsvTable,
} from '../../../shared/ecosystem/csv-import';
import { asOneStep } from '../../../renderer/store/board-docs';
import { addActor, readEcosystem } from '../../../renderer/store/ecosystem-doc';
import { applyCsvImport } from '../../../renderer/store/ecosystem-import';

const emptyMap = emptyMapDoc;

function planFor(doc: Y.Doc, actorsCsv: string, relationsCsv: string) {
  const read = (kind: 'actors' | 'relations', text: string) => {
    const result = readCsvTable(kind, new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.issue.key);
    return result.table;
  };
  const actors = read('actors', actorsCsv);
  const relations = read('relations', relationsCsv);
  return planCsvImport({
    map: readEcosystem(doc),
    actors: { table: actors, columns: guessActorColumns(actors.headers) },
    relations: { table: relations, columns: guessRelationColumns(relations.headers) },
  });
}

const crowded = Array.from({ length: 40 }, (_, i) => `Asukas ${i};Kansalainen;1`).join('\n');

describe('writing a CSV import into a map', () => {
  it('adds every actor and relation, and the wider rings, as one undo step', () => {
    const { doc, undo } = emptyMap();
    asOneStep(undo, () => addActor(doc, { name: 'Vanha', type: 'other', ringId: 'indirect' }));
    const before = readEcosystem(doc);
    const plan = planFor(
      doc,
      `Nimi;Tyyppi;Kehä\nKela;Valtion virasto;3\n${crowded}\n`,
      'Mistä,Mihin\nKela,Vanha\nKela,Asukas 3\n',
    );
    expect(plan.issues).toEqual([]);
    asOneStep(undo, () => applyCsvImport(doc, { ...plan, ringWidth: 450 }));
    const after = readEcosystem(doc);
    expect(after.actors).toHaveLength(42);
    expect(after.relations).toHaveLength(2);
    expect(after.ringWidth).toBe(450);
    undo.undo();
    expect(readEcosystem(doc)).toEqual(before);
    undo.redo();
    expect(readEcosystem(doc)).toEqual(after);
  });

  it('writes nothing when any part of the plan does not fit the map as it is now', () => {
    const { doc } = emptyMap();
    const plan = planFor(doc, 'name,ring\nKela,1\nTulli,2\n', 'from,to\nKela,Tulli\n');
    const before = Y.encodeStateAsUpdate(doc);
    const unchanged = () => expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    const bad = [
      { ...plan, relations: [{ ...plan.relations[0], to: 'nobody' }] },
      { ...plan, actors: [plan.actors[0], { ...plan.actors[1], ringId: 'gone' }] },
      { ...plan, actors: [plan.actors[0], { ...plan.actors[1], name: 'x'.repeat(501) }] },
      { ...plan, actors: [plan.actors[0], { ...plan.actors[0] }], relations: [] },
      { ...plan, ringWidth: 50 },
    ];
    for (const wrong of bad) {
      expect(() => applyCsvImport(doc, wrong)).toThrow();
      unchanged();
    }
    applyCsvImport(doc, plan);
    expect(
      readEcosystem(doc)
        .actors.map((a) => a.name)
        .sort(),
    ).toEqual(['Kela', 'Tulli']);
  });
});
