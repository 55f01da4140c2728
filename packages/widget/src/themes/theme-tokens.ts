/**
 * The global `--coach-*` design tokens of the widgets, one map per colour scheme. Colours are
 * chosen so that every text/background pair the widget uses meets WCAG AA (4.5:1 for text,
 * 3:1 for borders and focus rings); `theme-tokens.test.ts` checks each pair.
 */
export interface CoachThemeTokens {
  '--coach-color-background': string;
  '--coach-color-surface': string;
  '--coach-color-text': string;
  '--coach-color-text-muted': string;
  '--coach-color-border': string;
  '--coach-color-accent': string;
  '--coach-color-accent-hover': string;
  '--coach-color-on-accent': string;
  '--coach-color-focus': string;
  '--coach-color-danger': string;
  '--coach-color-danger-surface': string;
  '--coach-color-success': string;
  /** Waiting states, e.g. an invite queued for a retry in the recruiter dashboard. */
  '--coach-color-warning': string;
  '--coach-color-chart-track': string;
}

/** Tokens that do not change with the colour scheme. */
export const sharedTokens = {
  '--coach-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  '--coach-font-family-mono': "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
  '--coach-font-size': '1rem',
  '--coach-radius': '0.5rem',
  '--coach-spacing': '1rem',
} as const;

/** The light colour scheme (the default). */
export const lightTokens: CoachThemeTokens = {
  '--coach-color-background': '#ffffff',
  '--coach-color-surface': '#f4f6f8',
  '--coach-color-text': '#1a1d23',
  '--coach-color-text-muted': '#4b5563',
  '--coach-color-border': '#7b8494',
  '--coach-color-accent': '#1d4ed8',
  '--coach-color-accent-hover': '#1e40af',
  '--coach-color-on-accent': '#ffffff',
  '--coach-color-focus': '#1d4ed8',
  '--coach-color-danger': '#b91c1c',
  '--coach-color-danger-surface': '#fef2f2',
  '--coach-color-success': '#166534',
  '--coach-color-warning': '#8a4b00',
  '--coach-color-chart-track': '#dde2e8',
};

/** The dark colour scheme. */
export const darkTokens: CoachThemeTokens = {
  '--coach-color-background': '#111827',
  '--coach-color-surface': '#1f2937',
  '--coach-color-text': '#f3f4f6',
  '--coach-color-text-muted': '#c4cad4',
  '--coach-color-border': '#7c8799',
  '--coach-color-accent': '#93c5fd',
  '--coach-color-accent-hover': '#bfdbfe',
  '--coach-color-on-accent': '#0b1220',
  '--coach-color-focus': '#93c5fd',
  '--coach-color-danger': '#fca5a5',
  '--coach-color-danger-surface': '#3b1518',
  '--coach-color-success': '#86efac',
  '--coach-color-warning': '#fcd34d',
  '--coach-color-chart-track': '#374151',
};

/** Text/background pairs the widget renders, with the contrast ratio each must reach. */
export const contrastPairs: readonly { foreground: keyof CoachThemeTokens; background: keyof CoachThemeTokens; minimum: number }[] = [
  { foreground: '--coach-color-text', background: '--coach-color-background', minimum: 4.5 },
  { foreground: '--coach-color-text', background: '--coach-color-surface', minimum: 4.5 },
  { foreground: '--coach-color-text-muted', background: '--coach-color-background', minimum: 4.5 },
  { foreground: '--coach-color-text-muted', background: '--coach-color-surface', minimum: 4.5 },
  { foreground: '--coach-color-on-accent', background: '--coach-color-accent', minimum: 4.5 },
  { foreground: '--coach-color-on-accent', background: '--coach-color-accent-hover', minimum: 4.5 },
  { foreground: '--coach-color-accent', background: '--coach-color-background', minimum: 4.5 },
  { foreground: '--coach-color-accent', background: '--coach-color-surface', minimum: 4.5 },
  { foreground: '--coach-color-danger', background: '--coach-color-danger-surface', minimum: 4.5 },
  { foreground: '--coach-color-danger', background: '--coach-color-background', minimum: 4.5 },
  { foreground: '--coach-color-text', background: '--coach-color-danger-surface', minimum: 4.5 },
  { foreground: '--coach-color-success', background: '--coach-color-surface', minimum: 4.5 },
  { foreground: '--coach-color-success', background: '--coach-color-background', minimum: 4.5 },
  { foreground: '--coach-color-border', background: '--coach-color-background', minimum: 3 },
  { foreground: '--coach-color-border', background: '--coach-color-surface', minimum: 3 },
  { foreground: '--coach-color-focus', background: '--coach-color-background', minimum: 3 },
  { foreground: '--coach-color-focus', background: '--coach-color-surface', minimum: 3 },
  { foreground: '--coach-color-accent', background: '--coach-color-chart-track', minimum: 3 },
];
