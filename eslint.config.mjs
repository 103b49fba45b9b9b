// Lint rules that keep the process boundaries (DESIGN.md): shared/ imports no DOM, Node or
// Electron; renderer/ imports no Node or Electron; only the IPC wrappers touch ipcMain/ipcRenderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// Regexes, not globs: a glob such as 'path' would also match a relative './path'.
const noNode = {
  regex: '^(node:.*|fs|fs/.*|path|os|child_process|crypto|url|module|worker_threads|stream|http|https|net)$',
  message: 'Node APIs belong in electron/ (or scripts/, test/).',
};
const noElectron = { regex: '^electron(/.*)?$', message: 'Electron belongs in electron/ only.' };
const noUi = {
  regex: '^(react|react-dom|dexie|y-dexie|yjs|i18next|react-i18next|@xyflow/.*)(/.*)?$',
  message: 'shared/ is framework-free.',
};
const zodOnlyThroughOurs = {
  regex: '^zod(/.*)?$',
  message: 'Import z from shared/model/zod (it switches zod to jitless for the CSP).',
};
const noRawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Only electron/main/ipc.ts and the preload touch raw IPC.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      // Local scratch scripts (not committed).
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [zodOnlyThroughOurs] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noUi, zodOnlyThroughOurs] }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  { files: ['shared/model/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, zodOnlyThroughOurs] }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { paths: [noRawIpc], patterns: [zodOnlyThroughOurs] }],
    },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zodOnlyThroughOurs] }] },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}', '*.config.{mts,mjs,ts}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
