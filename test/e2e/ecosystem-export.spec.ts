import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { buildSampleProject } from '../../shared/samples';

const sampleMap = () => {
  const board = buildSampleProject().boards.find((b) => b.kind === 'ecosystem');
  if (board?.kind !== 'ecosystem') throw new Error('the sample has no ecosystem map');
  return board;
};

async function openSampleMap(page: Page) {
  await openApp(page);
  await page.getByRole('link', { name: 'Digitaalinen rakennuslupa' }).click();
  await page.locator('.board-link').nth(3).click();
  await expect(page.locator('.react-flow__node-actor').first()).toBeVisible();
}

/** Clicks an export button and returns the downloaded file (the browser platform saves by download). */
async function exportAs(page: Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: button }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('exports the map as an SVG the browser reads, with every actor', async ({ page, consoleProblems: _c }) => {
  const map = sampleMap();
  await openSampleMap(page);
  const svg = await exportAs(page, 'Export SVG');
  expect(svg.name).toBe(`${map.title}.svg`);
  await expect(page.getByText(`Map saved as ${map.title}.svg.`)).toBeVisible();

  const read = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    // A card's name is its bold lines; a line ending in "-" may be a word cut in two.
    const names = [...doc.querySelectorAll('g.actor')].map((card) => {
      const lines = [...card.querySelectorAll('text[font-weight="bold"]')].map((t) => t.textContent ?? '');
      let readings = [lines[0] ?? ''];
      for (const line of lines.slice(1)) {
        readings = readings.flatMap((r) =>
          r.endsWith('-') ? [`${r.slice(0, -1)}${line}`, `${r}${line}`, `${r} ${line}`] : [`${r} ${line}`],
        );
      }
      return readings;
    });
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      title: doc.querySelector('svg > title')?.textContent,
      description: doc.querySelector('svg > desc')?.textContent,
      viewBox: root.getAttribute('viewBox'),
      names,
      lines: doc.querySelectorAll('g.relation line').length,
    };
  }, svg.bytes.toString('utf8'));
  expect(read.error).toBeNull();
  expect(read.root).toBe('svg');
  expect(read.namespace).toBe('http://www.w3.org/2000/svg');
  expect(read.title).toBe(map.title);
  expect(read.description).toBe('Ecosystem map. Actors: 37, rings: 3, relations: 55.');
  expect(read.names).toHaveLength(37);
  for (const actor of map.content.actors) {
    expect(
      read.names.filter((readings) => readings.includes(actor.name)),
      actor.name,
    ).toHaveLength(1);
  }
  expect(read.lines).toBe(map.content.relations.length);
});

test('exports the map as a PNG at twice its size', async ({ page, consoleProblems: _c }, testInfo) => {
  const map = sampleMap();
  await openSampleMap(page);
  const svg = await exportAs(page, 'Export SVG');
  const png = await exportAs(page, 'Export PNG');
  // Kept in test-results for a look at the picture.
  await writeFile(testInfo.outputPath('map.png'), png.bytes);
  await writeFile(testInfo.outputPath('map.svg'), svg.bytes);
  expect(png.name).toBe(`${map.title}.png`);
  await expect(page.getByText(`Map saved as ${map.title}.png.`)).toBeVisible();

  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  const viewBox = /viewBox="([^"]+)"/.exec(svg.bytes.toString('utf8'))?.[1].split(' ').map(Number) ?? [];
  expect(width).toBe(2 * viewBox[2]);
  expect(height).toBe(2 * viewBox[3]);
  // The sample map with its legend: wider than tall, well over a thousand board units.
  expect(width).toBeGreaterThan(3000);
  expect(width).toBeLessThanOrEqual(8000);
  expect(height).toBeGreaterThan(3000);

  // The picture decodes and is drawn: the ring fill, white cards and coloured badges and lines.
  const colours = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4 * 997) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return { count: seen.size, ring: seen.has('243,241,234'), white: seen.has('255,255,255') };
  }, png.bytes.toString('base64'));
  expect(colours.ring).toBe(true);
  expect(colours.white).toBe(true);
  expect(colours.count).toBeGreaterThan(20);
});
