import { describe, expect, it } from 'vitest';

describe('the Lit build the tests load', () => {
  it('should be the production build, so no "Lit is in dev mode" warning is printed', async () => {
    await import('lit');
    // Lit's development build registers its warnings here as it loads.
    expect((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings).toBeUndefined();
  });
});
