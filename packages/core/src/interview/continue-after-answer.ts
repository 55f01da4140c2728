import type { InterviewSession, InterviewTurn } from '../domain/index.js';
import { ConflictError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { hashForLog } from '../internal/logger.js';
import { evaluateTurn } from './evaluate-turn.js';
import { generateQuestionTurn } from './generate-question-turn.js';
import type { SubmitAnswerResult } from './interview-types.js';
import { decideNextQuestion, plannedNumberOf, plannedQuestionCount } from './question-planner.js';
import { isSessionExpired, loadSession, touchSession, updateSession } from './session-access.js';

/**
 * The answered turn the interview has not moved past yet: the last turn of a session still
 * interviewing, answered, with its evaluation or the next question (or the end of the
 * questions) still to come. A process that dies between storing an answer and the next
 * question leaves exactly this behind.
 */
export function findPendingTurn(session: InterviewSession, turns: readonly InterviewTurn[]): InterviewTurn | null {
  if (session.state !== 'interviewing') return null;
  const last = turns.at(-1);
  return last && last.answer !== null ? last : null;
}

/**
 * Finishes the work after a stored answer: evaluates it (unless already evaluated) and
 * either stores the next question or marks the questions done. Safe to run more than once
 * and from concurrent callers: a second caller finding the next step taken gets
 * `QUESTION_ALREADY_ANSWERED`.
 */
export async function continueAfterAnswer(
  context: CoachContext,
  options: { session: InterviewSession; turns: readonly InterviewTurn[]; turn: InterviewTurn; abortSignal?: AbortSignal },
): Promise<SubmitAnswerResult> {
  const { storage } = context;
  const { session, abortSignal } = options;
  let turn = options.turn;
  if (turn.evaluation === null) {
    const evaluation = await evaluateTurn(context, { session, turn, abortSignal });
    turn = await storage.turns.saveEvaluation({ id: turn.id, evaluation });
  }
  const answered = turn;
  let turns = options.turns.map((other) => (other.id === answered.id ? answered : other));

  const step = decideNextQuestion({ plan: session.plan, turns, answered });
  let nextQuestion: InterviewTurn | null = null;
  if (step.type === 'none') {
    const now = context.now().toISOString();
    await updateSession(
      storage,
      session.id,
      (current) => {
        if (current.state !== 'interviewing') throw alreadyAnswered();
        return { ...current, state: 'questions_done', lastActivityAt: now, updatedAt: now };
      },
      session,
    );
  } else {
    const next = await generateQuestionTurn(context, { session, turns, step, abortSignal });
    try {
      nextQuestion = await storage.turns.create({ turn: next });
    } catch (error) {
      // The (session, index) slot is taken: a concurrent call continued first.
      if (ConflictError.isInstance(error)) throw alreadyAnswered();
      throw error;
    }
    await touchSession(context, session.id, session);
    turns = [...turns, nextQuestion];
  }

  return {
    turn: answered,
    evaluation: answered.evaluation as NonNullable<InterviewTurn['evaluation']>,
    nextQuestion,
    isFinal: nextQuestion === null,
    questionNumber: plannedNumberOf(nextQuestion ?? answered, turns),
    totalQuestions: plannedQuestionCount(session.plan),
  };
}

/**
 * Brings a session whose last answer was stored but never followed up (the process died, or
 * the model failed) up to date, for every path that touches the session: reading it,
 * submitting, final feedback, maintenance. Returns whether it changed anything. A concurrent
 * caller doing the same work counts as done; with `swallow`, a failing model is logged and
 * the session left for the next touch (a read must still answer).
 */
export async function resumePendingAnswer(
  context: CoachContext,
  options: { sessionId: string; abortSignal?: AbortSignal; swallow?: boolean },
): Promise<boolean> {
  const session = await loadSession(context.storage, options.sessionId);
  if (session.state !== 'interviewing' || isSessionExpired(context, session)) return false;
  const turns = await context.storage.turns.listBySession({ sessionId: session.id });
  const pending = findPendingTurn(session, turns);
  if (!pending) return false;
  try {
    await continueAfterAnswer(context, { session, turns, turn: pending, abortSignal: options.abortSignal });
    context.logger.info('pending answer evaluated', { session: hashForLog(session.id), turnIndex: pending.index });
    return true;
  } catch (error) {
    if (ConflictError.isInstance(error) && error.code === 'QUESTION_ALREADY_ANSWERED') return true;
    if (!options.swallow) throw error;
    context.logger.warn('pending answer not evaluated yet', {
      session: hashForLog(session.id),
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

export function alreadyAnswered(): ConflictError {
  return new ConflictError({ code: 'QUESTION_ALREADY_ANSWERED', message: 'This question has already been answered.' });
}
