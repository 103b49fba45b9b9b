// npm run report -- <project.kartta> -o <out.pdf> [--lang fi|sv|en] [--content-lang fi|sv|en|se|smn|sms]
//   [--paper a4|letter]
// Makes the same PDF report as the app, in Node, from a project file. A bad input gives a non-zero
// exit and one line naming the problem and where it is (a JSON path), never a stack trace. The PDF
// is written to a temporary file beside the target and renamed, so nothing half-written is left.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguage } from '../shared/i18n/languages';
import { restore, textLanguages, type RestoreError } from '../shared/model';
import { makeReportPdf, type ReportFonts } from '../shared/report';

const USAGE =
  'usage: npm run report -- <project.kartta> -o <out.pdf> [--lang fi|sv|en] [--content-lang fi|sv|en|se|smn|sms] [--paper a4|letter]';

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

function describe(error: RestoreError): string {
  switch (error.kind) {
    case 'too-large':
      return `the file is too large (${error.bytes} bytes)`;
    case 'too-deep':
      return `the JSON nests deeper than ${error.limit} levels (at character ${error.offset})`;
    case 'not-json':
      return `not JSON: ${error.detail}`;
    case 'not-kartta':
      return 'not a Kartta project file ($.format is not "kartta")';
    case 'newer-version':
      return `made by a newer Kartta (file format version ${error.version} at $.version)`;
    case 'invalid': {
      const [first] = error.issues;
      const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
      return first ? `${first.message} at ${first.path}${more}` : 'invalid project file';
    }
  }
}

function loadFonts(): ReportFonts {
  const dir = join(__dirname, '..', 'resources', 'fonts');
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  return {
    regular: read('NotoSans-Regular.ttf'),
    bold: read('NotoSans-Bold.ttf'),
    italic: read('NotoSans-Italic.ttf'),
  };
}

function main(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        'content-lang': { type: 'string' },
        paper: { type: 'string' },
      },
    });
  } catch (e) {
    throw new CliError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [input, ...extra] = positionals;
  if (!input || extra.length > 0 || !values.output) throw new CliError(USAGE, 2);
  const language = values.lang ?? 'en';
  if (!isLanguage(language)) throw new CliError(`--lang must be fi, sv or en, not "${language}"`, 2);
  // The language of the project's own text: the project's, unless said here.
  const contentLanguage = values['content-lang'] ?? null;
  if (contentLanguage !== null && !textLanguages.some((l) => l === contentLanguage)) {
    throw new CliError(`--content-lang must be one of ${textLanguages.join(', ')}, not "${contentLanguage}"`, 2);
  }
  const paper = values.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter') throw new CliError(`--paper must be a4 or letter, not "${paper}"`, 2);

  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(`${input}: cannot read the file${code ? ` (${code})` : ''}`);
  }
  const restored = restore(text);
  if (!restored.ok) throw new CliError(`${input}: ${describe(restored.error)}`);

  const pdf = makeReportPdf(restored.file.snapshot, { language, contentLanguage, paper }, loadFonts());
  const output = values.output;
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, pdf);
    renameSync(temp, output);
  } catch (e) {
    rmSync(temp, { force: true });
    const code = (e as { code?: string }).code;
    throw new CliError(`${output}: cannot write the report${code ? ` (${code})` : ''}`);
  }
  return `Wrote ${output} (${pdf.length} bytes).`;
}

try {
  console.log(main(process.argv.slice(2)));
} catch (e) {
  // One line, never a stack trace: the message says what and where.
  const message = e instanceof Error ? e.message : String(e);
  console.error(`report: ${message}`);
  process.exit(e instanceof CliError ? e.code : 1);
}
