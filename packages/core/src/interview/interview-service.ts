import type { InterviewSession, InterviewTurn } from '../domain/index.js';
import { ConflictError, ValidationError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { createId } from '../internal/ids.js';
import { hashForLog } from '../internal/logger.js';
import { readResume } from '../resume/resume-reader.js';
import { DEFAULT_TEMPLATE_ID } from '../templates/starter-templates.js';
import { getTemplate } from '../templates/template-service.js';
import { usableInvitation } from '../invitations/invitation-service.js';
import type { Invitation } from '../domain/index.js';
import type { StorageRepositories } from '../ports/storage.js';
import { requireOptions, validateCandidateText } from './candidate-text.js';
import { detectSessionRole } from './detect-session-role.js';
import { ensureFinalFeedback } from './ensure-final-feedback.js';
import { alreadyAnswered, continueAfterAnswer, resumePendingAnswer } from './continue-after-answer.js';
import { generateQuestionTurn } from './generate-question-turn.js';
import type { InterviewService, InterviewState } from './interview-types.js';
import { firstQuestionStep, plannedNumberOf, plannedQuestionCount } from './question-planner.js';
import { assertSessionActive, loadSession, loadTurn } from './session-access.js';

/** Longest accepted job description, in characters. */
export const MAX_JOB_DESCRIPTION_LENGTH = 10_000;

/**
 * Creates the interview service: a resume in, the first question out; each answer stored,
 * evaluated and followed by the next question; final feedback stored as the session's report.
 *
 * Questions alternate behavioral and technical, starting with behavioral (see
 * `planQuestionKinds`); a thin answer to a planned question gets one follow-up.
 *
 * @example
 * ```ts
 * const interviews = createInterviewService(context);
 * const { session, question } = await interviews.start({ resume: { bytes: pdfBytes } });
 * const result = await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: '…' });
 * ```
 */
export function createInterviewService(context: CoachContext): InterviewService {
  const { storage } = context;

  return {
    async start(options) {
      const { resume, abortSignal, templateId = DEFAULT_TEMPLATE_ID } = requireOptions(options);
      const givenJobDescription = validateJobDescription(options.jobDescription);
      if (resume === null || typeof resume !== 'object') {
        throw new ValidationError({ message: 'A resume is required.', issues: [{ path: 'resume', message: 'required' }] });
      }
      const invited = options.invitationToken !== undefined ? await usableInvitation(context, options.invitationToken) : null;
      const template = invited?.template ?? (await getTemplate(context, templateId));
      if (template.archivedAt !== null) {
        throw new ConflictError({ code: 'TEMPLATE_ARCHIVED', message: 'This interview is no longer offered.' });
      }
      const jobDescription = givenJobDescription ?? template.authoring?.jobDescription ?? null;
      const plan: InterviewSession['plan'] = {
        behavioral: template.behavioralQuestions,
        technical: template.technicalQuestions,
        includeDsa: template.includeDsa,
      };
      if (template.authoring) {
        // A copy of what the template says now: later edits leave this session as it started.
        Object.assign(plan, {
          fixedQuestions: template.authoring.questions,
          followUps: template.authoring.followUps,
          templateVersion: template.version,
          dsa: { difficulty: template.authoring.dsa.difficulty, languages: template.authoring.dsa.languages },
        });
      }
      const step = firstQuestionStep(plan);
      if (step.type === 'none') {
        throw new ValidationError({
          code: 'INVALID_CONFIG',
          message: 'This interview template asks no questions.',
          issues: [{ path: 'templateId', message: 'template plans no questions' }],
        });
      }

      const profile = await readResume(context, resume, { abortSignal });
      const role = await detectSessionRole(context, { profile, template, jobDescription, abortSignal });
      const now = context.now().toISOString();
      const draft: InterviewSession = {
        id: createId(),
        templateId: template.id,
        state: 'interviewing',
        resume: profile,
        role,
        jobDescription,
        plan,
        finalFeedback: null,
        reportId: null,
        invitation: invited
          ? { id: invited.invitation.id, candidateName: invited.invitation.candidateName, candidateEmail: invited.invitation.candidateEmail }
          : null,
        version: 1,
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
      };
      const first = await generateQuestionTurn(context, { session: draft, turns: [], step, abortSignal });
      const { session, question } = await storage.transaction(async (tx) => {
        const session = await tx.sessions.create({ session: draft });
        const question = await tx.turns.create({ turn: first });
        if (invited) await markInvitationStarted(tx, invited.invitation, session.id, now);
        return { session, question };
      });
      context.logger.info('interview started', { session: hashForLog(session.id), templateId: template.id, roleFamily: role.family });
      return { session, question, questionNumber: 1, totalQuestions: plannedQuestionCount(plan) };
    },

    async submitAnswer(options) {
      // A blank answer is accepted: it is evaluated as giving no evidence (and earns a follow-up).
      const answer = validateCandidateText(requireOptions(options).answer, { path: 'answer', maxLength: context.settings.maxAnswerLength });
      const session = await loadSession(storage, options.sessionId);
      let turn = await loadTurn(storage, options.questionId, session.id);
      if (session.state === 'completed') {
        throw new ConflictError({ code: 'INTERVIEW_ALREADY_FINISHED', message: 'This interview is already finished.' });
      }
      assertSessionActive(context, session);
      const turns = await storage.turns.listBySession({ sessionId: session.id });

      // The answer is stored before anything can fail, so a model outage never loses it.
      if (turn.answer === null) {
        turn = await storage.turns.recordAnswer({ id: turn.id, answer, answeredAt: context.now().toISOString() });
      } else if (turn.answer !== answer || isContinued(session, turns, turn)) {
        // The same answer again resumes a call that failed after storing it; anything else is a
        // second answer. A stored answer nobody followed up (the process died) is followed up
        // first, so that the session the client reloads after this 409 has moved on.
        if (!isContinued(session, turns, turn)) await resumePendingAnswer(context, { sessionId: session.id, abortSignal: options.abortSignal, swallow: true });
        throw alreadyAnswered();
      }

      return continueAfterAnswer(context, { session, turns, turn, abortSignal: options.abortSignal });
    },

    getFinalFeedback(options) {
      const { sessionId, abortSignal } = requireOptions(options);
      return ensureFinalFeedback(context, { sessionId, abortSignal });
    },

    async getState(options) {
      const { sessionId } = requireOptions(options);
      // Reading is a touch of the session: an answer left without its evaluation by a crash is
      // evaluated now. A model still failing must not make the session unreadable.
      await resumePendingAnswer(context, { sessionId, swallow: true });
      const session = await loadSession(storage, sessionId);
      const [turns, dsa] = await Promise.all([storage.turns.listBySession({ sessionId: session.id }), storage.dsa.get({ sessionId: session.id })]);
      const last = turns.at(-1) ?? null;
      // While interviewing, the last turn is the one in progress: unanswered, or answered with
      // its evaluation or next question still to come (submit the same answer again to resume).
      const currentQuestion = session.state === 'interviewing' ? last : null;
      const state: InterviewState = {
        session,
        turns,
        currentQuestion,
        questionNumber: currentQuestion ? plannedNumberOf(currentQuestion, turns) : last ? plannedNumberOf(last, turns) : 0,
        totalQuestions: plannedQuestionCount(session.plan),
        dsa,
      };
      return state;
    },
  };
}

/** Whether the interview already moved past `turn` (a later question exists or the questions are done). */
function isContinued(session: InterviewSession, turns: readonly InterviewTurn[], turn: InterviewTurn): boolean {
  return session.state !== 'interviewing' || turns.some((other) => other.index > turn.index);
}

function validateJobDescription(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = validateCandidateText(value, { path: 'jobDescription', maxLength: MAX_JOB_DESCRIPTION_LENGTH });
  return text.length > 0 ? text : null;
}

// In the session's transaction: of concurrent starts with one link, the version check lets exactly one through.
async function markInvitationStarted(tx: StorageRepositories, invitation: Invitation, sessionId: string, now: string): Promise<void> {
  try {
    await tx.invitations.update({ invitation: { ...invitation, status: 'started', sessionId, updatedAt: now }, expectedVersion: invitation.version });
  } catch (error) {
    if (!ConflictError.isInstance(error)) throw error;
    throw new ConflictError({ code: 'INVITATION_USED', message: 'This interview link has already been used. Ask the recruiter for a new one.', cause: error });
  }
}
