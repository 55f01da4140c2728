import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { minifyTemplateLiteralsPlugin } from './scripts/minify-template-literals.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __COACH_WIDGET_VERSION__: JSON.stringify(version) };

export default defineConfig([
  // The npm build: ES2021 modules, lit left to the application's bundler.
  {
    entry: {
      index: 'src/index.ts',
      'coach-interview': 'src/components/coach-interview/coach-interview.ts',
      'coach-dsa-round': 'src/components/coach-dsa-round/coach-dsa-round.ts',
      'coach-report': 'src/components/coach-report/coach-report.ts',
      themes: 'src/themes/index.ts',
    },
    format: ['esm'],
    target: 'es2021',
    platform: 'browser',
    dts: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    external: [/^lit($|\/)/, /^@lit\//],
    define,
  },
  // One self-contained, minified file for `<script type="module">` embedding.
  {
    entry: {
      'coach-interview.bundle': 'src/components/coach-interview/coach-interview.ts',
      'coach-dsa-round.bundle': 'src/components/coach-dsa-round/coach-dsa-round.ts',
      'coach-report.bundle': 'src/components/coach-report/coach-report.ts',
    },
    format: ['esm'],
    target: 'es2021',
    platform: 'browser',
    dts: false,
    sourcemap: false,
    minify: true,
    treeshake: true,
    // Each file self-contained; the widget loads the DSA round's and the report's files when they are first shown.
    splitting: false,
    noExternal: [/.*/],
    // Lit's production build: never the `development` export condition (dev-mode warnings, bigger).
    esbuildOptions(options) {
      options.conditions = ['production'];
    },
    esbuildPlugins: [minifyTemplateLiteralsPlugin(/[\\/]widget[\\/]src[\\/].*\.ts$/)],
    define: { ...define, __COACH_SELF_CONTAINED_BUNDLE__: 'true' },
  },
]);
