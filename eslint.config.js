// Lint carries the conventions of DESIGN.md §4 and STYLE.md §11; each rule says why it is here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'data/', '.tmp/', '.build/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A forgotten await loses errors and breaks "the audit record commits with the change".
      '@typescript-eslint/no-floating-promises': 'error',
      // State machines and code tables must handle every case the type allows.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Small files read better; split by use case before a file grows past this.
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      // Rules must be evaluated safely (issue 6): no code from data.
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // core/ is pure domain logic: no I/O, no server, no web, no database or HTTP library.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts', 'core/**/testdata/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server/**', '**/web/**'], message: 'core must not import server or web code.' },
          { group: ['node:*', 'fs', 'path', 'pg', 'fastify', 'react', 'antd', 'pino'], message: 'core has no I/O.' },
        ],
      }],
    },
  },
  {
    // The web UI runs in the browser and talks to the server over HTTP only.
    files: ['web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/server/**'], message: 'web never imports server code; use the HTTP API.' }],
      }],
    },
  },
  {
    // A module reaches another module only through its index.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/modules/*/*', '!**/modules/*/index'], message: 'import another module through its index.ts.' }],
      }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
