import { css } from 'lit';

/** The webhooks panel's styles; colours and fonts come from the `--coach-*` tokens. */
export const coachWebhooksPanelStyles = css`
  :host {
    display: block;
    font: var(--coach-font-size) / 1.5 var(--coach-font-family);
    color: var(--coach-color-text);
  }
  .section {
    background: var(--coach-color-surface);
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
    padding: var(--coach-spacing);
    margin-block-end: var(--coach-spacing);
  }
  label,
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
    border: 0;
    padding: 0;
  }
  fieldset > legend {
    padding: 0;
    flex: 1 1 100%;
  }
  fieldset > ol {
    flex: 1 1 100%;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  fieldset > ol:empty {
    display: none;
  }
  /* Every field the same box: text, address, date and number inputs, lists and text areas. */
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea,
  button {
    font: inherit;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
    background: var(--coach-color-background);
    color: var(--coach-color-text);
  }
  /* Fields take the row below their label, full width; short values (dates, counts, choices) a fixed width. */
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    flex: 1 1 100%;
    box-sizing: border-box;
    min-width: 0;
  }
  input[type='date'],
  input[type='number'],
  select {
    flex: 0 1 14rem;
  }
  label:has(> select),
  label:has(> input[type='date']),
  label:has(> input[type='number']) {
    flex-direction: column;
    align-items: flex-start;
  }
  label:has(> select) > select,
  label:has(> input[type='date']) > input,
  label:has(> input[type='number']) > input {
    width: 14rem;
    max-width: 100%;
    flex: none;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  /* A checkbox sits before its words, on one line. */
  label:has(> input[type='checkbox']) {
    flex-wrap: nowrap;
    align-items: center;
    gap: 0.5rem;
  }
  button {
    cursor: pointer;
  }
  .primary {
    background: var(--coach-color-accent);
    color: var(--coach-color-on-accent);
  }
  :focus-visible {
    outline: 2px solid var(--coach-color-focus);
    outline-offset: 2px;
  }
  code {
    font-family: var(--coach-font-family-mono);
    word-break: break-all;
  }
  ul {
    list-style: none;
    padding: 0;
  }
  li {
    border-block-start: 1px solid var(--coach-color-border);
    padding-block: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .url {
    font-weight: 600;
    word-break: break-all;
    flex: 1 1 16rem;
  }
  .muted {
    color: var(--coach-color-text-muted);
  }
  span[data-status='succeeded'],
  [data-enabled='true'] {
    color: var(--coach-color-success);
  }
  span[data-status='failed'],
  [data-enabled='false'],
  .error {
    color: var(--coach-color-danger);
  }
  span[data-status='queued'] {
    color: var(--coach-color-warning);
  }
  .error {
    background: var(--coach-color-danger-surface);
    padding: 0.5rem;
  }
`;
