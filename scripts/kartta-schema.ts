// The JSON Schema text of a .kartta file, shared by scripts/build-schema.ts and its test.
import { KARTTA_FILE_VERSION, karttaFileSchema } from '../shared/model';
import { z } from '../shared/model/zod';

export function buildKarttaSchemaText(): string {
  const schema = z.toJSONSchema(karttaFileSchema, {
    target: 'draft-2020-12',
    // What a file may contain: fields with defaults may be left out (older files do).
    io: 'input',
    // Reference checks (superRefine) have no JSON Schema form: docs/file-format.md states them.
    unrepresentable: 'any',
  });
  const documented = {
    ...schema,
    $id: 'https://example.invalid/kartta/kartta.schema.json',
    title: `Kartta project file, format version ${KARTTA_FILE_VERSION}`,
    description:
      'A Kartta project (.kartta, UTF-8 JSON). Ids must be unique per list and every reference must point at an item of the same board; see docs/file-format.md.',
  };
  return JSON.stringify(documented, null, 2) + '\n';
}
