// ESLint (flat config) for web/: the page's ES modules, the widget's source and the build script.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['node_modules/', 'dist/'] },
  js.configs.recommended,
  {
    files: ['js/**/*.js', 'widget/**/*.js'],
    languageOptions: { ecmaVersion: 2025, sourceType: 'module', globals: globals.browser },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-implicit-globals': 'error',
      // Markup from data is never parsed: text goes in through textContent and h().
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'set text with textContent or h(); snippets with setSnippet()' },
        { property: 'outerHTML', message: 'set text with textContent or h()' },
        { property: 'insertAdjacentHTML', message: 'build elements with h()' }],
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  {
    files: ['*.mjs', '*.js', 'map/*.mjs'],
    languageOptions: { ecmaVersion: 2025, sourceType: 'module', globals: globals.node },
  },
];
