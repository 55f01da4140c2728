import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './view-context.js';

/** The report's parts, styleable from outside `<coach-interview>` as before the report had an element of its own. */
const REPORT_PARTS = [
  'report-overall',
  'report-chart',
  'report-summary',
  'report-strengths',
  'report-improvements',
  'report-questions',
  'report-question',
  'evidence',
  'report-dsa',
  'report-code',
  'report-id',
  'button',
  'print-button',
  'restart-button',
].join(', ');

/** The report: its heading here, the rest in `<coach-report>`, loaded when the report is shown. */
export function renderReport(context: ViewContext): TemplateResult {
  const { strings, session } = context;
  const report = session.report;
  const pending = html`<p class="coach__pending" role="status"><span class="coach__spinner" aria-hidden="true"></span>${strings.reportPreparing}</p>`;
  return html`<section class="coach__view" part="report" aria-labelledby="coach-report-heading">
    <h2 id="coach-report-heading" class="coach__heading" tabindex="-1" data-autofocus>${strings.reportHeading}</h2>
    ${
      report
        ? context.reportReady
          ? html`<coach-report exportparts=${REPORT_PARTS} .session=${session} .strings=${strings} .formatScore=${context.formatScore} .tick=${context.tick}></coach-report>`
          : pending
        : session.busy === 'report'
          ? pending
          : // A report that cannot be made (and cannot be retried) must not leave the candidate stuck.
            html`<div class="coach__actions">
            <button type="button" class="coach__button coach__button--quiet" part="button restart-button" @click=${() => session.restart()}>
              ${strings.reportRestart}
            </button>
          </div>`
    }
  </section>`;
}
