// Writes docs/kartta.schema.json, the JSON Schema of a .kartta file, from the zod schema in
// shared/model. Run `npm run schema` after changing the model; test/unit/kartta-schema.test.ts
// fails until the committed file matches again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKarttaSchemaText } from './kartta-schema';

function main(): void {
  const target = join(__dirname, '..', 'docs', 'kartta.schema.json');
  const text = buildKarttaSchemaText();
  writeFileSync(target, text, 'utf8');
  console.log(`Wrote ${target} (${text.length} characters).`);
}

main();
