import js from '@eslint/js';
import lingui from 'eslint-plugin-lingui';
import pluginQuery from '@tanstack/eslint-plugin-query';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/', '**/test-results/', '**/playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@komet-contacts/server(?!/contract(/plain|/testing)?$)',
              message: 'The client may import only the contract from the server.',
            },
            {
              group: ['**/server/src/**'],
              message: 'Import the contract as @komet-contacts/server/contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every word on screen goes through the catalogs (client/lingui.config.ts); a string left
    // out would show in English to Spanish users. Names, classes, paths and keys are not words.
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/**/*.test.{ts,tsx}', 'client/src/testing/**', 'client/src/i18n/**'],
    plugins: { lingui },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: ['^(?![A-Z])\\S+$', '^[A-Z0-9_-]+$', '^(Komet|Komet Contacts|English|Español)$'],
          ignoreNames: [
            {
              regex: {
                pattern:
                  '^(className|class|id|type|href|to|rel|target|name|key|role|method|mode|autoComplete|inputMode|lang|htmlFor|form|accept|enterKeyHint|dateTime|pattern|path|queryKey|variant|screen|kind)$',
              },
            },
            {
              regex: {
                pattern:
                  '^aria-(controls|describedby|labelledby|live|current|haspopup|expanded|autocomplete|activedescendant|hidden|invalid|required|sort)$',
              },
            },
            { regex: { pattern: '^data-' } },
            { regex: { pattern: '[A-Z_]{3,}' } },
          ],
          ignoreFunctions: [
            'console.*',
            'Error',
            'new Error',
            'api',
            'fetch',
            'URLSearchParams',
            'document.*',
            'localStorage.*',
            'sessionStorage.*',
            'addEventListener',
            'removeEventListener',
            'window.addEventListener',
            'window.removeEventListener',
            'window.dispatchEvent',
            '*.querySelector',
            '*.querySelectorAll',
            'import',
            'lazy',
            'navigate',
            'Intl.*',
            'new Intl.*',
          ],
          ignoreMethodsOnTypes: [
            'Map.get',
            'Map.has',
            'Set.has',
            'URLSearchParams.get',
            'URLSearchParams.set',
            'Headers.get',
            'FormData.get',
          ],
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['client/src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // Asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['server/**/*.ts', 'e2e/**/*.ts', '*.ts', '*.js', '.ci/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Configuration is read in one place, validated at start (server/src/config.ts).
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through server/src/config.ts.',
        },
      ],
    },
  },
  {
    // One storage module: SQL is written in server/src/db and nowhere else.
    files: ['server/**/*.ts'],
    ignores: ['server/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['kysely', 'better-sqlite3', 'pg'].map((name) => ({
            name,
            message: 'Only server/src/db talks to the database: add a typed query there.',
          })),
        },
      ],
    },
  },
  {
    // Routes are declared through guardedRouter, which makes each state who may call it.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/auth/access.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='Router'], CallExpression[callee.property.name='Router']",
          message: 'Declare routes with guardedRouter() so each states who may call it.',
        },
      ],
    },
  },
);
