/// <reference types="vite/client" />

/** package.json's version, put in by the Vite config. */
declare const __APP_VERSION__: string;
