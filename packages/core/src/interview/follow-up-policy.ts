import type { InterviewTurn } from '../domain/index.js';

/** Answers scoring below this get a follow-up question. */
export const FOLLOW_UP_SCORE_THRESHOLD = 5;

/**
 * Whether an evaluated answer deserves a follow-up question: the answer was thin (the
 * evaluation found insufficient evidence, or scored below {@link FOLLOW_UP_SCORE_THRESHOLD}),
 * the turn is a planned question (never a follow-up of a follow-up, so the interview cannot
 * loop) and it has no follow-up yet (at most one per planned question).
 *
 * @param turn The turn just answered and evaluated.
 * @param turns Every turn of the session.
 */
export function shouldFollowUp(turn: InterviewTurn, turns: readonly InterviewTurn[]): boolean {
  if (turn.followUpOf !== null) return false;
  if (turn.evaluation === null) return false;
  if (turns.some((other) => other.followUpOf === turn.id)) return false;
  return turn.evaluation.evidenceStatus === 'insufficient_evidence' || turn.evaluation.score < FOLLOW_UP_SCORE_THRESHOLD;
}
