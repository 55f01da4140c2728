/** Generates custom-elements.json from the class JSDoc (`cem analyze`), offline. */
export default {
  // The registration files are read too, so that the manifest knows each class's tag name.
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/views/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
