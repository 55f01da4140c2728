// ESLint flat configuration: typescript-eslint's recommended rules on every TypeScript file,
// Prettier owning formatting (eslint-config-prettier turns the conflicting rules off).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'test-artifacts/**', 'test/packaging/.work/**', '**/*.d.ts', '**/custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused parameters named with a leading underscore document a signature on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Kysely's table-agnostic helpers and test doubles need `any` in a few typed places.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  prettier,
);
