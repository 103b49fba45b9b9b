// `npm run web` and the E2E tests build and serve the renderer alone, for a plain browser.
import { rendererConfig } from './renderer/vite.renderer.mts';

export default rendererConfig;
