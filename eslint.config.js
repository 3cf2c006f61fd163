// ESLint for the product's TypeScript (server/src, client/src), its scripts and its tests:
// @eslint/js and typescript-eslint "recommended", without type information (the type-aware set
// costs three times the CPU and mostly flags node:test's un-awaited test()/describe() calls).
// Each rule changed from the recommended setting says why. Run: npm run lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'bench/**', '.tmp/**', 'test/fixtures/**', 'test/corpus/letters/**', 'test/e2e/node_modules/**', 'test/e2e/.tmp/**', 'test/e2e/.vscode-test/**', 'test/e2e/out/**'],
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'scripts/**/*.{ts,mjs,js}', 'test/**/*.{ts,mjs,js,cjs}', '*.{js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a value kept on purpose (a destructured part, a callback parameter), and
      // `{ drop, ...rest }` is how the code removes a key from an object.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The tests walk the CLI's JSON and SARIF output, whose shape is what they assert.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Control characters are matched on purpose: XML 1.0 forbids C0 controls in a .docx
    // (export), and the tests look for ANSI colour escapes and controls in written XML.
    files: ['server/src/export/**', 'test/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // CommonJS files (the VS Code test runner's entry points) load modules with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
