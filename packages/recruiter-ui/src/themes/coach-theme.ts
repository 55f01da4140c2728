import { css, unsafeCSS, type CSSResult } from 'lit';
import { darkTokens, lightTokens, sharedTokens } from './theme-tokens.js';

function declarations(tokens: Record<string, string>): CSSResult {
  return unsafeCSS(
    Object.entries(tokens)
      .map(([name, value]) => `${name}: ${value};`)
      .join(' '),
  );
}

/**
 * The `--coach-*` tokens for the dashboard host: light by default, dark with `theme="dark"`,
 * and following the operating system with `theme="auto"`. They are declared on `:host`
 * because a page's own rules for the element win over `:host` rules, so a host restyles the
 * dashboard with `coach-recruiter-dashboard { --coach-color-accent: … }`. Printing uses light.
 */
export const coachTheme = css`
  :host {
    ${declarations(sharedTokens)}
    ${declarations({ ...lightTokens })}
  }
  :host([theme='dark']) {
    ${declarations({ ...darkTokens })}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${declarations({ ...darkTokens })}
    }
  }
  @media print {
    :host,
    :host([theme]) {
      ${declarations({ ...lightTokens })}
    }
  }
`;
