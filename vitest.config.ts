import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const core = (path: string) => fileURLToPath(new URL(`./packages/core/src/${path}`, import.meta.url));

/**
 * Lit (like other packages) ships a development build under the `development` export
 * condition, which Vitest adds (as `development|production`) to whatever is configured. The
 * tests should run the code users get, as the widget bundles do, and keep stderr free of
 * "Lit is in dev mode": this drops that condition once the configuration is resolved.
 */
const productionExports = {
  name: 'coach:production-exports',
  configResolved(config: {
    resolve?: { conditions?: string[] };
    ssr?: { resolve?: { conditions?: string[] } };
    environments?: Record<string, { resolve?: { conditions?: string[] } }>;
  }) {
    const targets = [config.resolve, config.ssr?.resolve, ...Object.values(config.environments ?? {}).map((environment) => environment.resolve)];
    for (const target of targets) {
      if (target?.conditions)
        target.conditions = target.conditions.filter((condition) => condition !== 'development|production' && condition !== 'development');
    }
  },
};

// Tests import workspace packages from source so that a change is tested without a rebuild;
// the end-to-end tests start the built CLI and load the built widget bundles instead.
export default defineConfig({
  plugins: [productionExports],
  resolve: {
    alias: [
      { find: /^@coach\/core$/, replacement: core('index.ts') },
      { find: /^@coach\/core\/storage\/kysely$/, replacement: core('adapters/storage-kysely/index.ts') },
      { find: /^@coach\/core\/gemini$/, replacement: core('adapters/gemini/index.ts') },
      { find: /^@coach\/core\/openai-compatible$/, replacement: core('adapters/openai-compatible/index.ts') },
      { find: /^@coach\/core\/elevenlabs$/, replacement: core('adapters/elevenlabs/index.ts') },
      { find: /^@coach\/core\/email\/nodemailer$/, replacement: core('adapters/email-nodemailer/index.ts') },
      { find: /^@coach\/core\/ocr\/tesseract$/, replacement: core('adapters/ocr-tesseract/index.ts') },
      { find: /^@coach\/core\/code-runner\/quickjs$/, replacement: core('adapters/code-runner-quickjs/index.ts') },
      { find: /^@coach\/core\/code-runner\/pyodide$/, replacement: core('adapters/code-runner-pyodide/index.ts') },
      { find: /^@coach\/core\/testing$/, replacement: core('testing/index.ts') },
      { find: /^@coach\/client$/, replacement: fileURLToPath(new URL('./packages/client/src/index.ts', import.meta.url)) },
      { find: /^@coach\/widget\/themes$/, replacement: fileURLToPath(new URL('./packages/widget/src/themes/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
