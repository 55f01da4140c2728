import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The npm build: unbundled-ish ES2021 modules with Lit as a dependency.
    entry: { index: 'src/index.ts', 'coach-recruiter-dashboard': 'src/coach-recruiter-dashboard.ts' },
    format: ['esm'],
    target: 'es2021',
    dts: true,
    sourcemap: true,
    clean: true,
    external: [/^lit/],
  },
  {
    // One self-contained file for <script type="module"> embedding.
    entry: { 'coach-recruiter-dashboard.bundle': 'src/coach-recruiter-dashboard.ts' },
    format: ['esm'],
    target: 'es2021',
    minify: true,
    noExternal: [/.*/],
    clean: false,
  },
]);
