// Writes the committed sample project, resources/samples/digital-building-permit.kartta, from the
// seeded builder in shared/samples. Run `npm run sample` after changing the builder or the model;
// test/unit/sample-project.test.ts fails until the committed file matches the builder again.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { restore } from '../shared/model';
import { buildSampleFileText, SAMPLE_FILE_NAME } from '../shared/samples';

const target = join(__dirname, '..', 'resources', 'samples', SAMPLE_FILE_NAME);
const text = buildSampleFileText();

// Never commit a sample the app itself would refuse to open.
const restored = restore(text);
if (!restored.ok) {
  console.error('The sample does not pass restore():', JSON.stringify(restored.error, null, 2));
  process.exit(1);
}

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text, 'utf8');
const { boards, project } = restored.file.snapshot;
console.log(
  `Wrote ${target} (${text.length} characters): ${boards.length} boards, ${project.participants.length} participants.`,
);
