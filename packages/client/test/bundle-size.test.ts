import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** What a browser page pays for the client, openapi-fetch included. */
const BUDGET_GZIPPED_BYTES = 6 * 1024;

describe('@coach/client bundle', () => {
  it('should stay within its gzipped size budget with openapi-fetch included', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzipped = gzipSync(code, { level: 9 }).length;
    expect(new TextDecoder().decode(code)).toContain('coach.error.CoachClientError');
    expect(gzipped).toBeGreaterThan(1000);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIPPED_BYTES);
  });
});
