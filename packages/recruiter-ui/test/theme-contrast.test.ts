import { describe, expect, it } from 'vitest';
import { contrastRatio, darkTokens, lightTokens, type CoachThemeTokens } from '@coach/widget/themes';

// The dashboard shares <coach-interview>'s tokens; these are the pairs the dashboard itself renders.
type Token = keyof CoachThemeTokens;

/** Foreground/background pairs the dashboard renders, with the contrast ratio each must reach. */
const dashboardPairs: readonly { foreground: Token; background: Token; minimum: number }[] = [
  ...(['--coach-color-background', '--coach-color-surface'] as const).flatMap((background) => [
    { foreground: '--coach-color-text' as Token, background, minimum: 4.5 },
    { foreground: '--coach-color-text-muted' as Token, background, minimum: 4.5 },
    { foreground: '--coach-color-accent' as Token, background, minimum: 4.5 },
    { foreground: '--coach-color-danger' as Token, background, minimum: 4.5 },
    { foreground: '--coach-color-success' as Token, background, minimum: 4.5 },
    { foreground: '--coach-color-warning' as Token, background, minimum: 4.5 },
    { foreground: '--coach-color-border' as Token, background, minimum: 3 },
    { foreground: '--coach-color-focus' as Token, background, minimum: 3 },
  ]),
  { foreground: '--coach-color-on-accent', background: '--coach-color-accent', minimum: 4.5 },
  { foreground: '--coach-color-on-accent', background: '--coach-color-accent-hover', minimum: 4.5 },
  { foreground: '--coach-color-danger', background: '--coach-color-danger-surface', minimum: 4.5 },
  { foreground: '--coach-color-text', background: '--coach-color-danger-surface', minimum: 4.5 },
  { foreground: '--coach-color-accent', background: '--coach-color-chart-track', minimum: 3 },
];

const cases = (['light', 'dark'] as const).flatMap((scheme) =>
  dashboardPairs.map((pair) => ({ ...pair, scheme, tokens: scheme === 'light' ? lightTokens : darkTokens })),
);

describe('dashboard theme tokens', () => {
  it.each(cases)('should give $foreground on $background at least $minimum:1 in the $scheme theme', ({ foreground, background, minimum, tokens }) => {
    expect(contrastRatio(tokens[foreground], tokens[background])).toBeGreaterThanOrEqual(minimum);
  });
});
