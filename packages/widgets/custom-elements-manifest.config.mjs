// Generates custom-elements.json (read by IDEs, docs and React wrappers) from
// the elements' JSDoc: @attr, @fires, @csspart, @cssprop, @summary.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/geometry/**'],
  outdir: '.',
  litelement: true,
  // package.json's "customElements" field is written by hand: an `--outdir`
  // given on the command line must not rewrite it.
  packagejson: false,
};
