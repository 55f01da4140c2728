import { css } from 'lit';

/**
 * Styles of `<coach-interview>`. Colours come only from the `--coach-*` tokens (see
 * `themes/`), so every theme meets the contrast the token tests check.
 */
export const coachInterviewStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }

  .coach {
    box-sizing: border-box;
    max-width: var(--max-width, 48rem);
    margin-inline: auto;
    padding: var(--coach-spacing);
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
    background: var(--coach-color-background);
    color: var(--coach-color-text);
    font-family: var(--coach-font-family);
    font-size: var(--coach-font-size);
    line-height: 1.5;
  }
  .coach *,
  .coach *::before,
  .coach *::after {
    box-sizing: inherit;
  }

  .coach__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding-bottom: 0.75rem;
    margin-bottom: var(--coach-spacing);
    border-bottom: 1px solid var(--coach-color-border);
  }
  .coach__title {
    font-weight: 600;
  }
  .coach__header-meta {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }

  .coach__view > * + * {
    margin-top: 0.75rem;
  }
  .coach__heading {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .coach__heading--small {
    font-size: 1.125em;
  }
  .coach__heading:focus {
    outline: none;
  }
  .coach__heading:focus-visible {
    outline: 2px solid var(--coach-color-focus);
    outline-offset: 2px;
  }
  .coach__subheading {
    margin: 1rem 0 0.25rem;
    font-size: 1em;
  }
  .coach__eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0;
    color: var(--coach-color-text-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .coach__muted {
    color: var(--coach-color-text-muted);
  }
  .coach__small {
    font-size: 0.875em;
  }
  .coach__hint {
    margin: 0.25rem 0 0;
    color: var(--coach-color-text-muted);
    font-size: 0.875em;
  }
  .coach__prewrap {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .coach p {
    margin: 0;
  }
  .coach__badge {
    padding: 0 0.5rem;
    border: 1px solid var(--coach-color-border);
    border-radius: 999px;
    font-weight: 500;
  }
  .coach__live {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .coach__button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
    background: var(--coach-color-surface);
    color: var(--coach-color-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .coach__button:hover:not(:disabled) {
    border-color: var(--coach-color-accent);
  }
  .coach__button--primary {
    border-color: var(--coach-color-accent);
    background: var(--coach-color-accent);
    color: var(--coach-color-on-accent);
  }
  .coach__button--primary:hover:not(:disabled) {
    background: var(--coach-color-accent-hover);
  }
  .coach__button--quiet {
    border-color: transparent;
    background: transparent;
    color: var(--coach-color-accent);
    text-decoration: underline;
  }
  .coach__button--small {
    min-height: 2rem;
    padding: 0.25rem 0.5rem;
    font-size: 0.875em;
  }
  .coach__button[aria-pressed='true'] {
    border-color: var(--coach-color-accent);
    box-shadow: inset 0 0 0 1px var(--coach-color-accent);
  }
  .coach__button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .coach__button:focus-visible,
  .coach__textarea:focus-visible,
  .coach__dropzone:focus-within {
    outline: 3px solid var(--coach-color-focus);
    outline-offset: 2px;
  }

  .coach__form {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .coach__label {
    margin-top: 0.75rem;
    font-weight: 600;
  }
  .coach__textarea {
    width: 100%;
    min-height: 10rem;
    padding: 0.625rem;
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
    background: var(--coach-color-background);
    color: var(--coach-color-text);
    font: inherit;
    resize: vertical;
  }
  .coach__textarea--short {
    min-height: 5rem;
  }
  .coach__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }

  .coach__choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--coach-spacing);
    padding: 0;
    list-style: none;
  }
  .coach__choice {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--coach-spacing);
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
    background: var(--coach-color-surface);
  }
  .coach__choice .coach__button {
    margin-top: auto;
    align-self: flex-start;
  }
  .coach__choice-title {
    margin: 0;
    font-size: 1.0625em;
  }

  .coach__dropzone {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    padding: 1.5rem var(--coach-spacing);
    border: 2px dashed var(--coach-color-border);
    border-radius: var(--coach-radius);
    background: var(--coach-color-surface);
    text-align: center;
  }
  .coach__dropzone--active {
    border-color: var(--coach-color-accent);
    border-style: solid;
  }
  .coach__file-input {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .coach__field-error {
    color: var(--coach-color-danger);
    font-weight: 600;
  }
  .coach__progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
  .coach__progress progress {
    flex: 1 1 12rem;
    accent-color: var(--coach-color-accent);
  }

  .coach__pending {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.75rem;
    color: var(--coach-color-text-muted);
  }
  .coach__spinner {
    width: 1rem;
    height: 1rem;
    border: 2px solid var(--coach-color-border);
    border-top-color: var(--coach-color-accent);
    border-radius: 50%;
    animation: coach-spin 0.8s linear infinite;
  }
  @keyframes coach-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .coach__spinner {
      animation: none;
    }
  }

  .coach__answered,
  .coach__evaluation,
  .coach__problem,
  .coach__conversation,
  .coach__report-section,
  .coach__notice {
    padding: var(--coach-spacing);
    border: 1px solid var(--coach-color-border);
    border-radius: var(--coach-radius);
    background: var(--coach-color-surface);
  }
  .coach__answered > :first-child,
  .coach__evaluation > :first-child,
  .coach__problem > :first-child,
  .coach__conversation > :first-child,
  .coach__report-section > :first-child {
    margin-top: 0;
  }
  .coach__score {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    font-weight: 700;
  }
  .coach__list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .coach__details {
    margin-top: var(--coach-spacing);
  }
  .coach__details summary {
    cursor: pointer;
    font-weight: 600;
  }
  .coach__details[open] summary {
    margin-bottom: 0.5rem;
  }
  .coach__list--quotes {
    list-style: none;
    padding: 0;
  }
  .coach__list--quotes li {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--coach-color-accent);
  }
  .coach__list--quotes li + li {
    margin-top: 0.375rem;
  }
  .coach__quote {
    font-style: italic;
  }

  code {
    font-family: var(--coach-font-family-mono);
    font-size: 0.9em;
  }

  .coach__answer-text {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--coach-color-border);
  }

  .coach__error {
    margin-bottom: var(--coach-spacing);
    padding: 0.75rem var(--coach-spacing);
    border: 1px solid var(--coach-color-danger);
    border-radius: var(--coach-radius);
    background: var(--coach-color-danger-surface);
    color: var(--coach-color-text);
  }
  .coach__error-title {
    margin: 0 0 0.25rem;
    color: var(--coach-color-danger);
    font-size: 1em;
  }
  .coach__error .coach__actions {
    margin-top: 0.5rem;
  }

  @media print {
    .coach {
      max-width: none;
      border: none;
      padding: 0;
    }
    .coach__header,
    .coach__no-print,
    .coach__button,
    .coach__error {
      display: none;
    }
    .coach__report-section {
      break-inside: avoid;
    }
  }
`;
