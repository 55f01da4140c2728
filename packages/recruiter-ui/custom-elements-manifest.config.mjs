/** Generates custom-elements.json from the class JSDoc of the package's one element (`cem analyze`), offline. */
export default {
  // The class and its registration file (where the manifest learns the tag name); not the
  // styles, views or tests beside them.
  globs: [
    'src/components/coach-recruiter-dashboard/coach-recruiter-dashboard.component.ts',
    'src/components/coach-recruiter-dashboard/coach-recruiter-dashboard.ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
