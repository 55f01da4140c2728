import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './view-context.js';

/**
 * Between the questions and the report. With a template that includes the DSA round, the
 * round is the main way on and the report one click away; otherwise the report is the only
 * way on (the server hands out no round the interview does not include).
 */
export function renderQuestionsDone(context: ViewContext): TemplateResult {
  const { strings, session } = context;
  const busy = session.busy !== null;
  const startDsa = html`<button
    type="button"
    class="coach__button coach__button--primary"
    part="button dsa-button"
    ?disabled=${busy}
    @click=${() => session.startDsa()}
  >
    ${strings.startDsa}
  </button>`;
  const seeReport = html`<button
    type="button"
    class="coach__button ${session.includeDsa ? '' : 'coach__button--primary'}"
    part="button report-button"
    ?disabled=${busy}
    @click=${() => session.finish()}
  >
    ${session.includeDsa ? strings.skipDsa : strings.seeReport}
  </button>`;
  return html`<section class="coach__view" part="questions-done" aria-labelledby="coach-done-heading">
    <h2 id="coach-done-heading" class="coach__heading" tabindex="-1" data-autofocus>${strings.questionsDoneHeading}</h2>
    <p>${session.includeDsa ? strings.questionsDoneWithDsa : strings.questionsDoneWithoutDsa}</p>
    <div class="coach__actions">${session.includeDsa ? [startDsa, seeReport] : seeReport}</div>
    ${
      session.busy === 'dsa-start' || session.busy === 'report'
        ? html`<p class="coach__pending" role="status"><span class="coach__spinner" aria-hidden="true"></span>${strings.working}</p>`
        : ''
    }
  </section>`;
}
