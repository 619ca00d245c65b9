// The bench's own ESLint config (ESLint uses the nearest one to each file):
// the repository's rules, less the generated bundles, plus browser globals
// for the code that runs in the page.
import globals from 'globals';
import repository from '../eslint.config.mjs';

export default [
  { ignores: ['.build/**', 'results/**'] },
  ...repository,
  {
    files: ['contestants/**/*.js', 'www/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
];
