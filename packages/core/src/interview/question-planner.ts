import type { InterviewSession, InterviewTurn, QuestionKind } from '../domain/index.js';
import { shouldFollowUp } from './follow-up-policy.js';

type Plan = Pick<InterviewSession['plan'], 'behavioral' | 'technical' | 'fixedQuestions' | 'followUps'>;

/** What to ask after an answer. */
export type NextQuestionStep =
  /** A follow-up to the thin answer of `of`, of the same kind. */
  | { type: 'follow-up'; kind: QuestionKind; of: InterviewTurn; plannedNumber: number }
  /** The next planned question; `plannedNumber` is 1-based among the planned questions. */
  | { type: 'planned'; kind: QuestionKind; plannedNumber: number }
  /** Every planned question has been asked. */
  | { type: 'none' };

/**
 * The kinds of the planned questions in the order they are asked. The order is fixed so that
 * an interview is reproducible: behavioral and technical alternate, starting with behavioral
 * (an easier opening), and once one kind runs out the remaining questions are of the other
 * kind. For 3 + 3 that is B T B T B T; for 1 + 2 it is B T T; for 4 + 2 it is B T B T B B.
 */
export function planQuestionKinds(plan: Plan): QuestionKind[] {
  // An authored template's fixed questions come first, in its order; their kinds count toward the plan's.
  const kinds: QuestionKind[] = (plan.fixedQuestions ?? []).map((question) => question.kind);
  const fixedBehavioral = kinds.filter((kind) => kind === 'behavioral').length;
  let behavioral = Math.max(0, Math.floor(plan.behavioral) - fixedBehavioral);
  let technical = Math.max(0, Math.floor(plan.technical) - (kinds.length - fixedBehavioral));
  while (behavioral > 0 || technical > 0) {
    if (behavioral > 0) {
      kinds.push('behavioral');
      behavioral -= 1;
    }
    if (technical > 0) {
      kinds.push('technical');
      technical -= 1;
    }
  }
  return kinds;
}

/** How many planned questions the plan asks. */
export function plannedQuestionCount(plan: Plan): number {
  return planQuestionKinds(plan).length;
}

/** Planned questions plus the follow-ups asked so far. */
export function totalQuestionCount(plan: Plan, turns: readonly InterviewTurn[]): number {
  return plannedQuestionCount(plan) + turns.filter((turn) => turn.followUpOf !== null).length;
}

/** The 1-based position of a turn among the planned questions (a follow-up shares the one it follows). */
export function plannedNumberOf(turn: InterviewTurn, turns: readonly InterviewTurn[]): number {
  return Math.max(1, turns.filter((other) => other.followUpOf === null && other.index <= turn.index).length);
}

/** The first question of a session. */
export function firstQuestionStep(plan: Plan): NextQuestionStep {
  const [kind] = planQuestionKinds(plan);
  return kind ? { type: 'planned', kind, plannedNumber: 1 } : { type: 'none' };
}

/**
 * Decides what follows the answer to `answered`: a follow-up when the follow-up policy asks
 * for one, else the next planned question, else nothing. Deterministic for a given session,
 * so a retry after a crash decides the same.
 */
export function decideNextQuestion(options: { plan: Plan; turns: readonly InterviewTurn[]; answered: InterviewTurn }): NextQuestionStep {
  const { plan, turns, answered } = options;
  if (plan.followUps !== false && shouldFollowUp(answered, turns)) {
    return { type: 'follow-up', kind: answered.kind, of: answered, plannedNumber: plannedNumberOf(answered, turns) };
  }
  const kinds = planQuestionKinds(plan);
  const askedPlanned = turns.filter((turn) => turn.followUpOf === null).length;
  const kind = kinds[askedPlanned];
  return kind ? { type: 'planned', kind, plannedNumber: askedPlanned + 1 } : { type: 'none' };
}
