import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from './view-context.js';

/** The DSA round: its heading here, the rest in `<coach-dsa-round>`, loaded when the round starts. */
export function renderDsa(context: ViewContext): TemplateResult | typeof nothing {
  const { strings, session } = context;
  const dsa = session.dsa;
  if (!dsa) return nothing;
  return html`<section class="coach__view" part="dsa" aria-labelledby="coach-dsa-heading">
    <p class="coach__eyebrow">${strings.dsaHeading}</p>
    <h2 id="coach-dsa-heading" class="coach__heading" tabindex="-1" data-autofocus>${dsa.question.title}</h2>
    ${
      context.dsaRoundReady
        ? html`<coach-dsa-round exportparts=${DSA_PARTS} .session=${session} .strings=${strings} .formatScore=${context.formatScore} .tick=${context.tick}></coach-dsa-round>`
        : html`<p class="coach__pending" part="pending" role="status"><span class="coach__spinner" aria-hidden="true"></span>${strings.working}</p>`
    }
  </section>`;
}

/** The round's parts, styleable from outside `<coach-interview>` as before the round had an element of its own. */
const DSA_PARTS = [
  'dsa-problem',
  'dsa-examples',
  'dsa-languages',
  'dsa-language',
  'dsa-editor',
  'dsa-code-editor',
  'dsa-submit-button',
  'code-run-button',
  'code-submit-button',
  'code-summary',
  'code-problem',
  'code-cases',
  'code-case',
  'dsa-conversation',
  'dsa-message',
  'dsa-message-candidate',
  'dsa-message-interviewer',
  'dsa-score',
  'dsa-reply',
  'dsa-send-button',
  'dsa-done',
  'report-button',
  'button',
  'pending',
].join(', ');
