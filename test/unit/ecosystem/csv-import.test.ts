import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutByRing, ringIndexAt } from '../../../shared/ecosystem';
import {
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  guessActorColumns,
  guessRelationColumns,
  planCsvImport,
  readCsvTable,
  type CsvFileKind,
  type CsvImportInput,
  type CsvIssue,
  type CsvTable,
} from '../../../shared/ecosystem/csv-import';
import { BOARD_LIMITS, type Actor, type EcosystemContent } from '../../../shared/model';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));
const bytes = (text: string) => new TextEncoder().encode(text);

function table(kind: CsvFileKind, data: string | Uint8Array): CsvTable {
  const read = readCsvTable(kind, typeof data === 'string' ? bytes(data) : data);
  if (!read.ok) throw new Error(`refused: ${read.issue.key}`);
  return read.table;
}

const RINGS = [
  { id: 'core', name: 'Core' },
  { id: 'direct', name: 'Direct' },
  { id: 'indirect', name: 'Indirect' },
];

function map(actors: Actor[] = [], relationCount = 0): EcosystemContent {
  return {
    view: 'rings',
    rings: RINGS,
    ringWidth: 300,
    groups: [],
    customActorTypes: [],
    customRelationTypes: [],
    actors,
    relations: Array.from({ length: relationCount }, (_, i) => ({
      id: `r${i}`,
      from: actors[0]?.id ?? 'x',
      to: actors[1]?.id ?? 'y',
      type: 'service' as const,
      label: '',
      directed: true,
      informal: false,
      strength: null,
    })),
  };
}

const actorOnMap = (id: string, name: string, ringId = 'direct'): Actor => ({
  id,
  name,
  type: 'municipality',
  ringId,
  description: '',
  organisation: '',
  groupId: null,
  role: '',
  tags: [],
  x: 450,
  y: 0,
});

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

/** Plans an import of CSV texts, with the columns guessed from their headers. */
function plan(actorsCsv: string | Uint8Array | null, relationsCsv: string | Uint8Array | null = null, onMap = map()) {
  const input: CsvImportInput = { map: onMap, makeId: counter() };
  if (actorsCsv !== null) {
    const t = table('actors', actorsCsv);
    input.actors = { table: t, columns: guessActorColumns(t.headers) };
  }
  if (relationsCsv !== null) {
    const t = table('relations', relationsCsv);
    input.relations = { table: t, columns: guessRelationColumns(t.headers) };
  }
  return planCsvImport(input);
}

/** Issues as short strings: file:line:column:key. */
const brief = (issues: CsvIssue[]) => issues.map((i) => `${i.file}:${i.line ?? '-'}:${i.column ?? '-'}:${i.key}`);

describe('reading a CSV file', () => {
  it('reads commas, semicolons and tabs, a byte order mark and Windows line ends', () => {
    for (const [text, delimiter] of [
      ['name,type\r\nKela,agency\r\n', ','],
      ['\uFEFFNimi;Tyyppi\r\nKela;Valtion virasto\r\n', ';'],
      ['Namn\tTyp\nFPA\tStatlig myndighet\n', '\t'],
    ] as const) {
      const t = table('actors', text);
      expect(t.delimiter).toBe(delimiter);
      expect(t.headers).toHaveLength(2);
      expect(t.headers[0]).toMatch(/^(name|Nimi|Namn)$/);
      expect(t.rows).toEqual([{ line: 2, cells: [expect.stringMatching(/^(Kela|FPA)$/), expect.any(String)] }]);
    }
  });

  it('takes the delimiter from the header, even when the data has more commas than semicolons', () => {
    const t = table('actors', 'Nimi;Kuvaus\nKela;Etuudet, asumistuki, kuntoutus, opintotuki\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows[0].cells).toEqual(['Kela', 'Etuudet, asumistuki, kuntoutus, opintotuki']);
  });

  it('reads a one-column file of names', () => {
    const t = table('actors', 'name\nKela\nVerohallinto\n');
    expect(t.rows.map((r) => r.cells)).toEqual([['Kela'], ['Verohallinto']]);
  });

  it('numbers rows as a spreadsheet does: a cell with a line break is one row, empty rows still count', () => {
    const t = table('actors', 'name,description\n"Kela","Etuudet\nja tuet"\n\nVerohallinto,\n');
    expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'Kela'],
      [4, 'Verohallinto'],
    ]);
  });

  it('reads Windows-1252 (Excel’s plain “CSV”) when the bytes are not UTF-8', () => {
    // "Nimi;Kehä\nHämeen ELY-keskus;3" with ä as 0xE4
    const latin = new Uint8Array([...bytes('Nimi;Keh'), 0xe4, ...bytes('\nH'), 0xe4, ...bytes('meen ELY-keskus;3\n')]);
    const t = table('actors', latin);
    expect(t.headers).toEqual(['Nimi', 'Kehä']);
    expect(t.rows[0].cells).toEqual(['Hämeen ELY-keskus', '3']);
  });

  it('refuses what is not a CSV file, with a reason', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const refused = (data: Uint8Array) => {
      const read = readCsvTable('actors', data);
      return read.ok ? 'read' : `${read.issue.key}:${read.issue.line ?? '-'}`;
    };
    expect(refused(png)).toBe('notText:-');
    // UTF-16 text (Excel's "Unicode text") has a NUL after every ASCII letter.
    expect(refused(new Uint8Array([0xff, 0xfe, 0x4e, 0, 0x69, 0, 0x6d, 0, 0x69, 0]))).toBe('notText:-');
    expect(refused(bytes(''))).toBe('empty:-');
    expect(refused(bytes('\n\n'))).toBe('empty:-');
    expect(refused(bytes('name,type\n'))).toBe('empty:-');
    expect(refused(bytes('name,type\nKela,agency\n"Vero,agency\nTulli,agency\n'))).toBe('badQuotes:3');
    expect(refused(bytes(Array.from({ length: 101 }, (_, i) => `c${i}`).join(',') + '\nx\n'))).toBe('tooManyColumns:-');
  });

  it('refuses a file over the size limit before reading it, and more rows than a map holds', () => {
    const big = new Uint8Array(MAX_CSV_BYTES + 1).fill(0x61);
    const read = readCsvTable('actors', big);
    expect(read.ok ? null : read.issue).toEqual({
      file: 'actors',
      line: null,
      column: null,
      key: 'tooLarge',
      params: { limit: MAX_CSV_BYTES / (1024 * 1024) },
    });
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `T${i}`).join('\n');
    const many = readCsvTable('actors', bytes(`name\n${rows}\n`));
    expect(many.ok ? null : [many.issue.key, many.issue.params]).toEqual([
      'tooManyRows',
      { count: MAX_CSV_ROWS + 1, limit: MAX_CSV_ROWS },
    ]);
    expect(readCsvTable('actors', bytes(`name\n${rows.split('\n').slice(1).join('\n')}\n`)).ok).toBe(true);
  });
});

describe('guessing the columns', () => {
  it('knows English, Finnish and Swedish headers, whatever their case and accents', () => {
    expect(guessActorColumns(['Nimi', 'TYYPPI', 'Kehä', 'Organisaatio', 'Rooli', 'Kuvaus', 'Tunnisteet'])).toEqual({
      name: 0,
      type: 1,
      ring: 2,
      organisation: 3,
      role: 4,
      description: 5,
      tags: 6,
    });
    expect(guessActorColumns(['Taggar', 'Beskrivning', 'Namn', 'Typ', 'ring', 'Roll', 'x'])).toEqual({
      name: 2,
      type: 3,
      ring: 4,
      organisation: null,
      role: 5,
      description: 1,
      tags: 0,
    });
    expect(guessActorColumns([' name ', 'Organization', 'keha'])).toMatchObject({ name: 0, organisation: 1, ring: 2 });
    expect(
      guessRelationColumns(['Mistä', 'Mihin', 'Tyyppi', 'Nimi', 'Kaksisuuntainen', 'Epävirallinen', 'Vahvuus']),
    ).toEqual({ from: 0, to: 1, type: 2, label: 3, twoWay: 4, informal: 5, strength: 6 });
    expect(guessRelationColumns(['Från', 'Till', 'Etikett', 'Dubbelriktad', 'Informell', 'Styrka'])).toEqual({
      from: 0,
      to: 1,
      type: null,
      label: 2,
      twoWay: 3,
      informal: 4,
      strength: 5,
    });
    expect(guessRelationColumns(['Lähde', 'Kohde', 'two_way', 'Label'])).toMatchObject({
      from: 0,
      to: 1,
      twoWay: 2,
      label: 3,
    });
  });

  it('uses a column for one field only', () => {
    // "Nimi" is the relation's label only once; the second "Nimi" stays free.
    expect(guessRelationColumns(['from', 'to', 'Nimi', 'nimi'])).toMatchObject({ label: 2 });
    expect(guessActorColumns(['name', 'name'])).toMatchObject({ name: 0, type: null });
  });

  it('uses the columns the user chose, not the guess', () => {
    const t = table('actors', 'Toimija,Lisätieto\nKela,Etuudet\n');
    expect(guessActorColumns(t.headers).name).toBe(0);
    const chosen = planCsvImport({
      map: map(),
      actors: { table: t, columns: { ...guessActorColumns(t.headers), name: null, description: null } },
    });
    expect(brief(chosen.issues)).toEqual(['actors:-:-:noNameColumn']);
    expect(chosen.skipped.actors).toBe(1);
    const fixed = planCsvImport({
      map: map(),
      actors: { table: t, columns: { ...guessActorColumns(t.headers), description: 1 } },
    });
    expect(fixed.actors.map((a) => [a.name, a.description])).toEqual([['Kela', 'Etuudet']]);
  });
});

describe('planning an import', () => {
  it("reads the map's own actor and relation types by their names", () => {
    const onMap: EcosystemContent = {
      ...map(),
      customActorTypes: [{ id: 'own-coop', name: 'Energiaosuuskunta', color: '#006d77', icon: 'leaf' }],
      customRelationTypes: [{ id: 'own-talkoot', name: 'Talkootyö', color: '#8a4b08' }],
    };
    const result = plan(
      ['name,type', 'Kylän energia,energiaosuuskunta', 'Koulu,Kunta'].join('\n'),
      ['from,to,type', 'Kylän energia,Koulu,TALKOOTYÖ'].join('\n'),
      onMap,
    );
    expect(result.issues).toEqual([]);
    expect(result.actors.map((a) => a.type)).toEqual(['own-coop', 'municipality']);
    expect(result.relations.map((r) => r.type)).toEqual(['own-talkoot']);
  });

  it('turns good rows into actors and relations, types and rings in any language', () => {
    const result = plan(
      [
        'name,type,ring,organisation,role,description,tags',
        'Asukas,Citizen,1,,,"Lives in Rantala, builds a house",asiakas',
        'Rakennusvalvonta,Kunta,Direct,Rantalan kunta,Rakennustarkastaja,,"luvat, neuvonta"',
        'ELY-keskus,statlig myndighet,indirect,,,,',
        'Rakennusliike Oy,COMPANY,2,,,,',
        'Kyläyhdistys,yhdistys,3,,,,',
        'Turun yliopisto,Forskning och utbildning,Välillinen,,,,',
        'Seurakunta,,,,,,',
      ].join('\n'),
      [
        'from,to,type,label,two-way,informal,strength',
        'Rakennusvalvonta,asukas,Palvelu,Lupaneuvonta,,,3',
        'ELY-keskus,Rakennusvalvonta,ohjaus,,kyllä,x,vahva',
        'Asukas,Rakennusliike Oy,Pengar,Urakka,no,0,',
        'Kyläyhdistys,Asukas,,,,,',
      ].join('\n'),
    );
    expect(result.issues).toEqual([]);
    expect(result.actors.map((a) => [a.name, a.type, a.ringId, a.organisation, a.role, a.description, a.tags])).toEqual(
      [
        ['Asukas', 'citizen', 'core', '', '', 'Lives in Rantala, builds a house', ['asiakas']],
        [
          'Rakennusvalvonta',
          'municipality',
          'direct',
          'Rantalan kunta',
          'Rakennustarkastaja',
          '',
          ['luvat', 'neuvonta'],
        ],
        ['ELY-keskus', 'agency', 'indirect', '', '', '', []],
        ['Rakennusliike Oy', 'company', 'direct', '', '', '', []],
        ['Kyläyhdistys', 'association', 'indirect', '', '', '', []],
        // A default ring name of another language still names the ring at its place.
        ['Turun yliopisto', 'research', 'indirect', '', '', '', []],
        // No type: other; no ring: the outermost.
        ['Seurakunta', 'other', 'indirect', '', '', '', []],
      ],
    );
    const id = (name: string) => result.actors.find((a) => a.name === name)?.id;
    expect(result.relations.map((r) => [r.from, r.to, r.type, r.label, r.directed, r.informal, r.strength])).toEqual([
      [id('Rakennusvalvonta'), id('Asukas'), 'service', 'Lupaneuvonta', true, false, 3],
      [id('ELY-keskus'), id('Rakennusvalvonta'), 'regulation', '', false, true, 3],
      [id('Asukas'), id('Rakennusliike Oy'), 'money', 'Urakka', true, false, null],
      [id('Kyläyhdistys'), id('Asukas'), 'service', '', true, false, null],
    ]);
    expect(new Set([...result.actors, ...result.relations].map((x) => x.id)).size).toBe(11);
    expect(result.skipped).toEqual({ actors: 0, relations: 0 });
  });

  it('reports each bad actor row with its line and column, and keeps the good ones', () => {
    const long = 'x'.repeat(BOARD_LIMITS.title + 1);
    const result = plan(
      [
        'Nimi;Tyyppi;Kehä;Kuvaus;Tunnisteet',
        'Kela;Valtion virasto;3;;', // 2 ok
        ';Kunta;2;Nimetön rivi;', // 3 missing name
        'Kuntayhtymä X;Kuntayhtymä;2;;', // 4 unknown type
        'Verohallinto;Valtion virasto;7;;', // 5 unknown ring
        'kela;Valtion virasto;3;;', // 6 duplicate of line 2
        `${long};Kunta;2;;`, // 7 name too long
        `Pitkä kuvaus;Kunta;2;${'y'.repeat(BOARD_LIMITS.text + 1)};`, // 8 description too long
        `Tagit;Kunta;2;;${Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')}`, // 9 too many tags
        `Pitkä tagi;Kunta;2;;${'z'.repeat(101)}`, // 10 a tag too long
        'Rakennusvalvonta;Kunta;Suora;;', // 11 already on the map (another case)
        'Tulli;Valtion virasto;Välillinen;;', // 12 ok
      ].join('\n'),
      null,
      map([actorOnMap('m1', 'RAKENNUSVALVONTA')]),
    );
    expect(result.actors.map((a) => a.name)).toEqual(['Kela', 'Tulli']);
    expect(brief(result.issues)).toEqual([
      'actors:3:Nimi:missingName',
      'actors:4:Tyyppi:unknownType',
      'actors:5:Kehä:unknownRing',
      'actors:6:Nimi:duplicateName',
      'actors:7:Nimi:tooLong',
      'actors:8:Kuvaus:tooLong',
      'actors:9:Tunnisteet:tooManyTags',
      'actors:10:Tunnisteet:tooLong',
      'actors:11:Nimi:nameOnMap',
    ]);
    const params = result.issues.map((i) => i.params);
    expect(params[1]).toEqual({ value: 'Kuntayhtymä' });
    expect(params[2]).toEqual({ value: '7', count: 3 });
    expect(params[3]).toEqual({ name: 'kela', line: 2 });
    expect(params[4]).toEqual({ length: BOARD_LIMITS.title + 1, limit: BOARD_LIMITS.title });
    expect(params[5]).toEqual({ length: BOARD_LIMITS.text + 1, limit: BOARD_LIMITS.text });
    expect(params[6]).toEqual({ count: 51, limit: BOARD_LIMITS.tags });
    expect(params[8]).toEqual({ name: 'Rakennusvalvonta' });
    expect(result.skipped).toEqual({ actors: 9, relations: 0 });
  });

  it('lets a name come back on a later row when its first row was skipped', () => {
    const result = plan('name,type\nKela,kuntayhtymä\nKela,agency\n');
    expect(result.actors.map((a) => a.type)).toEqual(['agency']);
    expect(brief(result.issues)).toEqual(['actors:2:type:unknownType']);
  });

  it('resolves relations by name to actors in the file or already on the map, and reports the rest', () => {
    const onMap = map([actorOnMap('m1', 'Rakennusvalvonta'), actorOnMap('m2', 'Kela'), actorOnMap('m3', 'kela')]);
    const result = plan(
      'Nimi;Tyyppi;Kehä\nAsukas;Kansalainen;1\nKuntayhtymä X;Kuntayhtymä;2\n',
      [
        'Mistä,Mihin,Tyyppi,Nimi,Kaksisuuntainen,Epävirallinen,Vahvuus',
        'Rakennusvalvonta,Asukas,Palvelu,Lupaneuvonta,,,', // 2 ok: map -> file
        'Kuntaliitto,Rakennusvalvonta,Tieto,,,,', // 3 nobody of that name
        'Kuntayhtymä X,Asukas,Palvelu,,,,', // 4 its actor row was skipped
        'Kela,Asukas,Raha,,,,', // 5 two actors on the map are called Kela
        'Asukas,,Palvelu,,,,', // 6 no actor named
        'Asukas,asukas,Palvelu,,,,', // 7 the same actor twice
        'Asukas,Rakennusvalvonta,Lahjonta,,,,', // 8 unknown type
        'Asukas,Rakennusvalvonta,Tieto,,ehkä,,', // 9 not yes or no
        'Asukas,Rakennusvalvonta,Tieto,,,,5', // 10 strength out of range
        `Asukas,Rakennusvalvonta,Tieto,${'n'.repeat(501)},,,`, // 11 label too long
      ].join('\n'),
      onMap,
    );
    const asukas = result.actors[0].id;
    expect(result.relations.map((r) => [r.from, r.to, r.label])).toEqual([['m1', asukas, 'Lupaneuvonta']]);
    expect(brief(result.issues)).toEqual([
      'actors:3:Tyyppi:unknownType',
      'relations:3:Mistä:unknownActor',
      'relations:4:Mistä:actorSkipped',
      'relations:5:Mistä:ambiguousActor',
      'relations:6:Mihin:missingActor',
      'relations:7:Mihin:sameActor',
      'relations:8:Tyyppi:unknownRelationType',
      'relations:9:Kaksisuuntainen:notYesNo',
      'relations:10:Vahvuus:badStrength',
      'relations:11:Nimi:tooLong',
    ]);
    expect(result.issues[1].params).toEqual({ name: 'Kuntaliitto' });
    expect(result.skipped).toEqual({ actors: 1, relations: 9 });
  });

  it('imports relations alone between actors already on the map', () => {
    const onMap = map([actorOnMap('m1', 'Rakennusvalvonta'), actorOnMap('m2', 'Asukas', 'core')]);
    const result = plan(null, 'från;till;typ\nRakennusvalvonta;Asukas;Tjänst\n', onMap);
    expect(result.actors).toEqual([]);
    expect(result.relations).toMatchObject([{ from: 'm1', to: 'm2', type: 'service' }]);
  });

  it('says which column to choose when a relations file has no from or to column', () => {
    const result = plan('name\nKela\n', 'source,label\nKela,x\n');
    expect(brief(result.issues)).toEqual(['relations:-:-:noToColumn']);
    expect(result.relations).toEqual([]);
    expect(result.skipped.relations).toBe(1);
  });

  it('refuses a whole file that would take the map over its item limit', () => {
    const actors = Array.from({ length: BOARD_LIMITS.itemsPerBoard - 1 }, (_, i) =>
      actorOnMap(`m${i}`, `Toimija ${i}`),
    );
    const full = plan('name\nUusi 1\nUusi 2\n', 'from,to\nUusi 1,Toimija 1\n', map(actors));
    expect(full.actors).toEqual([]);
    expect(brief(full.issues)).toEqual(['actors:-:-:mapFull', 'relations:2:from:actorSkipped']);
    expect(full.issues[0].params).toEqual({ count: BOARD_LIMITS.itemsPerBoard + 1, limit: BOARD_LIMITS.itemsPerBoard });
    expect(plan('name\nUusi 1\n', null, map(actors)).actors).toHaveLength(1);
    const relationsFull = plan(
      null,
      'from,to\nToimija 1,Toimija 2\n',
      map(actors.slice(0, 3), BOARD_LIMITS.itemsPerBoard),
    );
    expect(brief(relationsFull.issues)).toEqual(['relations:-:-:mapFull']);
  });
});

describe('placing the new actors', () => {
  const actorsCsv =
    'name,type,ring\nA,citizen,1\nB,municipality,2\nC,company,2\nD,agency,3\nE,agency,3\nF,research,3\n';
  const relationsCsv = 'from,to\nB,A\nC,A\nD,B\n';

  it('lays a new map out by ring, the same way every time, whatever the ids', () => {
    const first = plan(actorsCsv, relationsCsv);
    const again = planCsvImport({
      map: map(),
      actors: { table: table('actors', actorsCsv), columns: guessActorColumns(['name', 'type', 'ring']) },
      relations: { table: table('relations', relationsCsv), columns: guessRelationColumns(['from', 'to']) },
      makeId: (() => {
        let n = 1000;
        return () => `zz-${--n}`;
      })(),
    });
    const at = (p: typeof first) => p.actors.map((a) => [a.name, a.x, a.y]);
    expect(at(again)).toEqual(at(first));
    // It is the layout "Arrange by ring" would give these actors.
    const layout = layoutByRing({ ...map(), actors: first.actors, relations: first.relations });
    expect(first.actors.map((a) => layout.positions.get(a.id))).toEqual(first.actors.map((a) => ({ x: a.x, y: a.y })));
    for (const actor of first.actors) {
      const ring = RINGS.findIndex((r) => r.id === actor.ringId);
      expect(ringIndexAt(actor.x, actor.y, 3, first.ringWidth ?? 300), actor.name).toBe(ring);
    }
  });

  it('widens the rings of a new map when a ring is too crowded for its cards', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `T${i},agency,1`).join('\n');
    const result = plan(`name,type,ring\n${rows}\n`);
    expect(result.ringWidth).toBeGreaterThan(300);
    expect(plan('name\nA\n').ringWidth).toBeNull();
  });

  it('spreads new actors evenly round the middle of their ring on a map that has actors', () => {
    const result = plan(actorsCsv, null, map([actorOnMap('m1', 'Vanha')]));
    const polar = result.actors.map((a) => [
      a.name,
      Math.round(Math.hypot(a.x, a.y)),
      Math.round((Math.atan2(a.y, a.x) * 180) / Math.PI),
    ]);
    expect(polar).toEqual([
      ['A', 150, -90],
      ['B', 450, -90],
      ['C', 450, 90],
      ['D', 750, -90],
      ['E', 750, 30],
      ['F', 750, 150],
    ]);
    expect(result.ringWidth).toBeNull();
  });
});

describe('the fixtures of the E2E test', () => {
  it('200 Finnish actors with two bad rows, and relations with one bad row', () => {
    const result = plan(fixture('actors-200.csv'), fixture('relations.csv'));
    expect(table('actors', fixture('actors-200.csv')).delimiter).toBe(';');
    expect(result.actors).toHaveLength(198);
    expect(result.relations).toHaveLength(39);
    expect(brief(result.issues)).toEqual([
      'actors:47:Tyyppi:unknownType',
      'actors:163:Nimi:missingName',
      'relations:30:Mistä:unknownActor',
    ]);
    expect(new Set(result.actors.map((a) => a.type)).size).toBe(7);
    expect(new Set(result.actors.map((a) => a.ringId))).toEqual(new Set(['core', 'direct', 'indirect']));
  });
});
