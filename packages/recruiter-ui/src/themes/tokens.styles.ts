import { css } from 'lit';

/**
 * Global design tokens (`--coach-*`), shared with `<coach-interview>`. Hosts override them on
 * the element or any ancestor. Light and dark values meet WCAG AA contrast for text.
 */
export const tokens = css`
  :host {
    --coach-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --coach-radius: 8px;
    --coach-color-bg: #ffffff;
    --coach-color-surface: #f6f7f9;
    --coach-color-text: #1b1f24;
    --coach-color-muted: #57606a;
    --coach-color-border: #d0d7de;
    --coach-color-primary: #1f5fbf;
    --coach-color-primary-text: #ffffff;
    --coach-color-success: #1a7f37;
    --coach-color-danger: #c0262d;
    --coach-color-warning: #8a5a00;
    --coach-focus-ring: 0 0 0 3px rgba(31, 95, 191, 0.45);
  }
  :host([theme='dark']) {
    --coach-color-bg: #0f1419;
    --coach-color-surface: #1a2129;
    --coach-color-text: #e6edf3;
    --coach-color-muted: #9aa7b4;
    --coach-color-border: #3a4552;
    --coach-color-primary: #6ea8fe;
    --coach-color-primary-text: #0b1320;
    --coach-color-success: #4cc26a;
    --coach-color-danger: #ff7b72;
    --coach-color-warning: #e3b341;
    --coach-focus-ring: 0 0 0 3px rgba(110, 168, 254, 0.5);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --coach-color-bg: #0f1419;
      --coach-color-surface: #1a2129;
      --coach-color-text: #e6edf3;
      --coach-color-muted: #9aa7b4;
      --coach-color-border: #3a4552;
      --coach-color-primary: #6ea8fe;
      --coach-color-primary-text: #0b1320;
      --coach-color-success: #4cc26a;
      --coach-color-danger: #ff7b72;
      --coach-color-warning: #e3b341;
      --coach-focus-ring: 0 0 0 3px rgba(110, 168, 254, 0.5);
    }
  }
`;
