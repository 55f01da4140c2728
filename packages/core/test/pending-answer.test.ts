// A process killed between storing an answer and storing its evaluation (or the next question)
// leaves the session stuck unless the next touch follows the answer up. The crash is written
// straight through storage, as the dying process left it, on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInterviewService } from '../src/interview/interview-service.js';
import type { InterviewService } from '../src/interview/interview-types.js';
import { createMaintenanceService } from '../src/maintenance/maintenance-service.js';
import { createTestPostgresStorage, createTestSqliteStorage, shouldRunPostgresTests, type TestStorage } from '../src/testing/test-storage.js';
import type { InterviewTurn } from '../src/domain/index.js';
import { createCandidateFlowContext, strongAnswerFor, TEXT_RESUME, type CandidateFlowContext } from './support/candidate-flow-context.js';

const runPostgres = await shouldRunPostgresTests();

const variants: { name: string; create: () => Promise<TestStorage>; skip: boolean }[] = [
  { name: 'SQLite', create: createTestSqliteStorage, skip: false },
  { name: 'PostgreSQL', create: () => createTestPostgresStorage(), skip: !runPostgres },
];

for (const variant of variants) {
  describe.skipIf(variant.skip)(`a stored answer never evaluated (${variant.name})`, () => {
    let flow: CandidateFlowContext;
    let interviews: InterviewService;

    beforeEach(async () => {
      flow = await createCandidateFlowContext({ storage: await variant.create() });
      interviews = createInterviewService(flow.context);
    });
    afterEach(() => flow.cleanup());

    /** What a process killed right after `recordAnswer` leaves behind. */
    async function crashAfterStoringAnswer(turn: InterviewTurn): Promise<string> {
      const answer = strongAnswerFor(turn);
      await flow.context.storage.turns.recordAnswer({ id: turn.id, answer, answeredAt: flow.clock.now().toISOString() });
      return answer;
    }

    /** Answers until only the last planned question is left; returns it. */
    async function answerAllButLast(sessionId: string, first: InterviewTurn): Promise<InterviewTurn> {
      let current = first;
      for (;;) {
        const result = await interviews.submitAnswer({ sessionId, questionId: current.id, answer: strongAnswerFor(current) });
        if (!result.nextQuestion) throw new Error('ran out of questions');
        const remaining = result.totalQuestions - result.questionNumber;
        current = result.nextQuestion;
        if (remaining === 0) return current;
      }
    }

    it('should evaluate it and move on when the session is read', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      const answer = await crashAfterStoringAnswer(question);

      const state = await interviews.getState({ sessionId: session.id });
      expect(state.turns[0]).toMatchObject({ id: question.id, answer });
      expect(state.turns[0]?.evaluation?.score).toEqual(expect.any(Number));
      expect(state.currentQuestion).not.toBeNull();
      expect(state.currentQuestion?.id).not.toBe(question.id);
      expect(state.currentQuestion?.answer).toBeNull();
      expect(state.questionNumber).toBe(2);
    });

    it('should follow it up when another answer is submitted, then refuse that answer, keeping the first', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      const answer = await crashAfterStoringAnswer(question);

      await expect(interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: 'a different text' })).rejects.toMatchObject({
        code: 'QUESTION_ALREADY_ANSWERED',
      });
      const turns = await flow.context.storage.turns.listBySession({ sessionId: session.id });
      expect(turns).toHaveLength(2);
      expect(turns[0]).toMatchObject({ answer });
      expect(turns[0]?.evaluation).not.toBeNull();
      expect(turns[1]?.answer).toBeNull();
    });

    it('should finish the questions when the last answer is pending and final feedback is asked for', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      const last = await answerAllButLast(session.id, question);
      await crashAfterStoringAnswer(last);

      const result = await interviews.getFinalFeedback({ sessionId: session.id });
      expect(result.session.state).toBe('completed');
      expect(result.turns.at(-1)).toMatchObject({ id: last.id });
      expect(result.turns.every((turn) => turn.evaluation !== null)).toBe(true);
      expect(result.report.overallScore).toEqual(expect.any(Number));
    });

    it('should store the next question when the evaluation was saved but the next question was not', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      await crashAfterStoringAnswer(question);
      const evaluated = await interviews.getState({ sessionId: session.id });
      // Roll the session back to "evaluated, next question missing" by answering the second
      // question and saving an evaluation without continuing.
      const second = evaluated.currentQuestion as InterviewTurn;
      await crashAfterStoringAnswer(second);
      await flow.context.storage.turns.saveEvaluation({ id: second.id, evaluation: evaluated.turns[0]!.evaluation! });

      const state = await interviews.getState({ sessionId: session.id });
      expect(state.turns).toHaveLength(3);
      expect(state.currentQuestion?.index).toBe(2);
    });

    it('should be followed up by maintenance once it is older than a request could take', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      await crashAfterStoringAnswer(question);
      const maintenance = createMaintenanceService(flow.context);

      expect(await maintenance.resumePendingAnswers()).toBe(0);
      expect(await flow.context.storage.turns.listBySession({ sessionId: session.id })).toHaveLength(1);

      flow.clock.advanceMinutes(3);
      expect(await maintenance.resumePendingAnswers()).toBe(1);
      const turns = await flow.context.storage.turns.listBySession({ sessionId: session.id });
      expect(turns).toHaveLength(2);
      expect(turns[0]?.evaluation).not.toBeNull();
      expect(await maintenance.resumePendingAnswers()).toBe(0);
    });

    it('should list only sessions whose last turn is answered and which are still interviewing', async () => {
      const { storage } = flow.context;
      const pending = await interviews.start({ resume: TEXT_RESUME });
      await crashAfterStoringAnswer(pending.question);
      const moved = await interviews.start({ resume: TEXT_RESUME });
      await interviews.submitAnswer({ sessionId: moved.session.id, questionId: moved.question.id, answer: strongAnswerFor(moved.question) });
      await interviews.start({ resume: TEXT_RESUME });
      flow.clock.advanceMinutes(1);

      expect(await storage.turns.listSessionsWithPendingAnswer({ answeredBefore: flow.clock.now().toISOString(), limit: 10 })).toEqual([pending.session.id]);
    });
  });
}
