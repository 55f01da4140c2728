import { css } from 'lit';

/** The dashboard's own styles; colours and fonts come from the `--coach-*` tokens. */
export const coachRecruiterDashboardStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .dashboard {
    box-sizing: border-box;
    max-width: var(--max-width, 72rem);
    font-family: var(--coach-font-family);
    font-size: var(--coach-font-size);
    line-height: 1.5;
    color: var(--coach-color-text);
    background: var(--coach-color-background);
    border-radius: var(--coach-radius);
    padding: var(--coach-spacing);
  }
  .dashboard *,
  .dashboard *::before,
  .dashboard *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  [hidden] {
    display: none !important;
  }
  .dashboard__nav {
    display: flex;
    gap: 0.5rem;
    margin-block-end: var(--coach-spacing);
  }
  .dashboard__nav [aria-pressed='true'] {
    background: var(--coach-color-accent);
    border-color: var(--coach-color-accent);
    color: var(--coach-color-on-accent);
  }
  h2,
  h3,
  h4,
  h5 {
    line-height: 1.25;
  }
  h2 {
    margin: 0.25rem 0;
    font-size: 1.4rem;
  }
  h3 {
    margin: 1.5rem 0 0.5rem;
    font-size: 1.15rem;
  }
  h4 {
    margin: 1rem 0 0.25rem;
    font-size: 1rem;
  }
  h5 {
    margin: 0.75rem 0 0.125rem;
    font-size: 0.85rem;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--coach-color-text-muted);
  }
  p {
    margin: 0.25rem 0;
  }
  :focus-visible {
    outline: 3px solid var(--coach-color-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--coach-color-focus);
  }
  .dashboard__muted {
    color: var(--coach-color-text-muted);
  }
  .dashboard__small {
    font-size: 0.85em;
  }

  /* Statistics */
  .dashboard__stat-cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .dashboard__stat {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    padding: 0.75rem 1rem;
    background: var(--coach-color-surface);
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
  }
  .dashboard__stat-label {
    color: var(--coach-color-text-muted);
    font-size: 0.875rem;
  }
  .dashboard__stat-value {
    margin: 0;
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .dashboard__stat--accepted .dashboard__stat-value {
    color: var(--coach-color-success);
  }
  .dashboard__stat--declined .dashboard__stat-value {
    color: var(--coach-color-danger);
  }
  .dashboard__charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 1rem;
    margin: 1rem 0;
  }
  .dashboard__chart {
    margin: 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
  }
  .dashboard__chart figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .dashboard__chart--scores {
    max-width: 24rem;
    margin: 1rem 0;
  }
  .chart {
    display: block;
    width: 100%;
    /* Never narrower than the SVG's units, so its 12-unit text is at least 12 px. */
    min-width: 356px;
    height: auto;
  }
  .dashboard__chart {
    overflow-x: auto;
  }
  .chart .baseline {
    stroke: var(--coach-color-border);
    stroke-width: 1;
  }
  .chart .bar {
    fill: var(--coach-color-accent);
  }
  .chart .axis,
  .chart .value {
    fill: var(--coach-color-text-muted);
    font-size: 12px;
    font-family: var(--coach-font-family);
  }
  .chart .value {
    fill: var(--coach-color-text);
    font-weight: 600;
  }

  /* Filters */
  .dashboard__filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
    margin: 1rem 0;
  }
  .dashboard__field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .dashboard__field--search {
    flex: 1 1 14rem;
  }
  .dashboard__field--score input {
    width: 6.5rem;
  }
  input,
  select {
    font: inherit;
    font-weight: 400;
    font-size: 1rem;
    color: var(--coach-color-text);
    background: var(--coach-color-background);
    border: 1px solid var(--coach-color-border);
    border-radius: calc(var(--coach-radius) * 0.75);
    padding: 0.4rem 0.6rem;
    min-height: 2.5rem;
  }

  /* Table */
  .dashboard__table-wrap {
    overflow-x: auto;
  }
  .dashboard__table {
    width: 100%;
    border-collapse: collapse;
  }
  .dashboard__caption {
    text-align: left;
    font-weight: 600;
    padding: 0.25rem 0 0.5rem;
  }
  .dashboard__table th,
  .dashboard__table td {
    text-align: left;
    padding: 0.6rem 0.75rem;
    /* Row rules only separate; the fields and buttons carry the 3:1 borders. */
    border-bottom: 1px solid var(--coach-color-chart-track);
    vertical-align: top;
  }
  .dashboard__table thead th {
    border-bottom-color: var(--coach-color-border);
    background: var(--coach-color-surface);
    font-size: 0.875rem;
  }
  .dashboard__candidate {
    font-weight: 400;
  }
  .dashboard__email {
    display: block;
    color: var(--coach-color-text-muted);
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  .dashboard__empty {
    color: var(--coach-color-text-muted);
    text-align: center;
  }
  .dashboard__number,
  .dashboard__score {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .dashboard__badge {
    display: inline-block;
    padding: 0 0.6rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .dashboard__badge--pending {
    color: var(--coach-color-text-muted);
  }
  .dashboard__badge--accepted {
    color: var(--coach-color-success);
  }
  .dashboard__badge--declined {
    color: var(--coach-color-danger);
  }
  .dashboard__pagination {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    justify-content: flex-end;
    margin-top: 0.75rem;
  }

  /* Buttons */
  .dashboard__button {
    font: inherit;
    cursor: pointer;
    min-height: 2.5rem;
    padding: 0.4rem 1rem;
    border-radius: calc(var(--coach-radius) * 0.75);
    border: 1px solid var(--coach-color-border);
    background: var(--coach-color-surface);
    color: var(--coach-color-text);
  }
  .dashboard__button--small {
    min-height: 2rem;
    padding: 0.2rem 0.75rem;
    font-size: 0.875rem;
  }
  .dashboard__button--primary {
    background: var(--coach-color-accent);
    border-color: var(--coach-color-accent);
    color: var(--coach-color-on-accent);
  }
  .dashboard__button--primary:hover:not(:disabled) {
    background: var(--coach-color-accent-hover);
  }
  .dashboard__button--danger {
    background: var(--coach-color-background);
    border-color: var(--coach-color-danger);
    color: var(--coach-color-danger);
  }
  .dashboard__button--danger-solid {
    background: var(--coach-color-danger-surface);
    border: 2px solid var(--coach-color-danger);
    color: var(--coach-color-danger);
    font-weight: 600;
  }
  .dashboard__button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .dashboard__link {
    font: inherit;
    font-weight: 600;
    background: none;
    border: none;
    padding: 0;
    color: var(--coach-color-accent);
    cursor: pointer;
    text-align: left;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .dashboard__back {
    margin-bottom: 0.5rem;
  }

  /* Messages */
  .dashboard__error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 1rem;
    padding: 0.6rem 0.9rem;
    border: 1px solid var(--coach-color-danger);
    border-radius: var(--coach-radius);
    background: var(--coach-color-danger-surface);
    color: var(--coach-color-text);
  }
  .dashboard__error-actions {
    display: flex;
    gap: 0.5rem;
  }
  .dashboard__notice,
  .dashboard__invite {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin: 0.75rem 0;
    padding: 0.6rem 0.9rem;
    border-radius: var(--coach-radius);
    border: 1px solid var(--coach-color-border);
    border-left-width: 4px;
    background: var(--coach-color-surface);
  }
  .dashboard__notice--sent,
  .dashboard__invite--sent {
    border-left-color: var(--coach-color-success);
  }
  .dashboard__notice--queued,
  .dashboard__notice--sending,
  .dashboard__invite--queued,
  .dashboard__invite--sending {
    border-left-color: var(--coach-color-warning);
  }
  .dashboard__notice--failed,
  .dashboard__invite--failed {
    border-left-color: var(--coach-color-danger);
  }

  /* Report */
  .dashboard__report-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-end;
    gap: 0.5rem 1.5rem;
  }
  .dashboard__overall {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .dashboard__figure {
    font-size: 2rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .dashboard__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .dashboard__section {
    border-top: 1px solid var(--coach-color-chart-track);
    margin-top: 1.25rem;
  }
  .dashboard__columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0 1.5rem;
  }
  .dashboard__list {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
  }
  .dashboard__questions {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .dashboard__question {
    padding: 0.75rem 1rem;
    margin-bottom: 0.75rem;
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
  }
  .dashboard__question-heading {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-top: 0;
    cursor: pointer;
  }
  .dashboard__question-heading .dashboard__question-text {
    flex-basis: 100%;
  }
  .dashboard__scores {
    margin-top: 0.5rem;
  }
  .dashboard__question-text {
    font-weight: 600;
  }
  .dashboard__answer,
  .dashboard__prompt {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .dashboard__evidence {
    margin: 0.25rem 0;
    padding-left: 0.75rem;
    border-left: 3px solid var(--coach-color-accent);
    color: var(--coach-color-text-muted);
    font-style: italic;
  }
  .dashboard__facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
    margin: 0.5rem 0;
  }
  .dashboard__facts dt {
    font-size: 0.85rem;
    color: var(--coach-color-text-muted);
  }
  .dashboard__facts dd {
    margin: 0;
  }
  .dashboard__conversation {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .dashboard__message {
    padding: 0.5rem 0.75rem;
    margin-bottom: 0.5rem;
    border-radius: var(--coach-radius);
    border: 1px solid var(--coach-color-border);
  }
  .dashboard__message--interviewer {
    background: var(--coach-color-surface);
  }
  .dashboard__code {
    margin: 0.25rem 0 0;
    white-space: pre-wrap;
    font-family: var(--coach-font-family-mono);
    font-size: 0.9rem;
  }
  .dashboard__history {
    margin: 0;
    padding-left: 1.25rem;
  }

  /* Dialog */
  .dashboard__dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
    background: var(--coach-color-background);
    color: var(--coach-color-text);
    font-family: var(--coach-font-family);
    line-height: 1.5;
  }
  .dashboard__dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dashboard__dialog-title {
    font-size: 1.2rem;
    margin: 0 0 0.5rem;
  }
  .dashboard__dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1.25rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    .dashboard__button {
      transition: background-color 120ms ease;
    }
  }
  @media print {
    .dashboard__actions,
    .dashboard__pagination,
    .dashboard__filters,
    .dashboard__back,
    .dashboard__error {
      display: none;
    }
  }
`;
