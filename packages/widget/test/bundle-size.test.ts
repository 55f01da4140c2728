import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_GZIPPED_BYTES, runBundleSizeBench } from '../../../bench/widget-size.js';
import { requireBundle } from './helpers/paths.js';

describe('coach-interview bundle', () => {
  it('should stay within the gzipped size budget with Lit included', () => {
    requireBundle();
    const widget = runBundleSizeBench().find((bundle) => bundle.path.endsWith('coach-interview.bundle.js'));
    expect(widget?.gzippedBytes).toBeGreaterThan(0);
    expect(widget?.gzippedBytes).toBeLessThanOrEqual(BUNDLE_BUDGET_GZIPPED_BYTES);
  });

  it("should carry Lit's production build, without the dev-mode warning", () => {
    const bundle = readFileSync(requireBundle(), 'utf8');
    expect(bundle).not.toContain('Lit is in dev mode');
    expect(bundle).not.toContain('litIssuedWarnings');
  });
});
