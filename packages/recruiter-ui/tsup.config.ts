import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const element = 'src/components/coach-recruiter-dashboard/coach-recruiter-dashboard.ts';

/** What both builds share: ES2021 modules for browsers, the version inlined. */
const browserModules: Options = {
  format: ['esm'],
  target: 'es2021',
  platform: 'browser',
  treeshake: true,
  define: { __COACH_RECRUITER_UI_VERSION__: JSON.stringify(version) },
};

export default defineConfig([
  // The npm build: lit and the other Coach packages are left to the application's bundler.
  {
    ...browserModules,
    entry: {
      index: 'src/index.ts',
      'coach-recruiter-dashboard': element,
      'coach-webhooks-panel': 'src/components/coach-webhooks-panel/coach-webhooks-panel.ts',
      'coach-interviews-panel': 'src/components/coach-interviews-panel/coach-interviews-panel.ts',
    },
    dts: true,
    sourcemap: true,
    splitting: true,
    external: [/^lit($|\/)/, /^@lit\//, /^@coach\/(widget|client)($|\/)/],
  },
  // One self-contained, minified file for `<script type="module">` embedding, in Lit's
  // production build (never the `development` export condition: dev-mode warnings, bigger).
  {
    ...browserModules,
    entry: {
      'coach-recruiter-dashboard.bundle': element,
      'coach-webhooks-panel.bundle': 'src/components/coach-webhooks-panel/coach-webhooks-panel.ts',
      'coach-interviews-panel.bundle': 'src/components/coach-interviews-panel/coach-interviews-panel.ts',
    },
    minify: true,
    // Each file self-contained; the dashboard loads the webhooks panel's file on first use.
    splitting: false,
    noExternal: [/.*/],
    esbuildOptions: (options) => {
      options.conditions = ['production'];
    },
    define: { ...browserModules.define, __COACH_SELF_CONTAINED_BUNDLE__: 'true' },
  },
]);
