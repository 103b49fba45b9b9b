// Builds the baseline pages (bench/pages) with Vite into out/bench-pages: never part of the app's
// build, so nothing of them ships.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const PAGES_OUT = resolve(__dirname, '../out/bench-pages');

export async function buildBaselinePages(): Promise<void> {
  const root = resolve(__dirname, 'pages');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: PAGES_OUT,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      // Chromium needs no polyfill (and under tsx, vite cannot resolve its own polyfill module).
      modulePreload: { polyfill: false },
      rollupOptions: { input: { flow: resolve(root, 'flow-baseline.html'), empty: resolve(root, 'empty.html') } },
    },
  });
}
