import { html, nothing, type TemplateResult } from 'lit';
import type { CoachSchemas } from '@coach/client';
import type { CodeResult, DsaView } from '../../controllers/session-controller.js';
import { indentSelection, outdentSelection } from '../../internal/indentation.js';
import { parseInline, parseLightMarkdown, type InlineToken } from '../../internal/light-markdown.js';
import { formatString } from '../../strings.js';
import { SessionPart } from '../session-part.js';
import { coachDsaRoundStyles } from './coach-dsa-round.styles.js';

const LANGUAGE_NAMES: Record<string, string> = { pseudocode: 'Pseudocode', javascript: 'JavaScript', python: 'Python' };

/** A JSON value as a candidate would write it. */
function show(value: unknown): string {
  return value === undefined ? '' : (JSON.stringify(value) ?? String(value));
}

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

/**
 * The DSA round below its heading: the problem, the answer in pseudocode or in a language the
 * server runs (with "Run examples" and each test's outcome), and the conversation with the
 * interviewer. `<coach-interview>` loads it when the round starts and drives it through its
 * session; it is an element of its own so that the widget's first load stays small.
 *
 * @summary The DSA round inside `<coach-interview>`, loaded when the round starts; not used on its own.
 */
export class CoachDsaRound extends SessionPart {
  static override styles = [...SessionPart.styles, coachDsaRoundStyles];

  /** Code per language; an untouched language starts from its signature. */
  private drafts = new Map<string, string>();
  private tabReleased = false;

  protected override render(): TemplateResult | typeof nothing {
    const dsa = this.session?.dsa;
    if (!dsa) return nothing;
    const { session, strings } = this;
    const busy = session.busy !== null;
    const submitted = dsa.submissions > 0;
    const language = session.dsaLanguage;
    return html`${this.renderProblem(dsa)} ${this.renderLanguages(dsa.question.languages)}
      ${language === 'pseudocode' ? this.renderPseudocode(dsa) : this.renderCode(dsa, language)} ${this.renderConversation(dsa)}
      ${
        submitted && !dsa.done
          ? html`<form class="coach__form" @submit=${this.onReplySubmit}>
            <label class="coach__label" for="coach-dsa-reply">${strings.dsaReplyLabel}</label>
            <textarea
              id="coach-dsa-reply"
              class="coach__textarea coach__textarea--short"
              part="dsa-reply"
              aria-describedby="coach-answer-hint"
              .value=${session.dsaReplyDraft}
              ?readonly=${session.busy === 'dsa-reply'}
              @input=${this.onReplyInput}
              @keydown=${this.onReplyKeydown}
            ></textarea>
            <p id="coach-answer-hint" class="coach__hint">${strings.answerHint}</p>
            <div class="coach__actions">
              <button type="submit" class="coach__button coach__button--primary" part="button dsa-send-button" ?disabled=${busy || !session.dsaReplyDraft.trim()}>
                ${strings.dsaSend}
              </button>
            </div>
          </form>`
          : nothing
      }
      ${
        session.busy === 'dsa-submit' || session.busy === 'dsa-reply' || session.busy === 'code-run'
          ? html`<p class="coach__pending" part="pending" role="status"><span class="coach__spinner" aria-hidden="true"></span>${strings.working}</p>`
          : nothing
      }
      ${dsa.done ? html`<p class="coach__notice" part="dsa-done">${strings.dsaDone}</p>` : nothing}
      ${
        submitted
          ? html`<div class="coach__actions">
            <button
              type="button"
              class="coach__button ${dsa.done ? 'coach__button--primary' : 'coach__button--quiet'}"
              part="button report-button"
              ?disabled=${busy}
              @click=${() => session.finish()}
            >
              ${strings.dsaFinish}
            </button>
          </div>`
          : nothing
      }`;
  }

  private renderProblem(dsa: DsaView): TemplateResult {
    const { strings } = this;
    const problem = dsa.question;
    const explained = problem.examples.some((example) => example.explanation);
    return html`<div class="coach__problem" part="dsa-problem">
      ${renderStatement(problem.prompt)}
      ${
        problem.examples.length > 0
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
          : nothing
      }
    </div>`;
  }

  /** Pseudocode or a language the server runs; shown only when the problem offers more than pseudocode. */
  private renderLanguages(languages: string[]): TemplateResult | typeof nothing {
    const { session } = this;
    if (languages.length < 2) return nothing;
    return html`<fieldset class="coach__languages" part="dsa-languages">
      <legend class="coach__label">${this.strings.dsaLanguage}</legend>
      ${languages.map(
        (language) => html`<label class="coach__language">
          <input
            type="radio"
            name="coach-dsa-language"
            part="dsa-language"
            .value=${language}
            .checked=${session.dsaLanguage === language}
            ?disabled=${session.busy !== null}
            @change=${() => session.setDsaLanguage(language)}
          />
          ${LANGUAGE_NAMES[language] ?? language}
        </label>`,
      )}
    </fieldset>`;
  }

  private renderPseudocode(dsa: DsaView): TemplateResult {
    const { strings, session } = this;
    const busy = session.busy !== null;
    const submitted = dsa.submissions > 0;
    return html`<form class="coach__form" @submit=${this.onPseudocodeSubmit}>
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
        @keydown=${this.onEditorKeydown}
        @input=${this.onEditorInput}
        @blur=${() => (this.tabReleased = false)}
      ></textarea>
      <p id="coach-dsa-editor-hint" class="coach__hint">${strings.dsaEditorHint}</p>
      ${
        dsa.done
          ? nothing
          : html`<div class="coach__actions">
            <button type="submit" class="coach__button ${submitted ? '' : 'coach__button--primary'}" part="button dsa-submit-button" ?disabled=${busy || !session.dsaDraft.trim()}>
              ${strings.dsaSubmit}
            </button>
          </div>`
      }
    </form>`;
  }

  private code(dsa: DsaView, language: string): string {
    return this.drafts.get(language) ?? (dsa.question.signatures as Record<string, string | undefined>)[language] ?? '';
  }

  private renderCode(dsa: DsaView, language: string): TemplateResult {
    const { strings, session } = this;
    const code = this.code(dsa, language);
    const blocked = session.busy !== null || !code.trim();
    const shown = session.codeResult;
    return html`<div class="coach__form">
      <label class="coach__label" for="coach-dsa-code">${formatString(strings.codeEditorLabel, { language: LANGUAGE_NAMES[language] ?? language })}</label>
      <textarea
        id="coach-dsa-code"
        class="coach__textarea coach__editor"
        part="dsa-editor dsa-code-editor"
        spellcheck="false"
        autocapitalize="off"
        autocomplete="off"
        aria-describedby="coach-dsa-code-hint"
        .value=${code}
        ?readonly=${session.busy !== null || dsa.done}
        @keydown=${this.onEditorKeydown}
        @input=${this.onEditorInput}
        @blur=${() => (this.tabReleased = false)}
      ></textarea>
      <p id="coach-dsa-code-hint" class="coach__hint">${strings.codeEditorHint}</p>
      ${
        dsa.done
          ? nothing
          : html`<div class="coach__actions">
            <button type="button" class="coach__button" part="button code-run-button" ?disabled=${blocked} @click=${() => session.runCode(code, false)}>${strings.codeRun}</button>
            <button type="button" class="coach__button coach__button--primary" part="button dsa-submit-button code-submit-button" ?disabled=${blocked} @click=${() => session.runCode(code, true)}>
              ${strings.codeSubmit}
            </button>
          </div>`
      }
      <div aria-live="polite">${shown ? this.renderResult(shown.result, shown.submitted) : nothing}</div>
    </div>`;
  }

  private renderResult(result: CodeResult, submitted: boolean): TemplateResult {
    const { strings } = this;
    const { passed, total, cases } = result.tests;
    const message =
      result.status === 'error'
        ? formatString(strings.codeError, { message: result.message ?? cases.find((testCase) => testCase.error)?.error ?? '' })
        : result.status === 'timeout'
          ? strings.codeTimeout
          : result.status === 'memory_limit'
            ? strings.codeMemory
            : null;
    return html`<p class="coach__score ${passed === total && total > 0 ? 'coach__pass' : 'coach__fail'}" part="code-summary">
        ${formatString(submitted ? strings.codeAllTests : strings.codeExamples, { passed, total })}
      </p>
      ${message ? html`<p class="coach__fail" part="code-problem">${message}</p>` : nothing}
      <table class="coach__cases" part="code-cases">
        <thead>
          <tr>
            <th scope="col">${strings.codeCase}</th>
            <th scope="col">${strings.dsaExampleInput}</th>
            <th scope="col">${strings.codeExpected}</th>
            <th scope="col">${strings.codeGot}</th>
            <th scope="col">${strings.codeTime}</th>
          </tr>
        </thead>
        <tbody>
          ${cases.map((testCase) => this.renderCase(testCase))}
        </tbody>
      </table>`;
  }

  private renderCase(testCase: CoachSchemas['CodeTestCase']): TemplateResult {
    const { strings } = this;
    const verdict = html`<span class=${testCase.passed ? 'coach__pass' : 'coach__fail'}>${testCase.passed ? strings.codePassed : strings.codeFailed}</span>`;
    if (testCase.hidden || !testCase.input) {
      return html`<tr part="code-case">
        <td>${testCase.name}</td>
        <td colspan="4">${strings.codeHidden} ${verdict}</td>
      </tr>`;
    }
    return html`<tr part="code-case">
      <td>${testCase.name} ${verdict}</td>
      <td><code>${testCase.input.map(show).join(', ')}</code></td>
      <td><code>${show(testCase.expected)}</code></td>
      <td>${testCase.error ? html`<span class="coach__fail">${testCase.error}</span>` : html`<code>${show(testCase.actual)}</code>`}</td>
      <td>${testCase.time_ms === undefined ? '' : `${Math.round(testCase.time_ms)} ms`}</td>
    </tr>`;
  }

  private renderConversation(dsa: DsaView): TemplateResult | typeof nothing {
    const { strings } = this;
    if (dsa.messages.length === 0) return nothing;
    return html`<section class="coach__conversation" part="dsa-conversation" aria-labelledby="coach-conversation-heading">
      <h3 id="coach-conversation-heading" class="coach__subheading">${strings.dsaConversation}</h3>
      <ol class="coach__messages">
        ${dsa.messages.map(
          (message) => html`<li class="coach__message coach__message--${message.role}" part="dsa-message dsa-message-${message.role}">
            <span class="coach__message-author">${message.role === 'candidate' ? strings.dsaYou : strings.dsaInterviewer}</span>
            ${message.kind === 'pseudocode' ? html`<pre class="coach__code">${message.text}</pre>` : html`<p class="coach__prewrap">${message.text}</p>`}
          </li>`,
        )}
      </ol>
      ${dsa.score !== null ? html`<p class="coach__muted" part="dsa-score">${formatString(strings.dsaScore, { score: this.formatScore(dsa.score) })}</p>` : nothing}
    </section>`;
  }

  /** Keeps what was typed: pseudocode in the session (it survives a reload), code per language here. */
  private keep(value: string): void {
    const language = this.session.dsaLanguage;
    if (language === 'pseudocode') this.session.setDsaDraft(value);
    else this.drafts.set(language, value);
    this.requestUpdate();
  }

  private onEditorKeydown = (event: KeyboardEvent): void => {
    const editor = event.target as HTMLTextAreaElement;
    // Tab indents; Escape releases it for one keystroke so keyboard users can leave the editor.
    if (event.key === 'Escape') {
      this.tabReleased = true;
      return;
    }
    if (event.key !== 'Tab' || this.tabReleased || event.ctrlKey || event.altKey || event.metaKey || editor.readOnly) {
      this.tabReleased = false;
      return;
    }
    event.preventDefault();
    const selection = { value: editor.value, start: editor.selectionStart, end: editor.selectionEnd };
    const next = event.shiftKey ? outdentSelection(selection) : indentSelection(selection);
    editor.value = next.value;
    editor.setSelectionRange(next.start, next.end);
    this.keep(next.value);
  };

  private onEditorInput = (event: Event): void => this.keep((event.target as HTMLTextAreaElement).value);

  private onPseudocodeSubmit = (event: Event): void => {
    event.preventDefault();
    void this.session.submitPseudocode();
  };

  private onReplyInput = (event: Event): void => {
    this.session.setDsaReplyDraft((event.target as HTMLTextAreaElement).value);
    this.requestUpdate();
  };

  private onReplyKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.session.sendDsaReply();
    }
  };

  private onReplySubmit = (event: Event): void => {
    event.preventDefault();
    void this.session.sendDsaReply();
  };
}

if (!customElements.get('coach-dsa-round')) customElements.define('coach-dsa-round', CoachDsaRound);

declare global {
  interface HTMLElementTagNameMap {
    'coach-dsa-round': CoachDsaRound;
  }
}
