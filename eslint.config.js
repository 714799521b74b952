// Lint rules for the whole repository: typescript-eslint's recommended set plus a few habits of ours.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tap/', 'coverage/', 'src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-params': ['error', 3],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // The inspector page: plain JS modules run by the browser as they are.
    files: ['ui/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(['window', 'document', 'location', 'history', 'navigator', 'fetch', 'getComputedStyle', 'getSelection',
        'requestAnimationFrame', 'setTimeout', 'clearTimeout', 'URLSearchParams', 'TextEncoder', 'console'].map((name) => [name, 'readonly'])),
    },
  },
  {
    // The bin: a CommonJS script, so that Node starts it without its ES module loader.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // No positional booleans (`unitOf(words, true)` says nothing at the call): a parameter typed or defaulted as a
    // boolean. A library's callback that passes one is taken unannotated.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: ':function > Identifier.params[typeAnnotation.typeAnnotation.type="TSBooleanKeyword"]', message: 'No positional booleans: take an options object or split the function.' },
        { selector: ':function > AssignmentPattern.params > Literal.right[raw=/^(true|false)$/]', message: 'No positional booleans: take an options object or split the function.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fastify', 'fastify-*', '@fastify/*'], message: 'The domain is pure: no Fastify.' },
          { group: ['node:fs', 'node:fs/*', 'fs', 'node:http', 'node:net'], message: 'The domain is pure: no I/O.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Date', message: 'Time goes through src/deps.ts.' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Randomness goes through src/deps.ts.' }],
    },
  },
);
