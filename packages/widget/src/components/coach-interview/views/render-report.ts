import { html, nothing, type TemplateResult } from 'lit';
import type { CombinedReport } from '../../../api/api-types.js';
import { renderScoreChart, type ScoreBar } from '../../../internal/score-chart.js';
import { formatString } from '../../../strings.js';
import { renderEvidence, renderList } from './render-list.js';
import type { ViewContext } from './view-context.js';

function chartBars(context: ViewContext, report: CombinedReport): ScoreBar[] {
  const { strings } = context;
  const bars: ScoreBar[] = [{ label: strings.reportPartOverall, score: report.overallScore }];
  if (report.behavioralScore !== null) bars.push({ label: strings.reportPartBehavioral, score: report.behavioralScore });
  if (report.technicalScore !== null) bars.push({ label: strings.reportPartTechnical, score: report.technicalScore });
  if (report.dsaScore !== null) bars.push({ label: strings.reportPartDsa, score: report.dsaScore });
  return bars;
}

function renderQuestions(context: ViewContext, report: CombinedReport): TemplateResult | typeof nothing {
  const { strings } = context;
  if (report.questions.length === 0) return nothing;
  return html`<section class="coach__report-section" aria-labelledby="coach-report-questions">
    <h3 id="coach-report-questions" class="coach__subheading">${strings.reportQuestions}</h3>
    <ol class="coach__report-questions" part="report-questions">
      ${report.questions.map(
        (question, index) => html`<li class="coach__report-question" part="report-question">
          <h4 class="coach__report-question-title">
            <span class="coach__muted">${formatString(strings.reportQuestion, { number: index + 1 })}</span>
            ${question.question}
          </h4>
          <p class="coach__score">${formatString(strings.evaluationScore, { score: context.formatScore(question.score) })}</p>
          ${
            question.answer
              ? html`<p class="coach__muted">${strings.reportYourAnswer}</p>
                <p class="coach__prewrap coach__answer-text">${question.answer}</p>`
              : nothing
          }
          <p class="coach__prewrap">${question.feedback}</p>
          ${renderEvidence(strings.evidenceHeading, question.evidence)}
        </li>`,
      )}
    </ol>
  </section>`;
}

/** The report: scores as a chart, summary, strengths, improvements, and each question's feedback. Printable. */
export function renderReport(context: ViewContext): TemplateResult {
  const { strings, session } = context;
  const report = session.report;
  return html`<section class="coach__view" part="report" aria-labelledby="coach-report-heading">
    <h2 id="coach-report-heading" class="coach__heading" tabindex="-1" data-autofocus>${strings.reportHeading}</h2>
    ${
      !report
        ? session.busy === 'report'
          ? html`<p class="coach__pending" role="status"><span class="coach__spinner" aria-hidden="true"></span>${strings.reportPreparing}</p>`
          : // A report that cannot be made (and cannot be retried) must not leave the candidate stuck.
            html`<div class="coach__actions">
            <button type="button" class="coach__button coach__button--quiet" part="button restart-button" @click=${() => session.restart()}>
              ${strings.reportRestart}
            </button>
          </div>`
        : html`<p class="coach__overall" part="report-overall">
            <span>${strings.reportOverall}</span>
            <strong class="coach__overall-score">${context.formatScore(report.overallScore)}</strong><span class="coach__muted">/ 10</span>
          </p>
          ${renderScoreChart(chartBars(context, report), { label: strings.reportChartLabel, format: context.formatScore })}
          ${
            report.summary
              ? html`<section class="coach__report-section">
                <h3 class="coach__subheading">${strings.reportSummary}</h3>
                <p class="coach__prewrap" part="report-summary">${report.summary}</p>
              </section>`
              : nothing
          }
          <div class="coach__columns">
            ${renderList(strings.strengthsHeading, report.strengths, 'report-strengths')}
            ${renderList(strings.improvementsHeading, report.improvements, 'report-improvements')}
          </div>
          ${renderQuestions(context, report)}
          ${
            report.dsa
              ? html`<section class="coach__report-section" part="report-dsa">
                <h3 class="coach__subheading">${formatString(strings.reportDsa, { title: report.dsa.title })}</h3>
                <p class="coach__score">${formatString(strings.evaluationScore, { score: context.formatScore(report.dsa.score) })}</p>
                ${report.dsa.approach ? html`<p>${formatString(strings.reportApproach, { approach: report.dsa.approach })}</p>` : nothing}
                ${report.dsa.timeComplexity ? html`<p>${formatString(strings.reportComplexity, { complexity: report.dsa.timeComplexity })}</p>` : nothing}
                ${
                  report.dsa.code
                    ? html`<p part="report-code">
                      ${formatString(strings.reportCode, {
                        language: report.dsa.code.language === 'python' ? 'Python' : 'JavaScript',
                        passed: report.dsa.code.tests_passed,
                        total: report.dsa.code.tests_total,
                      })}
                      ${report.dsa.code.timing_note ?? ''}
                    </p>`
                    : nothing
                }
                <p class="coach__prewrap">${report.dsa.feedback}</p>
              </section>`
              : nothing
          }
          ${report.reportId ? html`<p class="coach__muted coach__small" part="report-id">${formatString(strings.reportId, { id: report.reportId })}</p>` : nothing}
          <div class="coach__actions coach__no-print">
            <button type="button" class="coach__button coach__button--primary" part="button print-button" @click=${context.onPrint}>${strings.reportPrint}</button>
            <button type="button" class="coach__button coach__button--quiet" part="button restart-button" @click=${() => session.restart()}>
              ${strings.reportRestart}
            </button>
          </div>`
    }
  </section>`;
}
