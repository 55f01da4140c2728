import { defineConfig } from 'tsup';

const external = [/^@coach\//, /^@hono\//, /^hono(\/|$)/, 'zod', 'pg', 'nodemailer', '@google/genai', /^tesseract/, /^@tesseract/, /^@napi-rs\//];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm'],
    target: 'node20',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    external,
  },
  {
    // The executable: no types, a shebang, built after the library so `clean` above keeps it.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    clean: false,
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
    external,
  },
]);
