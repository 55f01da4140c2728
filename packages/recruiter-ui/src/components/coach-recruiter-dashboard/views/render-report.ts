import { html, nothing, type TemplateResult } from 'lit';
import type { CoachSchemas } from '@coach/client';
import { formatDate, formatDateTime, formatScore } from '../../../internal/format.js';
import { toThirdPerson } from '../../../internal/third-person.js';
import { formatString, type DashboardStrings } from '../../../strings.js';
import { decisionLabel, renderDecisionBadge } from './render-list.js';
import type { ViewContext } from './view-context.js';

type InviteStatus = CoachSchemas['InviteStatus'];
type ReportDetails = CoachSchemas['ReportDetails'];

/**
 * The plain-language state of an invite: sent, being sent, queued, failed and retried, or failed for good.
 * `blocked_reason` may be missing: servers before it was added do not send it.
 */
export function describeInvite(
  strings: DashboardStrings,
  invite: Omit<InviteStatus, 'blocked_reason'> & Partial<Pick<InviteStatus, 'blocked_reason'>>,
  lang: string | undefined,
): string {
  const values = {
    email: invite.to_email,
    attempts: invite.attempts,
    error: invite.last_error ?? '',
    reason: invite.blocked_reason ?? '',
    date: formatDateTime(invite.status === 'sent' ? invite.sent_at : invite.next_attempt_at, lang),
  };
  switch (invite.status) {
    case 'sent':
      return formatString(strings.inviteSent, values);
    case 'sending':
      return formatString(strings.inviteSending, values);
    case 'failed':
      return formatString(strings.inviteFailed, values);
    case 'queued':
      // Configuration missing outranks an earlier failure: no retry happens until it is fixed.
      if (invite.blocked_reason) return formatString(strings.inviteBlocked, values);
      return formatString(invite.last_error ? strings.inviteRetrying : strings.inviteQueued, values);
  }
}

function renderList(items: readonly string[], part: string): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<ul class="dashboard__list" part=${part}>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function renderQuestion(strings: DashboardStrings, question: ReportDetails['questions'][number], index: number): TemplateResult {
  const kind = question.kind === 'technical' ? strings.technical : strings.behavioral;
  // Collapsed: the recruiter reads the verdict first and opens the answers that matter.
  return html`<li class="dashboard__question" part="report-question">
    <details>
      <summary class="dashboard__question-heading">
        <span>${formatString(strings.questionNumber, { number: index + 1 })} · ${kind}</span>
        <span class="dashboard__score" part="question-score">${formatScore(question.score)} <span class="dashboard__muted">/ 10</span></span>
        <span class="dashboard__question-text">${question.question}</span>
      </summary>
      <h5>${strings.answer}</h5>
      <p class="dashboard__answer" part="answer">${question.answer.trim() ? question.answer : strings.noAnswer}</p>
      <h5>${strings.feedbackForCandidate}</h5>
      <p part="feedback">${question.feedback}</p>
      ${
        question.evidence.length > 0
          ? html`<h5>${strings.evidence}</h5>
            ${question.evidence.map((quote) => html`<blockquote class="dashboard__evidence" part="evidence">${quote}</blockquote>`)}`
          : nothing
      }
      ${
        question.evidence_status === 'insufficient_evidence'
          ? html`<p class="dashboard__muted" part="evidence-note">${strings.insufficientEvidence}</p>`
          : nothing
      }
    </details>
  </li>`;
}

/** The languages by the name a recruiter knows them by; not translated, like any product name. */
const LANGUAGE_NAMES: Record<string, string> = { javascript: 'JavaScript', python: 'Python' };

/**
 * The runnable code of the DSA round: the tests' verdict, which the judge's score blends with
 * the reasoning, and the note when only the large inputs ran out of time (correct but slow).
 */
function renderCode(strings: DashboardStrings, code: NonNullable<CoachSchemas['ReportDsa']['code']>): TemplateResult {
  const stopped: Partial<Record<typeof code.status, string>> = {
    error: strings.codeError,
    timeout: strings.codeTimeout,
    memory_limit: strings.codeMemoryLimit,
  };
  const note = code.timing_note ?? stopped[code.status];
  return html`<div part="dsa-code" data-status=${code.status}>
    <h4>${strings.codeRound}</h4>
    <dl class="dashboard__facts">
      <div><dt>${strings.codeLanguage}</dt><dd part="code-language">${LANGUAGE_NAMES[code.language] ?? code.language}</dd></div>
      <div><dt>${strings.codeTests}</dt><dd part="code-tests">${formatString(strings.codeTestsPassed, { passed: code.tests_passed, total: code.tests_total })}</dd></div>
      <div><dt>${strings.codeSubmissions}</dt><dd>${code.submissions}</dd></div>
    </dl>
    ${note ? html`<p part="code-note">${note}</p>` : nothing}
    <details>
      <summary>${strings.codeSubmitted}</summary>
      <pre class="dashboard__code" part="code">${code.code}</pre>
    </details>
  </div>`;
}

function renderDsa(strings: DashboardStrings, dsa: CoachSchemas['ReportDsa']): TemplateResult {
  return html`<section class="dashboard__section" part="report-dsa" aria-labelledby="report-dsa-heading">
    <h3 id="report-dsa-heading">${formatString(strings.dsaRound, { title: dsa.problem_title })}</h3>
    <h4>${strings.problem}</h4>
    <p class="dashboard__prompt" part="dsa-problem">${dsa.problem_prompt}</p>
    <h4>${strings.evaluation}</h4>
    <p><span class="dashboard__score" part="dsa-score">${formatScore(dsa.score)}</span> <span class="dashboard__muted">/ 10</span></p>
    <p part="dsa-feedback">${dsa.feedback}</p>
    <dl class="dashboard__facts">
      <div><dt>${strings.approach}</dt><dd>${dsa.approach ?? '–'}</dd></div>
      <div><dt>${strings.complexity}</dt><dd>${dsa.time_complexity ?? '–'}</dd></div>
    </dl>
    ${dsa.code ? renderCode(strings, dsa.code) : nothing}
    ${
      dsa.conversation.length > 0
        ? html`<h4>${strings.conversation}</h4>
          <ol class="dashboard__conversation" part="dsa-conversation">
            ${dsa.conversation.map(
              (message) => html`<li class="dashboard__message dashboard__message--${message.role}" part="dsa-message dsa-message-${message.role}">
                <strong>${message.role === 'candidate' ? strings.candidateSpeaker : strings.interviewerSpeaker}</strong>
                ${message.kind === 'pseudocode' ? html`<pre class="dashboard__code">${message.text}</pre>` : html`<p>${message.text}</p>`}
              </li>`,
            )}
          </ol>`
        : nothing
    }
  </section>`;
}

function renderCheckAgain(context: ViewContext, status: InviteStatus['status'] | null): TemplateResult | typeof nothing {
  if (status !== 'queued' && status !== 'sending') return nothing;
  return html`<button part="button check-invite-button" class="dashboard__button dashboard__button--small" type="button"
    @click=${() => context.checkInvite()}>${context.strings.checkAgain}</button>`;
}

/**
 * What a decision just did, in the server's words (sent, queued and why, failed and retried);
 * it takes the place of the invite line until the report is reloaded.
 */
function renderDecisionNotice(context: ViewContext): TemplateResult | typeof nothing {
  const notice = context.controller.notice;
  if (notice?.kind !== 'decision') return nothing;
  const t = context.strings;
  return html`<div class="dashboard__notice dashboard__notice--${notice.inviteStatus ?? 'none'}" part="notice decision-notice" role="status" tabindex="-1"
    data-email-sent=${String(notice.emailSent)} data-invite-status=${notice.inviteStatus ?? 'none'}>
    <p><strong>${formatString(t.decisionSaved, { decision: decisionLabel(t, notice.decision) })}</strong> ${notice.emailMessage}</p>
    ${renderCheckAgain(context, notice.inviteStatus)}
  </div>`;
}

/** Where the invite stands, as stored. */
function renderInvite(context: ViewContext, report: ReportDetails): TemplateResult | typeof nothing {
  const invite = report.invite;
  if (!invite || context.controller.notice?.kind === 'decision') return nothing;
  const t = context.strings;
  return html`<div class="dashboard__invite dashboard__invite--${invite.status}" part="invite" data-status=${invite.status} tabindex="-1">
    <p><strong>${t.invite}:</strong> ${describeInvite(t, invite, context.lang)}</p>
    ${renderCheckAgain(context, invite.status)}
  </div>`;
}

/** The scores as figures in the header: overall first, then each part that was scored. */
function renderScores(strings: DashboardStrings, report: ReportDetails): TemplateResult {
  const parts = (
    [
      [strings.behavioral, report.behavioral_score],
      [strings.technical, report.technical_score],
      [strings.dsa, report.dsa_score],
    ] as const
  ).filter((entry): entry is readonly [string, number] => typeof entry[1] === 'number');
  return html`<dl class="dashboard__facts dashboard__scores" part="report-scores">
    ${parts.map(([label, score]) => html`<div><dt>${label}</dt><dd><span class="dashboard__score">${formatScore(score)}</span> <span class="dashboard__muted">/ 10</span></dd></div>`)}
  </dl>`;
}

/** Who decided, as a person reads it: the name a recruiter signed in with (`token:<name>`), or the secret key. */
export function actorName(strings: DashboardStrings, actor: string): string {
  if (actor === 'secret-key') return strings.actorSecretKey;
  return actor.startsWith('token:') ? actor.slice('token:'.length) : actor;
}

/** One report in full, with the decision buttons. */
export function renderReport(context: ViewContext, report: ReportDetails): TemplateResult {
  const { strings: t, controller } = context;
  const name = report.candidate_name || report.candidate_email;
  const busy = controller.busy;
  const models = [...new Set(report.provenance.map((entry) => (entry.provider === entry.model_id ? entry.provider : `${entry.provider} ${entry.model_id}`)))];
  return html`<article class="dashboard__report" part="report" aria-labelledby="report-heading" aria-busy=${busy ? 'true' : 'false'}>
    <button part="button back-button" class="dashboard__link dashboard__back" type="button" @click=${() => context.closeReport()}>← ${t.back}</button>
    <header class="dashboard__report-header">
      <div>
        <h2 id="report-heading" part="report-heading" tabindex="-1">${name}</h2>
        <p class="dashboard__muted" part="report-meta">${report.candidate_email} · ${report.role} ·
          <time datetime=${report.created_at}>${formatDate(report.created_at, context.lang)}</time></p>
        ${
          report.origin
            ? html`<p class="dashboard__muted" part="report-origin" data-template-id=${report.origin.template_id}>${t.fromInterview.replace('{template}', report.template_title ?? report.origin.template_id)}${
                report.origin.template_version === null ? '' : ` v${report.origin.template_version}`
              }${
                report.invitation
                  ? html` · <span part="report-invitation" data-status=${report.invitation.status}>${t.viaInvitation
                      .replace('{name}', report.invitation.candidate_name)
                      .replace('{email}', report.invitation.candidate_email)}</span>`
                  : ''
              }
              <button part="button template-reports-button" class="dashboard__link" type="button"
                @click=${() => context.showTemplateReports(report.origin!.template_id)}>${t.templateReports}</button></p>`
            : nothing
        }
        ${renderScores(t, report)}
      </div>
      <p class="dashboard__overall" part="report-overall">
        <span class="dashboard__figure">${formatScore(report.overall_score)}</span>
        <span class="dashboard__muted">${t.outOfTen}</span>
        ${renderDecisionBadge(t, report.decision)}
      </p>
    </header>
    <div class="dashboard__actions" part="actions" role="group" aria-label=${t.actions}>
      <button part="button accept-button" class="dashboard__button dashboard__button--primary" type="button"
        ?disabled=${busy || report.decision === 'Accepted'}
        @click=${() => context.requestAction({ kind: 'decision', decision: 'Accepted' })}>${t.accept}</button>
      <button part="button decline-button" class="dashboard__button" type="button"
        ?disabled=${busy || report.decision === 'Declined'}
        @click=${() => context.requestAction({ kind: 'decision', decision: 'Declined' })}>${t.decline}</button>
      ${
        report.decision !== 'Pending'
          ? html`<button part="button reset-button" class="dashboard__button" type="button" ?disabled=${busy}
            @click=${() => context.requestAction({ kind: 'decision', decision: 'Pending' })}>${t.resetPending}</button>`
          : nothing
      }
      <button part="button delete-button" class="dashboard__button dashboard__button--danger" type="button" ?disabled=${busy}
        @click=${() => context.requestAction({ kind: 'delete' })}>${t.delete}</button>
      ${busy ? html`<span class="dashboard__muted" part="saving">${t.saving}</span>` : nothing}
    </div>
    ${renderDecisionNotice(context)}
    ${renderInvite(context, report)}
    ${
      report.resume_summary
        ? html`<section class="dashboard__section" part="report-resume" aria-labelledby="report-resume-heading">
          <h3 id="report-resume-heading">${t.resume}</h3>
          <p class="dashboard__prompt">${report.resume_summary}</p>
        </section>`
        : nothing
    }
    <section class="dashboard__section" part="report-summary" aria-labelledby="report-summary-heading">
      <h3 id="report-summary-heading">${t.summary}</h3>
      <p>${toThirdPerson(report.summary)}</p>
      <div class="dashboard__columns">
        ${report.strengths.length ? html`<div><h4>${t.strengths}</h4>${renderList(report.strengths.map(toThirdPerson), 'report-strengths')}</div>` : nothing}
        ${report.improvements.length ? html`<div><h4>${t.improvements}</h4>${renderList(report.improvements.map(toThirdPerson), 'report-improvements')}</div>` : nothing}
      </div>
    </section>
    ${
      report.questions.length > 0
        ? html`<section class="dashboard__section" aria-labelledby="report-questions-heading">
          <h3 id="report-questions-heading">${t.questions}</h3>
          <ol class="dashboard__questions" part="report-questions">${report.questions.map((question, index) => renderQuestion(t, question, index))}</ol>
        </section>`
        : nothing
    }
    ${report.dsa ? renderDsa(t, report.dsa) : nothing}
    <section class="dashboard__section" part="report-history" aria-labelledby="report-history-heading">
      <h3 id="report-history-heading">${t.history}</h3>
      ${
        report.decision_history.length > 0
          ? html`<ol class="dashboard__history">
            ${report.decision_history.map(
              (change) => html`<li part="history-entry">
                <time datetime=${change.at}>${formatDateTime(change.at, context.lang)}</time>:
                ${formatString(t.historyEntry, { from: decisionLabel(t, change.from), to: decisionLabel(t, change.to), actor: actorName(t, change.actor) })}
              </li>`,
            )}
          </ol>`
          : html`<p class="dashboard__muted">${t.noHistory}</p>`
      }
    </section>
    ${models.length > 0 ? html`<p class="dashboard__muted dashboard__small" part="report-provenance">${formatString(t.generatedBy, { models: models.join(', ') })}</p>` : nothing}
  </article>`;
}
