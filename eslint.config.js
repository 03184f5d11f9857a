import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'child_process', 'crypto', 'url', 'stream', 'zlib', 'worker_threads', 'net'];
const restrict = (patterns) => ['error', { patterns: patterns.map((group) => ({ group: [group], message: 'Crosses a layer boundary (see CONTRIBUTING.md, "Layers").' })) }];

// Layer rules (CONTRIBUTING.md, "Layers") as lint errors: shared/ is pure, renderer/ reaches the store only through the bridge.
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'build/**', 'node_modules/**', 'assets/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        'electron', ...nodeBuiltins, 'react', 'react-dom', 'maplibre-gl', 'better-sqlite3', '**/electron/**', '**/renderer/**',
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(['electron', ...nodeBuiltins, 'better-sqlite3', '**/electron/**']),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([...nodeBuiltins, 'better-sqlite3', '**/store/**', '**/services/**', 'react', 'maplibre-gl']),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='prepare']", message: 'SQL lives only in the store repositories.' },
        { selector: "CallExpression[callee.property.name='exec']", message: 'SQL lives only in the store repositories.' },
      ],
    },
  },
);
