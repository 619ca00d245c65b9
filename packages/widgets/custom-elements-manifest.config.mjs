// Generates custom-elements.json (read by IDEs, docs and React wrappers) from
// the elements' JSDoc: @attr, @fires, @csspart, @cssprop, @summary.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/geometry/**'],
  outdir: '.',
  litelement: true,
};
