// npm run report: a PDF from a project file, and one line naming the problem for a bad one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_PATH, tempFile, tool } from './helpers';

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) =>
  spawnSync(tsx, [join(ROOT, 'scripts', 'report.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('report CLI', () => {
  it('writes the report of a project file, in the language and paper asked for', () => {
    const out = tempFile('cli-sv.pdf');
    const result = run(SAMPLE_PATH, '-o', out, '--lang', 'sv', '--paper', 'letter');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(tool('pdfinfo', [out])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(tool('pdftotext', ['-l', '2', out, '-'])).toContain('Innehåll');
    // Written through a temporary file that is gone afterwards.
    expect(readdirSync(dirname(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 30_000);

  it('refuses a broken file with one line naming the problem and its JSON path, and writes nothing', () => {
    const file = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as {
      snapshot: { boards: { kind: string; content: { actors?: { ringId: string }[] } }[] };
    };
    const map = file.snapshot.boards.findIndex((b) => b.kind === 'ecosystem');
    const actors = file.snapshot.boards[map].content.actors ?? [];
    actors[2].ringId = 'nowhere';
    const broken = tempFile('broken.kartta', JSON.stringify(file));
    const out = tempFile('broken.pdf');
    const result = run(broken, '-o', out);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `report: ${broken}: ring "nowhere" does not exist at $.snapshot.boards.${map}.content.actors.2.ringId`,
    );
    expect(existsSync(out)).toBe(false);

    const notJson = run(tempFile('not.kartta', '{"format": "kartta",'), '-o', out);
    expect(notJson.status).toBe(1);
    expect(notJson.stderr.trim().split('\n')).toHaveLength(1);
    expect(notJson.stderr).toMatch(/^report: .*not\.kartta: not JSON: /);

    const badLanguage = run(SAMPLE_PATH, '-o', out, '--content-lang', 'de');
    expect(badLanguage.status).toBe(2);
    expect(badLanguage.stderr.trim()).toBe('report: --content-lang must be one of fi, sv, en, se, smn, sms, not "de"');
    expect(existsSync(out)).toBe(false);

    const usage = run(SAMPLE_PATH);
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim()).toMatch(/^report: usage: npm run report -- <project\.kartta> -o <out\.pdf>/);
  }, 30_000);
});
