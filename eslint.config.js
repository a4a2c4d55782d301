import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = ['react', 'react-dom', 'zustand', 'monaco-editor'];
const libraryPatterns = uiLibraries.flatMap((name) => [name, `${name}/*`]);
const frameworkFree = {
  group: libraryPatterns,
  message: 'src/core is framework-free: no React, zustand or Monaco.',
};
const coreBelowEverything = {
  group: ['ui', 'store', 'app', 'analysis', 'persistence', 'cli'].flatMap((layer) => [
    `**/${layer}`,
    `**/${layer}/**`,
  ]),
  message: 'src/core may not import the UI, the store, the analysis layer or the app shell.',
};
const noNodeInCore = {
  group: ['node:*'],
  message: 'src/core runs in the browser: Node modules only in its tests.',
};
const onlyMonacoImportsMonaco = {
  group: ['monaco-editor', 'monaco-editor/*'],
  message: 'Only src/ui/monaco may import monaco-editor.',
};
const coreThroughIndex = {
  group: ['**/core/*', '!**/core/index.ts'],
  message: 'Outside src/core, import the core only through src/core/index.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      '.reports',
      'public/catalog',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/store/**/*.ts', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [onlyMonacoImportsMonaco, coreThroughIndex] }],
    },
  },
  {
    files: ['src/ui/monaco/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreThroughIndex] }] },
  },
  {
    files: [
      'src/store/**/*.ts',
      'src/analysis/**/*.ts',
      'src/persistence/**/*.ts',
      'src/cli/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            onlyMonacoImportsMonaco,
            coreThroughIndex,
            {
              group: ['**/ui', '**/ui/**', '**/app', '**/app/**'],
              message: 'Only the UI and the app shell import the UI: nothing below them may.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [frameworkFree, coreBelowEverything, noNodeInCore] },
      ],
    },
  },
  {
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [frameworkFree, coreBelowEverything] }],
    },
  },
);
