import { describe, expect, it } from 'vitest';
import type { AnswerEvaluation, InterviewTurn } from '../domain/index.js';
import { shouldFollowUp } from './follow-up-policy.js';
import { decideNextQuestion, planQuestionKinds, plannedNumberOf, totalQuestionCount } from './question-planner.js';

const provenance = { provider: 'test', modelId: 'test', task: 'evaluate-answer', promptVersion: 1 };

function evaluation(score: number, evidenceStatus: AnswerEvaluation['evidenceStatus'] = 'sufficient'): AnswerEvaluation {
  return { score, feedback: 'f', strengths: [], improvements: [], evidence: [], evidenceStatus, provenance };
}

function turn(index: number, overrides: Partial<InterviewTurn> = {}): InterviewTurn {
  return {
    id: `turn-${index}`,
    sessionId: 'session',
    index,
    kind: 'behavioral',
    question: `Question ${index}?`,
    questionKey: null,
    followUpOf: null,
    answer: 'an answer',
    answeredAt: '2024-01-01T00:00:00.000Z',
    evaluation: evaluation(8),
    createdAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('planQuestionKinds', () => {
  it('should alternate behavioral and technical, starting with behavioral', () => {
    expect(planQuestionKinds({ behavioral: 3, technical: 3 })).toEqual(['behavioral', 'technical', 'behavioral', 'technical', 'behavioral', 'technical']);
  });

  it('should finish with the remaining kind when one runs out', () => {
    expect(planQuestionKinds({ behavioral: 1, technical: 2 })).toEqual(['behavioral', 'technical', 'technical']);
    expect(planQuestionKinds({ behavioral: 4, technical: 2 })).toEqual(['behavioral', 'technical', 'behavioral', 'technical', 'behavioral', 'behavioral']);
    expect(planQuestionKinds({ behavioral: 0, technical: 2 })).toEqual(['technical', 'technical']);
  });
});

describe('shouldFollowUp', () => {
  it('should follow up a low score or insufficient evidence on a planned question', () => {
    const low = turn(0, { evaluation: evaluation(4) });
    const thin = turn(0, { evaluation: evaluation(7, 'insufficient_evidence') });
    expect(shouldFollowUp(low, [low])).toBe(true);
    expect(shouldFollowUp(thin, [thin])).toBe(true);
  });

  it('should not follow up a good answer, or an answer not yet evaluated', () => {
    const good = turn(0, { evaluation: evaluation(5) });
    const pending = turn(0, { evaluation: null });
    expect(shouldFollowUp(good, [good])).toBe(false);
    expect(shouldFollowUp(pending, [pending])).toBe(false);
  });

  it('should never follow up a follow-up, so thin answers cannot loop', () => {
    const planned = turn(0, { evaluation: evaluation(1, 'insufficient_evidence') });
    const followUp = turn(1, { followUpOf: planned.id, evaluation: evaluation(0, 'insufficient_evidence') });
    expect(shouldFollowUp(followUp, [planned, followUp])).toBe(false);
  });

  it('should ask at most one follow-up per planned question', () => {
    const planned = turn(0, { evaluation: evaluation(1) });
    const followUp = turn(1, { followUpOf: planned.id, answer: null, evaluation: null });
    expect(shouldFollowUp(planned, [planned, followUp])).toBe(false);
  });
});

describe('decideNextQuestion', () => {
  const plan = { behavioral: 1, technical: 2 };

  it('should ask the next planned question after a good answer', () => {
    const first = turn(0);
    expect(decideNextQuestion({ plan, turns: [first], answered: first })).toEqual({ type: 'planned', kind: 'technical', plannedNumber: 2 });
  });

  it('should ask a follow-up of the same kind after a thin answer, then move on', () => {
    const first = turn(0, { kind: 'technical', evaluation: evaluation(2) });
    const step = decideNextQuestion({ plan, turns: [first], answered: first });
    expect(step).toMatchObject({ type: 'follow-up', kind: 'technical', plannedNumber: 1 });
    const followUp = turn(1, { kind: 'technical', followUpOf: first.id, evaluation: evaluation(1) });
    const turns = [first, followUp];
    expect(decideNextQuestion({ plan, turns, answered: followUp })).toEqual({ type: 'planned', kind: 'technical', plannedNumber: 2 });
    expect(plannedNumberOf(followUp, turns)).toBe(1);
    expect(totalQuestionCount(plan, turns)).toBe(4);
  });

  it('should end when every planned question was asked', () => {
    const turns = [turn(0), turn(1, { kind: 'technical' }), turn(2, { kind: 'technical' })];
    expect(decideNextQuestion({ plan, turns, answered: turns[2] as InterviewTurn })).toEqual({ type: 'none' });
  });

  it('should end even when every answer is thin: planned questions plus at most one follow-up each', () => {
    const turns: InterviewTurn[] = [];
    for (let guard = 0; guard < 20; guard += 1) {
      const previous = turns.at(-1);
      const step = previous ? decideNextQuestion({ plan, turns, answered: previous }) : ({ type: 'planned', kind: 'behavioral', plannedNumber: 1 } as const);
      if (step.type === 'none') break;
      turns.push(
        turn(turns.length, {
          id: `t${turns.length}`,
          kind: step.kind,
          followUpOf: step.type === 'follow-up' ? step.of.id : null,
          evaluation: evaluation(0, 'insufficient_evidence'),
        }),
      );
    }
    expect(turns).toHaveLength(6);
    expect(turns.filter((entry) => entry.followUpOf !== null)).toHaveLength(3);
  });
});
