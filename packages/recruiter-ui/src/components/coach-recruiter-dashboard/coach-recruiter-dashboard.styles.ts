import { css } from 'lit';
import { tokens } from '../../themes/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
    }
    .dashboard {
      font-family: var(--coach-font-family);
      color: var(--coach-color-text);
      background: var(--coach-color-bg);
      padding: 1rem;
      border-radius: var(--coach-radius);
      line-height: 1.5;
    }
    .muted { color: var(--coach-color-muted); }
    .small { font-size: 0.85em; }
    .visually-hidden {
      position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
      overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
    }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 0.75rem; }
    .card {
      display: flex; flex-direction: column; padding: 0.75rem; background: var(--coach-color-surface);
      border: 1px solid var(--coach-color-border); border-radius: var(--coach-radius);
    }
    .figure { font-size: 1.6rem; font-weight: 700; }
    .figure.accepted { color: var(--coach-color-success); }
    .figure.declined { color: var(--coach-color-danger); }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 1rem; margin: 1rem 0; }
    figure { margin: 0; }
    figcaption { font-weight: 600; margin-bottom: 0.25rem; }
    .bar { fill: var(--coach-color-primary); }
    .axis { fill: var(--coach-color-muted); font-size: 9px; }
    .filters { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; align-items: end; }
    .filters label { display: flex; flex-direction: column; font-size: 0.85rem; gap: 0.25rem; }
    input, select {
      font: inherit; color: var(--coach-color-text); background: var(--coach-color-bg);
      border: 1px solid var(--coach-color-border); border-radius: 6px; padding: 0.35rem 0.5rem;
    }
    input:focus-visible, select:focus-visible, button:focus-visible, [tabindex]:focus-visible, summary:focus-visible {
      outline: none; box-shadow: var(--coach-focus-ring);
    }
    .table { width: 100%; border-collapse: collapse; }
    .table th, .table td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--coach-color-border); vertical-align: top; }
    .table th { background: var(--coach-color-surface); font-size: 0.85rem; }
    .number { font-variant-numeric: tabular-nums; font-weight: 600; }
    .badge { display: inline-block; padding: 0 0.5rem; border-radius: 999px; font-size: 0.8rem; border: 1px solid currentColor; }
    .badge.accepted { color: var(--coach-color-success); }
    .badge.declined { color: var(--coach-color-danger); }
    .badge.pending { color: var(--coach-color-muted); }
    .button {
      font: inherit; cursor: pointer; padding: 0.4rem 0.9rem; border-radius: 6px;
      border: 1px solid var(--coach-color-border); background: var(--coach-color-surface); color: var(--coach-color-text);
    }
    .button.primary { background: var(--coach-color-primary); color: var(--coach-color-primary-text); border-color: var(--coach-color-primary); }
    .button.danger { color: var(--coach-color-danger); border-color: var(--coach-color-danger); background: transparent; }
    .button:disabled { opacity: 0.55; cursor: not-allowed; }
    .link { font: inherit; background: none; border: none; padding: 0; color: var(--coach-color-primary); cursor: pointer; text-align: left; text-decoration: underline; }
    .pagination { display: flex; gap: 0.75rem; align-items: center; justify-content: flex-end; margin-top: 0.75rem; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; }
    .notice, .invite { padding: 0.5rem 0.75rem; border-radius: 6px; background: var(--coach-color-surface); border: 1px solid var(--coach-color-border); }
    .invite.sent { border-color: var(--coach-color-success); }
    .invite.failed { border-color: var(--coach-color-danger); }
    .error { display: flex; gap: 1rem; align-items: center; justify-content: space-between; padding: 0.5rem 0.75rem; border: 1px solid var(--coach-color-danger); border-radius: 6px; color: var(--coach-color-danger); }
    .two-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 1rem; }
    .question { border: 1px solid var(--coach-color-border); border-radius: 6px; padding: 0.5rem 0.75rem; margin-bottom: 0.5rem; }
    .question summary { cursor: pointer; }
    .answer { white-space: pre-wrap; }
    blockquote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 3px solid var(--coach-color-primary); color: var(--coach-color-muted); }
    pre { white-space: pre-wrap; background: var(--coach-color-surface); padding: 0.5rem; border-radius: 6px; font-family: ui-monospace, monospace; }
    .conversation { list-style: none; padding: 0; }
    .conversation li { margin-bottom: 0.5rem; }
    h2 { margin: 0.5rem 0 0; }
    h2:focus { outline: none; }
    h3 { margin: 1rem 0 0.25rem; }
    h4 { margin: 0.5rem 0 0; font-size: 0.9rem; }
    dialog { border: 1px solid var(--coach-color-border); border-radius: var(--coach-radius); background: var(--coach-color-bg); color: var(--coach-color-text); max-width: 28rem; }
    dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
    @media print { .actions, .pagination, .filters { display: none; } }
  `,
];
