import { css } from 'lit';

/** What only the DSA round shows: the problem's examples, the editors, the languages and the conversation. */
export const coachDsaRoundStyles = css`
  :host > * + * {
    margin-top: 1rem;
  }

  .coach__editor {
    min-height: 14rem;
    font-family: var(--coach-font-family-mono);
    font-size: 0.9em;
    tab-size: 4;
    white-space: pre;
  }

  .coach__languages {
    border: 0;
    padding: 0;
    margin: 1rem 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }

  .coach__language {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }

  .coach__examples {
    border-collapse: collapse;
    width: 100%;
    display: block;
    overflow-x: auto;
  }

  .coach__examples th,
  .coach__examples td {
    padding: 0.375rem 0.75rem 0.375rem 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--coach-color-border);
  }

  /* Long inputs wrap inside their cell, so the expected output stays in view beside them. */
  .coach__examples td code {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .coach__problem code {
    padding: 0 0.2em;
    border-radius: 0.25em;
    background: var(--coach-color-background);
  }

  .coach__code {
    font-family: var(--coach-font-family-mono);
    font-size: 0.9em;
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .coach__messages {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .coach__message {
    padding: 0.5rem 0.75rem;
    border-radius: var(--coach-radius);
    background: var(--coach-color-background);
    border: 1px solid var(--coach-color-border);
  }

  .coach__message--candidate {
    margin-inline-start: 2rem;
  }

  .coach__message--interviewer {
    margin-inline-end: 2rem;
    border-inline-start: 3px solid var(--coach-color-accent);
  }

  .coach__message-author {
    display: block;
    color: var(--coach-color-text-muted);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .coach__cases td,
  .coach__cases th {
    text-align: left;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--coach-color-border, #e4e7ec);
    vertical-align: top;
  }

  .coach__cases {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }

  .coach__pass {
    color: var(--coach-color-success, #15803d);
  }

  .coach__fail {
    color: var(--coach-color-danger, #b42318);
  }
`;
