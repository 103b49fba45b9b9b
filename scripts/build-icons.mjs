// `npm run icons`: rasterises resources/build/icon.svg and kartta-file.svg with Debian's Chromium
// and writes the files electron-builder reads from resources/build/. The outputs are committed:
// CI and `npm run dist` never need a browser or an icon tool for them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { ICNS_SIZES, ICO_SIZES, writeIcns, writeIco } from './icons/containers.mjs';
import { projectRoot } from './electron-binary.mjs';

const buildDir = resolve(projectRoot, 'resources/build');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

/**
 * Draws the SVG into a canvas of each size: the browser rasterises the vector at that size.
 * @returns {Promise<Map<number, { png: Buffer, rgba: Uint8Array }>>}
 */
async function rasterise(page, svgFile, sizes) {
  const svg = readFileSync(join(buildDir, svgFile), 'utf8');
  const out = await page.evaluate(
    async ({ svg, sizes }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(svg)}`;
      await image.decode();
      return sizes.map((size) => {
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0, size, size);
        const rgba = Array.from(context.getImageData(0, 0, size, size).data);
        return { size, png: canvas.toDataURL('image/png').split(',')[1], rgba: size <= 128 ? rgba : [] };
      });
    },
    { svg, sizes },
  );
  return new Map(
    out.map(({ size, png, rgba }) => [size, { png: Buffer.from(png, 'base64'), rgba: Uint8Array.from(rgba) }]),
  );
}

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  const allSizes = [...new Set([...ICNS_SIZES, ...ICO_SIZES, ...LINUX_SIZES])].sort((a, b) => a - b);

  const app = await rasterise(page, 'icon.svg', allSizes);
  writeFileSync(join(buildDir, 'icon.png'), app.get(1024).png);
  writeFileSync(join(buildDir, 'icon.icns'), writeIcns(new Map([...app].map(([s, i]) => [s, i.png]))));
  writeFileSync(join(buildDir, 'icon.ico'), writeIco(app));
  mkdirSync(join(buildDir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), app.get(size).png);

  const file = await rasterise(page, 'kartta-file.svg', allSizes);
  writeFileSync(join(buildDir, 'kartta-file.icns'), writeIcns(new Map([...file].map(([s, i]) => [s, i.png]))));
  writeFileSync(join(buildDir, 'kartta-file.ico'), writeIco(file));
  writeFileSync(join(buildDir, 'kartta-file.png'), file.get(512).png);
  console.log(`icons written to ${buildDir}`);
} finally {
  await browser.close();
}
