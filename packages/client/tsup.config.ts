import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  // Runs in browsers (the widgets) as well as Node.
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  // openapi-fetch is a dependency; a bundler that embeds the client includes it once.
  external: ['openapi-fetch'],
});
