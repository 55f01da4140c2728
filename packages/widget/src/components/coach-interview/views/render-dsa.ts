import { html, nothing, type TemplateResult } from 'lit';
import type { DsaView } from '../../../controllers/session-controller.js';
import { parseInline, parseLightMarkdown, type InlineToken } from '../../../internal/light-markdown.js';
import { formatString } from '../../../strings.js';
import type { ViewContext } from './view-context.js';

function renderInline(tokens: InlineToken[]): TemplateResult[] {
  // Every token is bound as text: the model's words never become markup.
  return tokens.map((token) =>
    token.type === 'code'
      ? html`<code>${token.text}</code>`
      : token.type === 'strong'
        ? html`<strong>${token.text}</strong>`
        : token.type === 'em'
          ? html`<em>${token.text}</em>`
          : html`${token.text}`,
  );
}

function renderStatement(source: string): TemplateResult[] {
  return parseLightMarkdown(source).map((block) => {
    if (block.type === 'paragraph') return html`<p class="coach__prewrap">${renderInline(block.inline)}</p>`;
    const items = block.items.map((item) => html`<li>${renderInline(item)}</li>`);
    return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  });
}

function renderProblem(context: ViewContext, dsa: DsaView): TemplateResult {
  const { strings } = context;
  const { problem } = dsa;
  const explained = problem.examples.some((example) => example.explanation);
  return html`<div class="coach__problem" part="dsa-problem">
    ${renderStatement(problem.prompt)}
    ${problem.examples.length > 0
      ? html`<h3 class="coach__subheading" id="coach-dsa-examples">${strings.dsaExamples}</h3>
          <table class="coach__examples" part="dsa-examples" aria-labelledby="coach-dsa-examples">
            <thead>
              <tr>
                <th scope="col">${strings.dsaExampleInput}</th>
                <th scope="col">${strings.dsaExampleOutput}</th>
                ${explained ? html`<th scope="col">${strings.dsaExampleExplanation}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${problem.examples.map(
                (example) => html`<tr>
                  <td><code>${example.input}</code></td>
                  <td><code>${example.output}</code></td>
                  ${explained ? html`<td>${renderInline(parseInline(example.explanation ?? ''))}</td>` : nothing}
                </tr>`,
              )}
            </tbody>
          </table>`
      : nothing}
  </div>`;
}

function renderConversation(context: ViewContext, dsa: DsaView): TemplateResult | typeof nothing {
  const { strings } = context;
  if (dsa.messages.length === 0) return nothing;
  return html`<section class="coach__conversation" part="dsa-conversation" aria-labelledby="coach-conversation-heading">
    <h3 id="coach-conversation-heading" class="coach__subheading">${strings.dsaConversation}</h3>
    <ol class="coach__messages">
      ${dsa.messages.map(
        (message) => html`<li class="coach__message coach__message--${message.role}" part="dsa-message dsa-message-${message.role}">
          <span class="coach__message-author">${message.role === 'candidate' ? strings.dsaYou : strings.dsaInterviewer}</span>
          ${message.kind === 'pseudocode'
            ? html`<pre class="coach__code">${message.text}</pre>`
            : html`<p class="coach__prewrap">${message.text}</p>`}
        </li>`,
      )}
    </ol>
    ${dsa.score !== null ? html`<p class="coach__muted" part="dsa-score">${formatString(strings.dsaScore, { score: context.formatScore(dsa.score) })}</p>` : nothing}
  </section>`;
}

/** The DSA round: the problem, a pseudocode editor, and the conversation with the interviewer. */
export function renderDsa(context: ViewContext): TemplateResult | typeof nothing {
  const { strings, session } = context;
  const dsa = session.dsa;
  if (!dsa) return nothing;
  const busy = session.busy !== null;
  const submitted = dsa.submissions > 0;
  return html`<section class="coach__view" part="dsa" aria-labelledby="coach-dsa-heading">
    <p class="coach__eyebrow">${strings.dsaHeading}</p>
    <h2 id="coach-dsa-heading" class="coach__heading" tabindex="-1" data-autofocus>${dsa.problem.title}</h2>
    ${renderProblem(context, dsa)}
    <form class="coach__form" @submit=${context.onPseudocodeSubmit}>
      <label class="coach__label" for="coach-dsa-editor">${strings.dsaEditorLabel}</label>
      <textarea
        id="coach-dsa-editor"
        class="coach__textarea coach__editor"
        part="dsa-editor"
        spellcheck="false"
        autocapitalize="off"
        autocomplete="off"
        aria-describedby="coach-dsa-editor-hint"
        .value=${session.dsaDraft}
        ?readonly=${session.busy === 'dsa-submit' || dsa.done}
        @keydown=${context.onEditorKeydown}
        @input=${context.onEditorInput}
        @blur=${context.onEditorBlur}
      ></textarea>
      <p id="coach-dsa-editor-hint" class="coach__hint">${strings.dsaEditorHint}</p>
      ${dsa.done
        ? nothing
        : html`<div class="coach__actions">
            <button type="submit" class="coach__button ${submitted ? '' : 'coach__button--primary'}" part="button dsa-submit-button" ?disabled=${busy || !session.dsaDraft.trim()}>
              ${strings.dsaSubmit}
            </button>
          </div>`}
    </form>
    ${renderConversation(context, dsa)}
    ${submitted && !dsa.done
      ? html`<form class="coach__form" @submit=${context.onReplySubmit}>
          <label class="coach__label" for="coach-dsa-reply">${strings.dsaReplyLabel}</label>
          <textarea
            id="coach-dsa-reply"
            class="coach__textarea coach__textarea--short"
            part="dsa-reply"
            aria-describedby="coach-answer-hint"
            .value=${session.dsaReplyDraft}
            ?readonly=${session.busy === 'dsa-reply'}
            @input=${context.onReplyInput}
            @keydown=${context.onReplyKeydown}
          ></textarea>
          <p id="coach-answer-hint" class="coach__hint">${strings.answerHint}</p>
          <div class="coach__actions">
            <button type="submit" class="coach__button coach__button--primary" part="button dsa-send-button" ?disabled=${busy || !session.dsaReplyDraft.trim()}>
              ${strings.dsaSend}
            </button>
          </div>
        </form>`
      : nothing}
    ${session.busy === 'dsa-submit' || session.busy === 'dsa-reply'
      ? html`<p class="coach__pending" part="pending" role="status"><span class="coach__spinner" aria-hidden="true"></span>${strings.working}</p>`
      : nothing}
    ${dsa.done ? html`<p class="coach__notice" part="dsa-done">${strings.dsaDone}</p>` : nothing}
    ${submitted
      ? html`<div class="coach__actions">
          <button type="button" class="coach__button ${dsa.done ? 'coach__button--primary' : 'coach__button--quiet'}" part="button report-button" ?disabled=${busy} @click=${() => session.finish()}>
            ${strings.dsaFinish}
          </button>
        </div>`
      : nothing}
  </section>`;
}
