import { defineConfig } from 'tsup';

export default defineConfig({
  // `cli` is the coach-server executable; its shebang comes from src/cli.ts (esbuild keeps it).
  entry: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts', node: 'src/node.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  // Core, Hono, zod and the optional adapters' SDKs are dependencies, resolved at run time.
  external: [/^@coach\//, /^@hono\//, /^hono(\/|$)/, 'zod', 'pg', 'nodemailer', '@google/genai', /^tesseract/, /^@tesseract/, /^@napi-rs\//],
});
