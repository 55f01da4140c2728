import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast-ratio.js';
import { contrastPairs, darkTokens, lightTokens } from './theme-tokens.js';

describe('theme tokens', () => {
  for (const [scheme, tokens] of [
    ['light', lightTokens],
    ['dark', darkTokens],
  ] as const) {
    for (const pair of contrastPairs) {
      it(`should give ${pair.foreground} on ${pair.background} at least ${pair.minimum}:1 in the ${scheme} theme`, () => {
        expect(contrastRatio(tokens[pair.foreground], tokens[pair.background])).toBeGreaterThanOrEqual(pair.minimum);
      });
    }
  }

  it('should define the same tokens in both schemes', () => {
    expect(Object.keys(darkTokens).sort()).toEqual(Object.keys(lightTokens).sort());
  });
});
