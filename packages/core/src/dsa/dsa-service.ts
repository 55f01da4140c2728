import { chooseDsaProblem, findDsaProblem, toProblemBrief, toPublicProblem } from '../catalog/dsa-bank.js';
import type { DsaEvaluation, DsaMessage, DsaProblem, DsaRound, InterviewSession } from '../domain/index.js';
import { ConflictError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { runTask } from '../language-model/run-task.js';
import { dsaFeedbackTask, type DsaFeedbackInput, type DsaProblemBrief } from '../prompts/tasks.js';
import { requireOptions, validateCandidateText } from '../interview/candidate-text.js';
import { assertSessionActive, loadSession, touchSession } from '../interview/session-access.js';
import type { DsaCodeOptions, DsaService } from './dsa-service-types.js';
import { evaluateCode, isLargeTest, type CodeEvaluation } from '../code-runner/evaluate-code.js';
import { findRunnableProblem } from '../catalog/runnable/index.js';
import type { RunnableProblem } from '../catalog/runnable-problem-types.js';
import type { CodeLanguage } from '../ports/code-runner.js';
import type { DsaCodeSubmission } from '../domain/index.js';
import { ValidationError } from '../errors/validation-error.js';
import { createId } from '../internal/ids.js';

/** The longest code accepted for a run or a submission, in characters. */
export const MAX_CODE_LENGTH = 20_000;

/** Points a correct solution loses when its large inputs run out of time (a slower complexity than expected). */
const TIMING_PENALTY = 2;
/** How much the interviewer's judgment of the code weighs once every test passes. */
const JUDGE_WEIGHT = 0.15;

/**
 * The score of a code submission from its tests alone: 10 × the share of tests passed, minus
 * `TIMING_PENALTY` when the small tests pass but the large inputs time out. Stored with the
 * submission.
 */
export function scoreCodeTests(evaluation: Pick<CodeEvaluation, 'correctness' | 'timingNote'>): number {
  const score = 10 * evaluation.correctness - (evaluation.timingNote ? TIMING_PENALTY : 0);
  return roundScore(score);
}

/**
 * The round's score after a code submission: correctness first; only when every test passes
 * does the interviewer's judgment of the code (complexity, clarity) move it, by `JUDGE_WEIGHT`,
 * so correct code scores at least 8.5 and wrong code never gains from the discussion.
 */
export function blendCodeScore(testScore: number, allPassed: boolean, judgeScore: number): number {
  if (!allPassed) return testScore;
  return roundScore((1 - JUDGE_WEIGHT) * testScore + JUDGE_WEIGHT * judgeScore);
}

function roundScore(score: number): number {
  return Math.round(Math.min(10, Math.max(0, score)) * 10) / 10;
}

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

  async function exchange(options: {
    sessionId: string;
    text: unknown;
    kind: DsaMessage['kind'] & ('pseudocode' | 'message');
    abortSignal?: AbortSignal | undefined;
    /** Code submissions: the score the round keeps, from the interviewer's. */
    score?: (judgeScore: number) => number;
    /** Code submissions: what the tests showed, which the interviewer must not contradict. */
    tests?: DsaFeedbackInput['latest']['tests'];
    maxLength?: number;
  }): Promise<DsaExchange> {
    const path = options.kind === 'pseudocode' ? 'pseudocode' : 'message';
    const text = validateCandidateText(options.text, { path, maxLength: options.maxLength ?? context.settings.maxAnswerLength, required: true });
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
        latest: { kind: options.kind, text: candidateMessage.text, ...(options.tests ? { tests: options.tests } : {}) },
        turn,
        maxTurns,
      },
      { abortSignal: options.abortSignal },
    );

    // The turn limit ends the discussion whatever the model says.
    const done = output.done || turn >= maxTurns;
    const followUp = done ? null : output.followUp?.trim() || null;
    const now = context.now().toISOString();
    const evaluation: DsaEvaluation = {
      score: options.score ? options.score(output.score) : output.score,
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

  /** The languages offered for a problem: those the runner has, the problem supports and (for an authored template) the template allows. */
  function codeOptions(problemId: string, allowed?: readonly CodeLanguage[]): DsaCodeOptions {
    const runnable = findRunnableProblem(problemId);
    const languages = runnable
      ? (context.codeRunner?.languages ?? []).filter((language) => runnable.entry[language] && (allowed === undefined || allowed.includes(language)))
      : [];
    const signatures: DsaCodeOptions['signatures'] = {};
    for (const language of languages) signatures[language] = runnable!.signatures[language];
    return { languages: ['pseudocode', ...languages], signatures };
  }

  /** Checks a run or submission and finds what it runs against; throws before anything runs. */
  async function prepareCode(options: { sessionId: string; language: unknown; code: unknown }) {
    if (typeof options.code !== 'string' || options.code.trim().length === 0) {
      throw new ValidationError({ message: 'The code is empty.', issues: [{ path: 'code', message: 'must not be blank' }] });
    }
    if (options.code.length > MAX_CODE_LENGTH) {
      throw new ValidationError({
        code: 'CODE_TOO_LONG',
        message: `The code is too long: at most ${MAX_CODE_LENGTH} characters are accepted.`,
        issues: [{ path: 'code', message: `longer than ${MAX_CODE_LENGTH} characters` }],
      });
    }
    const session = await activeSession(options.sessionId);
    const round = await storage.dsa.get({ sessionId: session.id });
    if (!round) throw new ConflictError({ code: 'DSA_NOT_STARTED', message: 'Start the DSA round before running code.' });
    const offered = codeOptions(round.problem.id, session.plan.dsa?.languages).languages.filter((language) => language !== 'pseudocode');
    if (!offered.includes(options.language as CodeLanguage)) {
      const why = context.codeRunner?.unavailable?.[options.language as CodeLanguage];
      throw new ValidationError({
        code: 'UNSUPPORTED_LANGUAGE',
        message: offered.length
          ? `This problem can be run in ${offered.join(' or ')}${why ? `; ${String(options.language)} is unavailable here: ${why}` : ''}.`
          : 'This server runs no code for this problem: submit pseudocode instead.',
        issues: [{ path: 'language', message: `must be one of ${offered.join(', ') || '(none)'}` }],
      });
    }
    return {
      session,
      round,
      language: options.language as CodeLanguage,
      code: options.code,
      problem: findRunnableProblem(round.problem.id) as RunnableProblem,
    };
  }

  return {
    codeOptions,

    async runCode(options) {
      const { sessionId, language, code, abortSignal } = requireOptions(options);
      const prepared = await prepareCode({ sessionId, language, code });
      const evaluation = await evaluateCode({
        codeRunner: context.codeRunner!,
        problem: prepared.problem,
        language: prepared.language,
        code: prepared.code,
        tests: 'examples',
        ...(abortSignal ? { abortSignal } : {}),
      });
      return { evaluation };
    },

    async submitCode(options) {
      const { sessionId, language, code, abortSignal } = requireOptions(options);
      const prepared = await prepareCode({ sessionId, language, code });
      if (prepared.round.done) throw alreadyDone();
      const evaluation = await evaluateCode({
        codeRunner: context.codeRunner!,
        problem: prepared.problem,
        language: prepared.language,
        code: prepared.code,
        tests: 'all',
        ...(abortSignal ? { abortSignal } : {}),
      });
      const testScore = scoreCodeTests(evaluation);
      const allPassed = evaluation.status === 'passed';
      const summary = [
        `${evaluation.passed} of ${evaluation.total} tests passed.`,
        evaluation.timingNote,
        evaluation.status === 'error' && evaluation.message ? `The code did not run: ${evaluation.message}` : null,
      ]
        .filter(Boolean)
        .join(' ');

      // The submission is stored before the interviewer is asked, so a model failure loses
      // nothing; the same code again (a double click, a retry) is not stored twice.
      const latest = prepared.round.codeSubmissions.at(-1);
      const repeated = latest !== undefined && latest.language === prepared.language && latest.code === prepared.code;
      let submission: DsaCodeSubmission;
      if (repeated) {
        submission = latest;
      } else {
        submission = await storage.dsa.addCodeSubmission({
          sessionId: prepared.session.id,
          submission: {
            id: createId(),
            language: prepared.language,
            code: prepared.code,
            status: evaluation.status,
            passed: evaluation.passed,
            total: evaluation.total,
            score: testScore,
            timingNote: evaluation.timingNote ?? null,
            createdAt: context.now().toISOString(),
          },
        });
      }

      // Already discussed: answer from the stored round instead of counting the code again.
      const lastCandidate = [...prepared.round.messages].reverse().find((message) => message.role === 'candidate');
      const answered = prepared.round.messages.at(-1)?.role === 'interviewer';
      if (repeated && answered && lastCandidate?.kind === 'pseudocode' && lastCandidate.text === prepared.code.trim() && prepared.round.evaluation) {
        const followUp = prepared.round.messages.at(-1)?.kind === 'follow_up' ? prepared.round.messages.at(-1)!.text : null;
        return {
          round: prepared.round,
          evaluation,
          submission,
          feedback: `${summary} ${prepared.round.evaluation.feedback}`,
          score: prepared.round.evaluation.score,
          followUp,
          done: prepared.round.done,
        };
      }

      const result = await exchange({
        sessionId: prepared.session.id,
        text: prepared.code,
        kind: 'pseudocode',
        maxLength: MAX_CODE_LENGTH,
        score: (judgeScore) => blendCodeScore(testScore, allPassed, judgeScore),
        tests: {
          passed: evaluation.passed,
          total: evaluation.total,
          largeInputPassed: evaluation.cases.some((testCase) => isLargeTest(testCase.name) && testCase.passed),
        },
        abortSignal,
      });
      return {
        round: result.round,
        evaluation,
        submission,
        feedback: `${summary} ${result.reply}`,
        score: result.round.evaluation?.score ?? testScore,
        followUp: result.followUp,
        done: result.done,
      };
    },

    async start(options) {
      const session = await activeSession(requireOptions(options).sessionId);
      if (session.state === 'interviewing') {
        throw new ConflictError({
          code: 'INTERVIEW_NOT_FINISHED',
          message: 'Answer every interview question before starting the DSA round.',
        });
      }
      // The template decides: one without a coding round never hands one out.
      if (!session.plan.includeDsa) {
        throw new ConflictError({ code: 'DSA_NOT_IN_TEMPLATE', message: 'This interview has no coding round.' });
      }
      const existing = await storage.dsa.get({ sessionId: session.id });
      if (existing) return { round: existing, problem: existing.problem, code: codeOptions(existing.problem.id, session.plan.dsa?.languages) };

      const chosen = chooseDsaProblem({
        roleFamily: session.role.family,
        seniority: session.role.seniority,
        seed: session.id,
        excludeIds: [],
        ...(session.plan.dsa && session.plan.dsa.difficulty !== 'auto' ? { difficulty: session.plan.dsa.difficulty } : {}),
      });
      const now = context.now().toISOString();
      const draft: DsaRound = {
        sessionId: session.id,
        problem: toPublicProblem(chosen),
        messages: [],
        submissions: 0,
        codeSubmissions: [],
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
      return { round, problem: round.problem, code: codeOptions(round.problem.id, session.plan.dsa?.languages) };
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
