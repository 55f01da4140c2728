import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __COACH_RECRUITER_UI_VERSION__: JSON.stringify(version) };

export default defineConfig([
  // The npm build: ES2021 modules, lit left to the application's bundler.
  {
    entry: {
      index: 'src/index.ts',
      'coach-recruiter-dashboard': 'src/components/coach-recruiter-dashboard/coach-recruiter-dashboard.ts',
    },
    format: ['esm'],
    target: 'es2021',
    platform: 'browser',
    dts: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    external: [/^lit($|\/)/, /^@lit\//, /^@coach\/widget/, /^@coach\/client/],
    define,
  },
  // One self-contained, minified file for `<script type="module">` embedding.
  {
    entry: { 'coach-recruiter-dashboard.bundle': 'src/components/coach-recruiter-dashboard/coach-recruiter-dashboard.ts' },
    format: ['esm'],
    target: 'es2021',
    platform: 'browser',
    dts: false,
    sourcemap: false,
    minify: true,
    treeshake: true,
    noExternal: [/.*/],
    // Lit's production build: never the `development` export condition (dev-mode warnings, bigger).
    esbuildOptions(options) {
      options.conditions = ['production'];
    },
    define,
  },
]);
