import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp.ts';

const root = resolve(__dirname, 'renderer');
const { version } = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };

/** The CSP goes into the built HTML only: the dev server needs inline scripts for hot reload. */
function cspMetaTag(): Plugin {
  return {
    name: 'kartta-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The renderer's Vite config, shared by electron-vite (desktop) and `npm run web` / E2E (browser). */
export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react(), cspMetaTag()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  publicDir: resolve(root, 'public'),
  build: {
    outDir: resolve(root, '../out/renderer'),
    emptyOutDir: true,
    minify: process.env.KARTTA_NO_MINIFY ? false : true,
    sourcemap: false,
    // Fonts and icons stay files: the CSP has no data: for fonts and the asar stays inspectable.
    assetsInlineLimit: 0,
    rollupOptions: { input: resolve(root, 'index.html') },
    // One bundle on purpose: the app is loaded from disk, so chunking buys nothing at start-up.
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
};

export default rendererConfig;
