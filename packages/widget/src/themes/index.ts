// @coach/widget/themes: the `--coach-*` design tokens shared by <coach-interview> and
// <coach-recruiter-dashboard>, so that one host theme styles both elements.
export { coachTheme } from './coach-theme.js';
export { lightTokens, darkTokens, sharedTokens, contrastPairs, type CoachThemeTokens } from './theme-tokens.js';
export { contrastRatio, parseHexColor } from './contrast-ratio.js';
