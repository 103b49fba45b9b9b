import { describe, expect, it } from 'vitest';
import { projectTables, toCsv, type TableLabels } from '../../shared/export';
import { buildSampleProject } from '../../shared/samples';
import { en } from '../../shared/i18n/en';

const labels: TableLabels = {
  headers: { ...en.csvExport.headers },
  colours: { ...en.canvas.colors },
  types: { actor: en.outline.actorTypes, relation: en.outline.relationTypes },
  yes: en.csvExport.yes,
  no: en.csvExport.no,
  oneWay: en.csvExport.oneWay,
  twoWay: en.csvExport.twoWay,
};

describe('CSV', () => {
  it('quotes what needs quoting, keeps formulas from running, and starts with a BOM', () => {
    const text = toCsv([
      ['a', 'b, c', 'say "hi"', 'line\nbreak'],
      ['=SUM(A1)', '+1', '-2', '@cmd', 'ok'],
    ]);
    expect(text).toBe('\ufeffa,"b, c","say ""hi""","line\nbreak"\r\n\'=SUM(A1),\'+1,\'-2,\'@cmd,ok\r\n');
  });
});

describe('project tables', () => {
  const sample = buildSampleProject();
  const count = (kind: string, pick: (content: never) => unknown[]) =>
    sample.boards.filter((b) => b.kind === kind).reduce((n, b) => n + pick(b.content as never).length, 0);

  it('holds every note, actor and relation of the sample, one row each, under a header', () => {
    const tables = projectTables(sample, labels, true);
    const notes =
      count('canvas', (c: { notes: unknown[] }) => c.notes) + count('journey', (c: { notes: unknown[] }) => c.notes);
    expect(tables.notes).toHaveLength(notes + 1);
    expect(tables.actors).toHaveLength(count('ecosystem', (c: { actors: unknown[] }) => c.actors) + 1);
    expect(tables.relations).toHaveLength(count('ecosystem', (c: { relations: unknown[] }) => c.relations) + 1);
    expect(tables.notes[0]).toContain('Author');
    expect(tables.actors.slice(1).map((row) => row[2])).toContain('Municipality');
    // Authors of the sample's notes appear by name.
    const names = sample.project.participants.map((p) => p.name);
    expect(tables.notes.some((row) => names.includes(row[5] ?? ''))).toBe(true);
  });

  it('can leave out participants\u2019 names: no author column and no name anywhere in the notes', () => {
    const tables = projectTables(sample, labels, false);
    expect(tables.notes[0]).not.toContain('Author');
    const names = sample.project.participants.map((p) => p.name).filter(Boolean);
    const cells = tables.notes.flat();
    for (const name of names) expect(cells).not.toContain(name);
  });
});
