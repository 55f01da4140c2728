import { html, nothing, type TemplateResult } from 'lit';
import type { ShownEvaluation } from '../../../controllers/session-controller.js';
import { formatString } from '../../../strings.js';
import { renderEvidence, renderList } from './render-list.js';
import type { ViewContext } from './view-context.js';

function renderEvaluation(context: ViewContext, shown: ShownEvaluation): TemplateResult {
  const { strings, session } = context;
  const { evaluation } = shown;
  return html`<div class="coach__answered">
      <h3 class="coach__subheading">${strings.reportYourAnswer}</h3>
      <p class="coach__prewrap coach__answer-text" part="submitted-answer">${shown.answer}</p>
    </div>
    <section class="coach__evaluation" part="evaluation" aria-labelledby="coach-evaluation-heading">
      <h3 id="coach-evaluation-heading" class="coach__heading coach__heading--small" tabindex="-1" data-autofocus>${strings.evaluationHeading}</h3>
      <p class="coach__score" part="score">
        ${formatString(strings.evaluationScore, { score: context.formatScore(evaluation.score) })}
        <meter min="0" max="10" low="4" high="7" optimum="10" value=${evaluation.score} aria-hidden="true"></meter>
      </p>
      <p class="coach__prewrap" part="feedback">${evaluation.feedback}</p>
      ${renderEvidence(strings.evidenceHeading, evaluation.evidence)}
      ${renderList(strings.strengthsHeading, evaluation.strengths, 'strengths')}
      ${renderList(strings.improvementsHeading, evaluation.improvements, 'improvements')}
      ${
        evaluation.scoring.length > 0
          ? html`<details class="coach__details" part="scoring">
            <summary>${strings.scoringHeading}</summary>
            <ul class="coach__list">
              ${evaluation.scoring.map((line) => html`<li>${line}</li>`)}
            </ul>
          </details>`
          : nothing
      }
      <div class="coach__actions">
        <button type="button" class="coach__button coach__button--primary" part="button next-button" @click=${() => session.advance()}>
          ${shown.nextQuestion ? strings.nextQuestion : strings.finishQuestions}
        </button>
      </div>
    </section>`;
}

function renderAnswerForm(context: ViewContext): TemplateResult {
  const { strings, session, dictation } = context;
  const busy = session.busy === 'answer';
  return html`<form class="coach__form" part="answer-form" @submit=${context.onAnswerSubmit}>
    <label class="coach__label" for="coach-answer">${strings.answerLabel}</label>
    <textarea
      id="coach-answer"
      class="coach__textarea"
      part="answer"
      aria-describedby="coach-answer-hint"
      .value=${session.answerDraft}
      ?readonly=${busy}
      @input=${context.onAnswerInput}
      @keydown=${context.onAnswerKeydown}
    ></textarea>
    <p id="coach-answer-hint" class="coach__hint">${strings.answerHint}</p>
    <div class="coach__actions">
      <button type="submit" class="coach__button coach__button--primary" part="button submit-button" ?disabled=${busy || !session.answerDraft.trim()}>
        ${strings.answerSubmit}
      </button>
      ${
        dictation.supported
          ? html`<button
            type="button"
            class="coach__button"
            part="button dictate-button"
            aria-pressed=${dictation.listening ? 'true' : 'false'}
            ?disabled=${busy}
            @click=${context.onDictate}
          >
            ${dictation.listening ? strings.dictateStop : strings.dictateStart}
          </button>`
          : nothing
      }
      ${dictation.listening ? html`<span class="coach__muted" role="status">${strings.dictateListening}</span>` : nothing}
    </div>
    ${busy ? html`<p class="coach__pending" part="pending" role="status"><span class="coach__spinner" aria-hidden="true"></span>${strings.answerSubmitting}</p>` : nothing}
  </form>`;
}

/** One question: its text, the answer box, then the evaluation and the way on. */
export function renderInterview(context: ViewContext): TemplateResult | typeof nothing {
  const { strings, session, audio } = context;
  const question = session.question;
  if (!question) return nothing;
  const shown = session.shownEvaluation?.questionId === question.id ? session.shownEvaluation : null;
  return html`<section class="coach__view" part="interview" aria-labelledby="coach-question">
    <p class="coach__eyebrow" part="progress">
      ${
        question.is_follow_up
          ? html`<span part="follow-up">${formatString(strings.questionFollowUp, { number: session.questionNumber })}</span>`
          : html`<span>${formatString(strings.questionProgress, { number: session.questionNumber, total: session.totalQuestions })}</span>`
      }
      <span class="coach__badge" part="question-kind">
        ${question.kind === 'technical' ? strings.questionKindTechnical : strings.questionKindBehavioral}
      </span>
    </p>
    <h2 id="coach-question" class="coach__heading coach__question" part="question" tabindex="-1" ?data-autofocus=${!shown}>${question.text}</h2>
    ${
      audio.enabled
        ? html`<button type="button" class="coach__button coach__button--quiet coach__button--small" part="button repeat-button" @click=${context.onRepeatQuestion}>
          ${strings.repeatQuestion}
        </button>`
        : nothing
    }
    ${shown ? renderEvaluation(context, shown) : renderAnswerForm(context)}
  </section>`;
}
