import { css } from 'lit';

/** What only the report shows: the overall score, the chart, and each question's feedback. */
export const coachReportStyles = css`
  :host > * + * {
    margin-top: 0.75rem;
  }

  .coach__overall {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    font-weight: 600;
  }
  .coach__overall-score {
    font-size: 2em;
    color: var(--coach-color-accent);
  }
  .coach__chart {
    display: block;
    max-width: 32rem;
    overflow: visible;
  }
  .coach__chart-label,
  .coach__chart-value {
    fill: var(--coach-color-text);
    font-size: 13px;
    font-family: var(--coach-font-family);
  }
  .coach__chart-value {
    font-weight: 700;
  }
  .coach__chart-track {
    fill: var(--coach-color-chart-track);
  }
  .coach__chart-bar {
    fill: var(--coach-color-accent);
  }
  .coach__columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--coach-spacing);
  }
  .coach__report-questions {
    display: flex;
    flex-direction: column;
    gap: var(--coach-spacing);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .coach__report-question {
    padding-top: 0.75rem;
    border-top: 1px solid var(--coach-color-border);
  }
  .coach__report-question > * + * {
    margin-top: 0.375rem;
  }
  .coach__report-question-title {
    margin: 0;
    font-size: 1em;
  }
  .coach__report-question-title span {
    display: block;
    font-size: 0.875em;
  }
  @media print {
    .coach__report-question {
      break-inside: avoid;
    }
  }
`;
