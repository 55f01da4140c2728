import { enqueueWebhookEvent, interviewCompletedData } from '../webhooks/webhook-events.js';
import type { FinalFeedback, InterviewSession, InterviewTurn, Report } from '../domain/index.js';
import { ConflictError } from '../errors/index.js';
import { completeInvitation } from '../invitations/invitation-service.js';
import type { CoachContext } from '../internal/context.js';
import { runTask } from '../language-model/run-task.js';
import type { StorageRepositories } from '../ports/storage.js';
import { finalFeedbackTask } from '../prompts/tasks.js';
import { buildReport, evaluatedTurns, questionOnlyWeights, questionScores } from '../report/build-report.js';
import type { FinalFeedbackResult } from './interview-types.js';
import { resumePendingAnswer } from './continue-after-answer.js';
import { loadSession } from './session-access.js';

const MAX_SAVE_ATTEMPTS = 3;

/**
 * Returns the final feedback of a finished interview, computing and storing it (with the
 * session's report) the first time. Later calls return the stored feedback without calling
 * the model. Shared by `interviews.getFinalFeedback` and the combined report.
 *
 * @throws ConflictError `INTERVIEW_NOT_FINISHED` while planned questions remain.
 */
export async function ensureFinalFeedback(context: CoachContext, options: { sessionId: string; abortSignal?: AbortSignal }): Promise<FinalFeedbackResult> {
  let session = await loadSession(context.storage, options.sessionId);
  // The last answer may have been stored without its follow-up (the process died): once it is
  // evaluated, the questions may turn out to be done.
  if (session.state === 'interviewing' && (await resumePendingAnswer(context, { sessionId: session.id, abortSignal: options.abortSignal }))) {
    session = await loadSession(context.storage, options.sessionId);
  }
  if (session.state === 'interviewing') {
    throw new ConflictError({
      code: 'INTERVIEW_NOT_FINISHED',
      message: 'The interview is not finished yet: answer every question before asking for the final feedback.',
    });
  }
  const turns = await context.storage.turns.listBySession({ sessionId: session.id });
  if (!session.finalFeedback) {
    const feedback = await computeFinalFeedback(context, session, turns, options.abortSignal);
    session = await storeFinalFeedback(context, session, turns, feedback);
  }
  const report = await ensureSessionReport(context, session, turns);
  return { session, feedback: session.finalFeedback as FinalFeedback, turns, report };
}

async function computeFinalFeedback(
  context: CoachContext,
  session: InterviewSession,
  turns: readonly InterviewTurn[],
  abortSignal: AbortSignal | undefined,
): Promise<FinalFeedback> {
  const evaluated = evaluatedTurns(turns);
  const overallScore = questionScores(turns).overall ?? 0;
  const { output, provenance } = await runTask(
    context,
    finalFeedbackTask,
    {
      role: session.role,
      overallScore,
      jobDescription: session.jobDescription,
      turns: evaluated.map((turn) => ({
        question: turn.question,
        kind: turn.kind,
        answer: turn.answer,
        score: turn.evaluation.score,
        feedback: turn.evaluation.feedback,
        strengths: turn.evaluation.strengths,
        improvements: turn.evaluation.improvements,
        questionKey: turn.questionKey,
      })),
    },
    { abortSignal },
  );
  // The score is computed, never taken from the model: the model explains it.
  return { overallScore, summary: output.summary, strengths: output.strengths, improvements: output.improvements, provenance };
}

/**
 * Stores the feedback on the session (state `completed`) and creates or updates its report in
 * one transaction. When another writer got there first (a concurrent call, or a DSA action
 * touching the session) it re-reads: stored feedback wins, otherwise it tries again.
 */
async function storeFinalFeedback(
  context: CoachContext,
  initial: InterviewSession,
  turns: readonly InterviewTurn[],
  feedback: FinalFeedback,
): Promise<InterviewSession> {
  let session = initial;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await context.storage.transaction(async (tx) => {
        const report = await saveQuestionsReport(context, tx, session, turns, feedback);
        const now = context.now().toISOString();
        return tx.sessions.update({
          session: { ...session, state: 'completed', finalFeedback: feedback, reportId: report.id, updatedAt: now },
          expectedVersion: session.version,
        });
      });
    } catch (error) {
      if (!ConflictError.isInstance(error) || attempt >= MAX_SAVE_ATTEMPTS) throw error;
      session = await loadSession(context.storage, initial.id);
      if (session.finalFeedback) return session;
    }
  }
}

async function saveQuestionsReport(
  context: CoachContext,
  storage: StorageRepositories,
  session: InterviewSession,
  turns: readonly InterviewTurn[],
  feedback: FinalFeedback,
): Promise<Report> {
  const existing = await storage.reports.getBySession({ sessionId: session.id });
  const report = buildReport({
    session,
    turns,
    dsa: null,
    overallScore: feedback.overallScore,
    weights: questionOnlyWeights(questionScores(turns)),
    summary: feedback.summary,
    strengths: feedback.strengths,
    improvements: feedback.improvements,
    provenance: [feedback.provenance],
    existing,
    now: context.now().toISOString(),
  });
  if (existing) return storage.reports.update({ report });
  const created = await storage.reports.create({ report });
  // Same transaction as the report: the event exists exactly when the report does.
  await enqueueWebhookEvent(storage, { type: 'interview.completed', data: interviewCompletedData(created, session.templateId), now: context.now() });
  if (session.invitation) await completeInvitation(context, storage, { invitationId: session.invitation.id, reportId: created.id, sessionId: session.id });
  return created;
}

/** The session's report; recreated from the stored feedback if it is missing. */
async function ensureSessionReport(context: CoachContext, session: InterviewSession, turns: readonly InterviewTurn[]): Promise<Report> {
  const stored =
    (session.reportId ? await context.storage.reports.get({ id: session.reportId }) : null) ??
    (await context.storage.reports.getBySession({ sessionId: session.id }));
  if (stored) return stored;
  try {
    return await saveQuestionsReport(context, context.storage, session, turns, session.finalFeedback as FinalFeedback);
  } catch (error) {
    // A concurrent call recreated it first.
    if (!ConflictError.isInstance(error)) throw error;
    const report = await context.storage.reports.getBySession({ sessionId: session.id });
    if (!report) throw error;
    return report;
  }
}
