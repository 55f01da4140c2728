import type { InterviewSession, InterviewTurn } from '../domain/index.js';
import type { CoachContext } from '../internal/context.js';
import { createId } from '../internal/ids.js';
import { runTask } from '../language-model/run-task.js';
import { generateQuestionTask } from '../prompts/tasks.js';
import { plannedQuestionCount, type NextQuestionStep } from './question-planner.js';

/**
 * Asks the language model for the question of `step` and returns it as a new, unsaved turn
 * placed after `turns`. The session id is the seed, so a deterministic model asks the same
 * interview again for the same session.
 */
export async function generateQuestionTurn(
  context: CoachContext,
  options: {
    session: InterviewSession;
    turns: readonly InterviewTurn[];
    step: Exclude<NextQuestionStep, { type: 'none' }>;
    abortSignal?: AbortSignal;
  },
): Promise<InterviewTurn> {
  const { session, turns, step, abortSignal } = options;
  const followUpOf = step.type === 'follow-up' ? step.of : null;
  const fixed = step.type === 'planned' ? session.plan.fixedQuestions?.[step.plannedNumber - 1] : undefined;
  // A question the hiring site wrote is asked word for word; the model is not consulted.
  if (fixed) return newTurn(context, { session, turns, kind: fixed.kind, question: fixed.text, questionKey: null, followUpOf: null });
  const { output } = await runTask(
    context,
    generateQuestionTask,
    {
      kind: step.kind,
      role: session.role,
      skills: session.resume.skills,
      resumeText: session.resume.text,
      jobDescription: session.jobDescription,
      previousQuestions: turns.map((turn) => ({ question: turn.question, kind: turn.kind, questionKey: turn.questionKey })),
      questionNumber: step.plannedNumber,
      totalQuestions: plannedQuestionCount(session.plan),
      followUpTo: followUpOf
        ? {
            question: followUpOf.question,
            answer: followUpOf.answer ?? '',
            feedback: followUpOf.evaluation?.feedback ?? '',
            questionKey: followUpOf.questionKey,
          }
        : null,
      seed: session.id,
    },
    { abortSignal },
  );
  return newTurn(context, { session, turns, kind: step.kind, question: output.question, questionKey: output.questionKey, followUpOf: followUpOf?.id ?? null });
}

function newTurn(
  context: CoachContext,
  options: {
    session: InterviewSession;
    turns: readonly InterviewTurn[];
    kind: InterviewTurn['kind'];
    question: string;
    questionKey: string | null;
    followUpOf: string | null;
  },
): InterviewTurn {
  return {
    id: createId(),
    sessionId: options.session.id,
    index: options.turns.length,
    kind: options.kind,
    question: options.question,
    questionKey: options.questionKey,
    followUpOf: options.followUpOf,
    answer: null,
    answeredAt: null,
    evaluation: null,
    createdAt: context.now().toISOString(),
  };
}
