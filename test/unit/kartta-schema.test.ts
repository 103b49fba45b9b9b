// The committed JSON Schema (docs/kartta.schema.json) must be what the zod schema of the file
// generates now, so people who read or write .kartta files outside Kartta are never misled.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildKarttaSchemaText } from '../../scripts/kartta-schema';
import { restore } from '../../shared/model';

const committedPath = fileURLToPath(new URL('../../docs/kartta.schema.json', import.meta.url));
const REGENERATE =
  'docs/kartta.schema.json is out of date with shared/model: run `npm run schema` and commit the result.';

describe('docs/kartta.schema.json', () => {
  it('matches a freshly generated schema byte for byte', () => {
    let committed: string;
    try {
      committed = readFileSync(committedPath, 'utf8');
    } catch {
      expect.fail(`${committedPath} is missing. ${REGENERATE}`);
    }
    if (committed !== buildKarttaSchemaText()) expect.fail(REGENERATE);
  });

  it('describes the envelope, all three board kinds and the limits', () => {
    const schema = JSON.parse(buildKarttaSchemaText());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['format', 'version', 'appVersion', 'savedAt', 'snapshot']);
    const boards = schema.properties.snapshot.properties.boards;
    expect(boards.maxItems).toBe(500);
    const kinds = boards.items.oneOf.map((b: { properties: { kind: { const: string } } }) => b.properties.kind.const);
    expect(kinds).toEqual(['canvas', 'ecosystem', 'journey']);
    // Fields added after the first files have defaults, so a file may leave them out.
    const note = boards.items.oneOf[0].properties.content.properties.notes.items;
    expect(note.properties.photoId).toBeDefined();
    expect(note.required).not.toContain('photoId');
  });

  it('docs/file-format.md has an example that opens', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/file-format.md', import.meta.url)), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(restore(example ?? '')).toMatchObject({ ok: true });
  });
});
