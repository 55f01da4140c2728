import { chooseDsaProblem, findDsaProblem, toProblemBrief, toPublicProblem } from '../catalog/dsa-bank.js';
import type { DsaEvaluation, DsaMessage, DsaProblem, DsaRound, InterviewSession } from '../domain/index.js';
import { ConflictError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { runTask } from '../language-model/run-task.js';
import { dsaFeedbackTask, type DsaProblemBrief } from '../prompts/tasks.js';
import { requireOptions, validateCandidateText } from '../interview/candidate-text.js';
import { assertSessionActive, loadSession, touchSession } from '../interview/session-access.js';
import type { DsaService } from './dsa-service-types.js';

/** What one candidate message in the DSA round produced. */
interface DsaExchange {
  round: DsaRound;
  reply: string;
  followUp: string | null;
  done: boolean;
}

/**
 * Creates the DSA service: once the interview questions are answered, a problem chosen for the
 * role and level; pseudocode and messages in, the interviewer's feedback and follow-ups out,
 * until the interviewer is satisfied or `settings.maxDsaTurns` exchanges have happened.
 *
 * Every candidate message is stored before the model is called, so a model failure loses
 * nothing: sending the same text again resumes without storing it twice.
 *
 * @example
 * ```ts
 * const dsa = createDsaService(context);
 * const { problem } = await dsa.start({ sessionId });
 * const { feedback, followUp, done } = await dsa.submitPseudocode({ sessionId, pseudocode });
 * ```
 */
export function createDsaService(context: CoachContext): DsaService {
  const { storage } = context;

  async function activeSession(sessionId: unknown): Promise<InterviewSession> {
    const session = await loadSession(storage, sessionId);
    assertSessionActive(context, session);
    return session;
  }

  async function exchange(
    options: { sessionId: string; text: unknown; kind: DsaMessage['kind'] & ('pseudocode' | 'message'); abortSignal?: AbortSignal | undefined },
  ): Promise<DsaExchange> {
    const path = options.kind === 'pseudocode' ? 'pseudocode' : 'message';
    const text = validateCandidateText(options.text, { path, maxLength: context.settings.maxAnswerLength, required: true });
    const session = await activeSession(options.sessionId);
    const stored = await storeCandidateMessage(session.id, text, options.kind);
    const candidateMessage = stored.messages.at(-1) as DsaMessage;
    const turn = stored.messages.filter((message) => message.role === 'interviewer' && message.kind === 'feedback').length + 1;
    const maxTurns = context.settings.maxDsaTurns;

    const { output, provenance } = await runTask(
      context,
      dsaFeedbackTask,
      {
        problem: briefFor(stored.problem),
        conversation: stored.messages.slice(0, -1),
        latest: { kind: options.kind, text: candidateMessage.text },
        turn,
        maxTurns,
      },
      { abortSignal: options.abortSignal },
    );

    // The turn limit ends the discussion whatever the model says.
    const done = output.done || turn >= maxTurns;
    const followUp = done ? null : (output.followUp?.trim() || null);
    const now = context.now().toISOString();
    const evaluation: DsaEvaluation = {
      score: output.score,
      feedback: output.reply,
      approach: output.approach,
      timeComplexity: output.timeComplexity,
      spaceComplexity: output.spaceComplexity,
      edgeCasesHandled: output.edgeCasesHandled,
      edgeCasesMissed: output.edgeCasesMissed,
      strengths: output.strengths,
      improvements: output.improvements,
      provenance,
    };
    const replies: DsaMessage[] = [{ role: 'interviewer', kind: 'feedback', text: output.reply, at: now }];
    if (followUp) replies.push({ role: 'interviewer', kind: 'follow_up', text: followUp, at: now });

    let round: DsaRound;
    try {
      round = await storage.dsa.update({
        round: { ...stored, messages: [...stored.messages, ...replies], evaluation, done, updatedAt: now },
        expectedVersion: stored.version,
      });
    } catch (error) {
      if (!ConflictError.isInstance(error)) throw error;
      // Another call changed the round while the model was thinking: it answered this message first.
      const current = await storage.dsa.get({ sessionId: session.id });
      if (current?.done) throw alreadyDone();
      throw new ConflictError({
        message: 'The DSA discussion changed while this message was being answered. Reload the conversation and try again.',
        cause: error,
      });
    }
    await touchSession(context, session.id);
    return { round, reply: output.reply, followUp, done };
  }

  /**
   * Appends the candidate's message unless it is already the last, unanswered message (a
   * retry after a failed model call), with optimistic concurrency and one retry on conflict.
   */
  async function storeCandidateMessage(sessionId: string, text: string, kind: 'pseudocode' | 'message'): Promise<DsaRound> {
    for (let attempt = 1; ; attempt += 1) {
      const round = await storage.dsa.get({ sessionId });
      if (!round || (kind === 'message' && round.submissions === 0)) {
        throw new ConflictError({
          code: 'DSA_NOT_STARTED',
          message: kind === 'message' ? 'Submit your pseudocode before continuing the discussion.' : 'Start the DSA round before submitting pseudocode.',
        });
      }
      if (round.done) throw alreadyDone();
      const last = round.messages.at(-1);
      if (last && last.role === 'candidate' && last.kind === kind && last.text === text) return round;
      const now = context.now().toISOString();
      const message: DsaMessage = { role: 'candidate', kind, text, at: now };
      try {
        return await storage.dsa.update({
          round: {
            ...round,
            messages: [...round.messages, message],
            submissions: round.submissions + (kind === 'pseudocode' ? 1 : 0),
            updatedAt: now,
          },
          expectedVersion: round.version,
        });
      } catch (error) {
        if (!ConflictError.isInstance(error) || attempt >= 2) throw error;
      }
    }
  }

  return {
    async start(options) {
      const session = await activeSession(requireOptions(options).sessionId);
      if (session.state === 'interviewing') {
        throw new ConflictError({
          code: 'INTERVIEW_NOT_FINISHED',
          message: 'Answer every interview question before starting the DSA round.',
        });
      }
      const existing = await storage.dsa.get({ sessionId: session.id });
      if (existing) return { round: existing, problem: existing.problem };

      const chosen = chooseDsaProblem({
        roleFamily: session.role.family,
        seniority: session.role.seniority,
        seed: session.id,
        excludeIds: [],
      });
      const now = context.now().toISOString();
      const draft: DsaRound = {
        sessionId: session.id,
        problem: toPublicProblem(chosen),
        messages: [],
        submissions: 0,
        evaluation: null,
        done: false,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      let round: DsaRound;
      try {
        round = await storage.dsa.create({ round: draft });
      } catch (error) {
        // A concurrent start created it first; both callers get the same round.
        if (!ConflictError.isInstance(error)) throw error;
        const current = await storage.dsa.get({ sessionId: session.id });
        if (!current) throw error;
        round = current;
      }
      await touchSession(context, session.id, session);
      return { round, problem: round.problem };
    },

    async submitPseudocode(options) {
      const { sessionId, pseudocode, abortSignal } = requireOptions(options);
      const result = await exchange({ sessionId, text: pseudocode, kind: 'pseudocode', abortSignal });
      return {
        round: result.round,
        feedback: result.reply,
        score: result.round.evaluation?.score ?? 0,
        followUp: result.followUp,
        done: result.done,
      };
    },

    async continue(options) {
      const { sessionId, message, abortSignal } = requireOptions(options);
      const result = await exchange({ sessionId, text: message, kind: 'message', abortSignal });
      return { round: result.round, reply: result.reply, followUp: result.followUp, done: result.done };
    },
  };
}

function alreadyDone(): ConflictError {
  return new ConflictError({ code: 'DSA_ALREADY_DONE', message: 'The DSA discussion is already finished.' });
}

/**
 * The interviewer's notes for a stored problem. A round keeps only the public problem; the
 * notes come from the bank, or, for a problem no longer in it, are limited to what the
 * candidate saw.
 */
function briefFor(problem: DsaProblem): DsaProblemBrief {
  const banked = findDsaProblem(problem.id);
  if (banked) return toProblemBrief(banked);
  return {
    id: problem.id,
    title: problem.title,
    prompt: problem.prompt,
    expectedApproaches: [],
    optimalTimeComplexity: 'unknown',
    optimalSpaceComplexity: 'unknown',
    edgeCases: [],
    followUps: [],
  };
}
