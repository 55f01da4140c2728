import type { CoachSchemas } from '@coach/client';
import { html, nothing, type TemplateResult } from 'lit';
import { renderScoreChart, type ScoreBar } from '../../internal/score-chart.js';
import { formatString } from '../../strings.js';
import { renderEvidence, renderList } from '../coach-interview/views/render-list.js';
import { SessionPart } from '../session-part.js';
import { coachReportStyles } from './coach-report.styles.js';

type CombinedReport = CoachSchemas['CombinedReport'];

/**
 * The candidate's report below its heading: scores as a chart, the summary, strengths and
 * improvements, each question's feedback and the DSA round. `<coach-interview>` loads it when
 * the report is shown and drives it through its session; it is an element of its own so that
 * the widget's first load stays small. Printable.
 *
 * @summary The report inside `<coach-interview>`, loaded when it is first shown; not used on its own.
 */
export class CoachReport extends SessionPart {
  static override styles = [...SessionPart.styles, coachReportStyles];

  protected override render(): TemplateResult | typeof nothing {
    const report = this.session?.report;
    if (!report) return nothing;
    const { strings, session } = this;
    return html`<p class="coach__overall" part="report-overall">
        <span>${strings.reportOverall}</span>
        <strong class="coach__overall-score">${this.formatScore(report.overall_score)}</strong><span class="coach__muted">/ 10</span>
      </p>
      ${renderScoreChart(this.chartBars(report), { label: strings.reportChartLabel, format: this.formatScore })}
      ${
        report.behavioral.summary
          ? html`<section class="coach__report-section">
            <h3 class="coach__subheading">${strings.reportSummary}</h3>
            <p class="coach__prewrap" part="report-summary">${report.behavioral.summary}</p>
          </section>`
          : nothing
      }
      <div class="coach__columns">
        ${renderList(strings.strengthsHeading, report.behavioral.strengths, 'report-strengths')}
        ${renderList(strings.improvementsHeading, report.behavioral.improvements, 'report-improvements')}
      </div>
      ${this.renderQuestions(report)} ${this.renderDsa(report)}
      <p class="coach__muted coach__small" part="report-id">${formatString(strings.reportId, { id: report.report_id })}</p>
      <div class="coach__actions coach__no-print">
        <button type="button" class="coach__button coach__button--primary" part="button print-button" @click=${() => window.print()}>${strings.reportPrint}</button>
        <button type="button" class="coach__button coach__button--quiet" part="button restart-button" @click=${() => session.restart()}>${strings.reportRestart}</button>
      </div>`;
  }

  private chartBars(report: CombinedReport): ScoreBar[] {
    const { strings } = this;
    const bars: ScoreBar[] = [{ label: strings.reportPartOverall, score: report.overall_score }];
    if (report.behavioral_score !== null) bars.push({ label: strings.reportPartBehavioral, score: report.behavioral_score });
    if (report.technical_score !== null) bars.push({ label: strings.reportPartTechnical, score: report.technical_score });
    if (report.dsa_score !== null) bars.push({ label: strings.reportPartDsa, score: report.dsa_score });
    return bars;
  }

  private renderQuestions(report: CombinedReport): TemplateResult | typeof nothing {
    const { strings } = this;
    const { questions } = report.behavioral;
    if (questions.length === 0) return nothing;
    return html`<section class="coach__report-section" aria-labelledby="coach-report-questions">
      <h3 id="coach-report-questions" class="coach__subheading">${strings.reportQuestions}</h3>
      <ol class="coach__report-questions" part="report-questions">
        ${questions.map(
          (question, index) => html`<li class="coach__report-question" part="report-question">
            <h4 class="coach__report-question-title">
              <span class="coach__muted">${formatString(strings.reportQuestion, { number: index + 1 })}</span>
              ${question.question}
            </h4>
            <p class="coach__score">${formatString(strings.evaluationScore, { score: this.formatScore(question.score) })}</p>
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

  private renderDsa(report: CombinedReport): TemplateResult | typeof nothing {
    const { strings } = this;
    const { dsa } = report;
    if (!dsa) return nothing;
    return html`<section class="coach__report-section" part="report-dsa">
      <h3 class="coach__subheading">${formatString(strings.reportDsa, { title: dsa.problem_title })}</h3>
      <p class="coach__score">${formatString(strings.evaluationScore, { score: this.formatScore(dsa.score) })}</p>
      ${dsa.approach ? html`<p>${formatString(strings.reportApproach, { approach: dsa.approach })}</p>` : nothing}
      ${dsa.time_complexity ? html`<p>${formatString(strings.reportComplexity, { complexity: dsa.time_complexity })}</p>` : nothing}
      ${
        dsa.code
          ? html`<p part="report-code">
            ${formatString(strings.reportCode, {
              language: dsa.code.language === 'python' ? 'Python' : 'JavaScript',
              passed: dsa.code.tests_passed,
              total: dsa.code.tests_total,
            })}
            ${dsa.code.timing_note ?? ''}
          </p>`
          : nothing
      }
      <p class="coach__prewrap">${dsa.feedback}</p>
    </section>`;
  }
}

if (!customElements.get('coach-report')) customElements.define('coach-report', CoachReport);

declare global {
  interface HTMLElementTagNameMap {
    'coach-report': CoachReport;
  }
}
