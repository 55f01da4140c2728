import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewTurn } from '../domain/index.js';
import { ConflictError, NotFoundError, ProviderError, ValidationError } from '../errors/index.js';
import {
  contextFor,
  createCandidateFlowContext,
  createScriptedModel,
  STRONG_BEHAVIORAL_ANSWER,
  STRONG_TECHNICAL_ANSWER,
  strongAnswerFor,
  TEXT_RESUME,
  type CandidateFlowContext,
} from '../../test/support/candidate-flow-context.js';
import { createInterviewService } from './interview-service.js';
import type { InterviewService } from './interview-types.js';

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}

/** Answers every remaining question strongly; returns the answered turns in order. */
async function answerAll(interviews: InterviewService, sessionId: string, first: InterviewTurn): Promise<InterviewTurn[]> {
  const answered: InterviewTurn[] = [];
  let current: InterviewTurn | null = first;
  while (current) {
    const result = await interviews.submitAnswer({ sessionId, questionId: current.id, answer: strongAnswerFor(current) });
    answered.push(result.turn);
    current = result.nextQuestion;
  }
  return answered;
}

describe('createInterviewService', () => {
  let flow: CandidateFlowContext;
  let scripted: ReturnType<typeof createScriptedModel>;
  let interviews: InterviewService;

  beforeEach(async () => {
    scripted = createScriptedModel();
    flow = await createCandidateFlowContext({ languageModel: scripted.model });
    interviews = createInterviewService(flow.context);
  });
  afterEach(() => flow.cleanup());

  describe('start', () => {
    it('should create a session with the detected role and a first behavioral question, stored', async () => {
      const { session, question, questionNumber, totalQuestions } = await interviews.start({ resume: TEXT_RESUME });
      expect(session).toMatchObject({ templateId: 'software-engineer', state: 'interviewing', finalFeedback: null, reportId: null });
      expect(session.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(session.lastActivityAt).toBe(flow.clock.now().toISOString());
      expect(session.resume.name).toBe('Jordan Avery Smith');
      expect(session.role.title.length).toBeGreaterThan(0);
      expect(session.plan).toEqual({ behavioral: 3, technical: 3, includeDsa: true });
      expect(question).toMatchObject({ sessionId: session.id, index: 0, kind: 'behavioral', answer: null, followUpOf: null });
      expect(questionNumber).toBe(1);
      expect(totalQuestions).toBe(6);
      expect(await flow.context.storage.sessions.get({ id: session.id })).toEqual(session);
      expect(await flow.context.storage.turns.listBySession({ sessionId: session.id })).toEqual([question]);
    });

    it('should let the template fix the role family and the level', async () => {
      const frontend = await interviews.start({ resume: TEXT_RESUME, templateId: 'frontend-engineer' });
      expect(frontend.session.role.family).toBe('frontend');
      const newGrad = await interviews.start({ resume: TEXT_RESUME, templateId: 'new-grad' });
      expect(newGrad.session.role.seniority).toBe('junior');
      expect(newGrad.session.role.title).not.toMatch(/\b(senior|lead)\b/i);
    });

    it('should reject an unknown template and an overlong job description before reading the resume', async () => {
      await expect(interviews.start({ resume: TEXT_RESUME, templateId: 'nope' })).rejects.toSatisfy((error) => NotFoundError.isInstance(error));
      await expect(interviews.start({ resume: TEXT_RESUME, jobDescription: 'x'.repeat(10_001) })).rejects.toSatisfy(
        (error) => ValidationError.isInstance(error) && codeOf(error) === 'TEXT_TOO_LONG',
      );
      expect(scripted.model.calls).toHaveLength(0);
    });

    it('should keep a job description and pass it to the model', async () => {
      const { session } = await interviews.start({ resume: TEXT_RESUME, jobDescription: '  Backend role: Go, Kafka, PostgreSQL.  ' });
      expect(session.jobDescription).toBe('Backend role: Go, Kafka, PostgreSQL.');
      const detect = scripted.model.calls.find((call) => call.method === 'generateObject' && call.options.task.name === 'detect-role');
      expect(detect?.method === 'generateObject' && (detect.options.input as { jobDescription: string }).jobDescription).toBe(
        'Backend role: Go, Kafka, PostgreSQL.',
      );
    });
  });

  describe('submitAnswer', () => {
    it('should store, evaluate and move through the planned questions in alternating order', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      const first = await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: `  ${STRONG_BEHAVIORAL_ANSWER}  ` });
      expect(first.turn.answer).toBe(STRONG_BEHAVIORAL_ANSWER);
      expect(first.evaluation.score).toBeGreaterThanOrEqual(5);
      expect(first.evaluation.provenance.task).toBe('evaluate-answer');
      expect(first).toMatchObject({ isFinal: false, questionNumber: 2, totalQuestions: 6 });
      expect(first.nextQuestion).toMatchObject({ index: 1, kind: 'technical', followUpOf: null });

      const rest = await answerAll(interviews, session.id, first.nextQuestion as InterviewTurn);
      const turns = await flow.context.storage.turns.listBySession({ sessionId: session.id });
      expect(turns.map((turn) => turn.kind)).toEqual(['behavioral', 'technical', 'behavioral', 'technical', 'behavioral', 'technical']);
      expect(new Set(turns.map((turn) => turn.question)).size).toBe(6);
      expect(turns.every((turn) => turn.evaluation !== null)).toBe(true);
      expect(rest).toHaveLength(5);
      expect((await flow.context.storage.sessions.get({ id: session.id }))?.state).toBe('questions_done');
    });

    it('should report the last answer as final with its own number', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME, templateId: 'quick-practice' });
      let current: InterviewTurn = question;
      for (;;) {
        const result = await interviews.submitAnswer({ sessionId: session.id, questionId: current.id, answer: strongAnswerFor(current) });
        if (!result.nextQuestion) {
          expect(result).toMatchObject({ isFinal: true, questionNumber: 3, totalQuestions: 3 });
          break;
        }
        current = result.nextQuestion;
      }
    });

    it('should ask one follow-up after a thin answer, and none after a thin follow-up', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME, templateId: 'quick-practice' });
      const thin = await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: "I don't know." });
      expect(thin.evaluation.evidenceStatus).toBe('insufficient_evidence');
      expect(thin.nextQuestion).toMatchObject({ kind: 'behavioral', followUpOf: question.id, index: 1 });
      // The follow-up shares the number of the question it follows, and the planned count stays put.
      expect(thin).toMatchObject({ questionNumber: 1, totalQuestions: 3 });
      expect(await interviews.getState({ sessionId: session.id })).toMatchObject({ questionNumber: 1, totalQuestions: 3 });

      const thinAgain = await interviews.submitAnswer({ sessionId: session.id, questionId: (thin.nextQuestion as InterviewTurn).id, answer: 'No idea.' });
      expect(thinAgain.nextQuestion).toMatchObject({ kind: 'technical', followUpOf: null, index: 2 });
      expect(thinAgain).toMatchObject({ questionNumber: 2, totalQuestions: 3 });
    });

    it('should refuse a second answer to the same question with QUESTION_ALREADY_ANSWERED', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER });
      for (const answer of [STRONG_BEHAVIORAL_ANSWER, 'A different answer altogether, with more words in it.']) {
        await expect(interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer })).rejects.toSatisfy(
          (error) => ConflictError.isInstance(error) && codeOf(error) === 'QUESTION_ALREADY_ANSWERED',
        );
      }
      expect(await flow.context.storage.turns.listBySession({ sessionId: session.id })).toHaveLength(2);
    });

    it('should let exactly one of two concurrent submissions succeed, also across connections', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      const peer = createInterviewService(contextFor(await flow.testStorage.openPeer(), { languageModel: scripted.model, now: flow.clock.now }));
      const results = await Promise.allSettled([
        interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER }),
        peer.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER }),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((result) => result.status === 'rejected');
      expect(codeOf(rejected?.reason)).toBe('QUESTION_ALREADY_ANSWERED');
      const turns = await flow.context.storage.turns.listBySession({ sessionId: session.id });
      expect(turns).toHaveLength(2);
      expect(turns[0]?.answer).toBe(STRONG_BEHAVIORAL_ANSWER);
    });

    it('should reject unknown sessions and questions, and questions of another session', async () => {
      const a = await interviews.start({ resume: TEXT_RESUME });
      const b = await interviews.start({ resume: TEXT_RESUME });
      const notFound = (error: unknown) => NotFoundError.isInstance(error);
      await expect(interviews.submitAnswer({ sessionId: 'AAAAAAAAAAAAAAAAAAAAAA', questionId: a.question.id, answer: 'x' })).rejects.toSatisfy(notFound);
      await expect(interviews.submitAnswer({ sessionId: '../etc/passwd', questionId: a.question.id, answer: 'x' })).rejects.toSatisfy(notFound);
      await expect(interviews.submitAnswer({ sessionId: a.session.id, questionId: 'AAAAAAAAAAAAAAAAAAAAAA', answer: 'x' })).rejects.toSatisfy(notFound);
      await expect(interviews.submitAnswer({ sessionId: a.session.id, questionId: b.question.id, answer: 'x' })).rejects.toSatisfy(notFound);
      expect((await flow.context.storage.turns.get({ id: b.question.id }))?.answer).toBeNull();
    });

    it('should reject an overlong answer with TEXT_TOO_LONG and store nothing', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      const answer = 'y'.repeat(flow.context.settings.maxAnswerLength + 1);
      await expect(interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer })).rejects.toSatisfy(
        (error) => ValidationError.isInstance(error) && codeOf(error) === 'TEXT_TOO_LONG',
      );
      expect((await flow.context.storage.turns.get({ id: question.id }))?.answer).toBeNull();
    });

    it('should expire an idle session and keep an active one alive', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      const idle = flow.context.settings.sessionIdleMinutes;
      flow.clock.advanceMinutes(idle - 1);
      const result = await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER });
      expect((await flow.context.storage.sessions.get({ id: session.id }))?.lastActivityAt).toBe(flow.clock.now().toISOString());
      flow.clock.advanceMinutes(idle + 1);
      const next = result.nextQuestion as InterviewTurn;
      await expect(interviews.submitAnswer({ sessionId: session.id, questionId: next.id, answer: STRONG_TECHNICAL_ANSWER })).rejects.toSatisfy(
        (error) => ConflictError.isInstance(error) && codeOf(error) === 'SESSION_EXPIRED',
      );
      expect((await flow.context.storage.turns.get({ id: next.id }))?.answer).toBeNull();
    });

    it('should keep the answer when evaluation fails, and evaluate it when the same answer is sent again', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      scripted.fail({ task: 'evaluate-answer', error: new ProviderError({ message: 'upstream down', provider: 'offline', statusCode: 503 }) });
      await expect(interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER })).rejects.toSatisfy((error) =>
        ProviderError.isInstance(error),
      );
      const stored = await flow.context.storage.turns.get({ id: question.id });
      expect(stored).toMatchObject({ answer: STRONG_BEHAVIORAL_ANSWER, evaluation: null });
      // A read while the model is still down answers, leaving the question where it was.
      scripted.fail({ task: 'evaluate-answer', error: new ProviderError({ message: 'upstream down', provider: 'offline', statusCode: 503 }) });
      const state = await interviews.getState({ sessionId: session.id });
      expect(state.currentQuestion?.id).toBe(question.id);

      scripted.fail({ task: 'evaluate-answer', error: new ProviderError({ message: 'upstream down', provider: 'offline', statusCode: 503 }) });
      await expect(
        interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: 'Something else entirely, written after the failure.' }),
      ).rejects.toSatisfy((error) => codeOf(error) === 'QUESTION_ALREADY_ANSWERED');
      const retried = await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER });
      expect(retried.evaluation.score).toBeGreaterThan(0);
      expect(retried.nextQuestion?.index).toBe(1);
    });

    it('should turn unusable model output into a typed error without losing the answer', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      // Two bad replies: the original and the one repair attempt.
      scripted.fail({ task: 'evaluate-answer', reply: { score: 'excellent' } });
      scripted.fail({ task: 'evaluate-answer', reply: { verdict: 'great' } });
      await expect(interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER })).rejects.toSatisfy(
        (error) => ProviderError.isInstance(error) && codeOf(error) === 'INVALID_MODEL_OUTPUT',
      );
      expect((await flow.context.storage.turns.get({ id: question.id }))?.answer).toBe(STRONG_BEHAVIORAL_ANSWER);
      const retried = await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER });
      expect(retried.nextQuestion).not.toBeNull();
    });

    it('should complete a call that stored the evaluation but failed to create the next question, without re-evaluating', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME });
      scripted.fail({ task: 'generate-question', error: new ProviderError({ message: 'timeout', provider: 'offline', statusCode: 504 }) });
      await expect(interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER })).rejects.toSatisfy((error) =>
        ProviderError.isInstance(error),
      );
      const stored = await flow.context.storage.turns.get({ id: question.id });
      expect(stored?.evaluation).not.toBeNull();
      const evaluations = scripted.count('evaluate-answer');
      const retried = await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER });
      expect(scripted.count('evaluate-answer')).toBe(evaluations);
      expect(retried.evaluation).toEqual(stored?.evaluation);
      expect(retried.nextQuestion).toMatchObject({ index: 1, kind: 'technical' });
    });

    it('should refuse answers once the interview is completed', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME, templateId: 'quick-practice' });
      const answered = await answerAll(interviews, session.id, question);
      await interviews.getFinalFeedback({ sessionId: session.id });
      await expect(interviews.submitAnswer({ sessionId: session.id, questionId: (answered.at(-1) as InterviewTurn).id, answer: 'again' })).rejects.toSatisfy(
        (error) => ConflictError.isInstance(error) && codeOf(error) === 'INTERVIEW_ALREADY_FINISHED',
      );
    });
  });

  describe('getFinalFeedback', () => {
    it('should refuse while questions remain', async () => {
      const { session } = await interviews.start({ resume: TEXT_RESUME });
      await expect(interviews.getFinalFeedback({ sessionId: session.id })).rejects.toSatisfy(
        (error) => ConflictError.isInstance(error) && codeOf(error) === 'INTERVIEW_NOT_FINISHED',
      );
    });

    it('should compute the mean score, store the feedback and the report, and not call the model twice', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME, templateId: 'quick-practice' });
      scripted.fail({
        task: 'evaluate-answer',
        reply: {
          score: 3,
          feedback: 'Vague.',
          strengths: [],
          improvements: ['Be specific.'],
          evidence: ['I profiled the service'],
          evidenceStatus: 'sufficient',
        },
      });
      await answerAll(interviews, session.id, question);
      const turns = await flow.context.storage.turns.listBySession({ sessionId: session.id });
      const scores = turns.map((turn) => turn.evaluation?.score as number);
      const expected = Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;

      const result = await interviews.getFinalFeedback({ sessionId: session.id });
      expect(result.feedback.overallScore).toBe(expected);
      expect(result.feedback.summary.length).toBeGreaterThan(0);
      expect(result.feedback.provenance.task).toBe('final-feedback');
      expect(result.session).toMatchObject({ state: 'completed', reportId: result.report.id });
      expect(result.report).toMatchObject({
        sessionId: session.id,
        candidateName: 'Jordan Avery Smith',
        candidateEmail: 'jordan.smith@example.com',
        role: session.role.title,
        overallScore: expected,
        decision: 'Pending',
        dsa: null,
        dsaScore: null,
      });
      expect(result.report.questions).toHaveLength(turns.length);
      const behavioral = turns.filter((turn) => turn.kind === 'behavioral').map((turn) => turn.evaluation?.score as number);
      expect(result.report.behavioralScore).toBe(Math.round((behavioral.reduce((a, b) => a + b, 0) / behavioral.length) * 10) / 10);
      expect(result.report.weights.behavioral + result.report.weights.technical).toBeCloseTo(1);
      expect(result.report.provenance.map((entry) => entry.task)).toEqual(expect.arrayContaining(['evaluate-answer', 'final-feedback']));

      const calls = scripted.count('final-feedback');
      const again = await interviews.getFinalFeedback({ sessionId: session.id });
      expect(scripted.count('final-feedback')).toBe(calls);
      expect(again.feedback).toEqual(result.feedback);
      expect(again.report.id).toBe(result.report.id);
      expect(await flow.context.storage.reports.getBySession({ sessionId: session.id })).toEqual(result.report);
    });

    it('should give concurrent first calls the same stored feedback and one report', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME, templateId: 'quick-practice' });
      await answerAll(interviews, session.id, question);
      const peer = createInterviewService(contextFor(await flow.testStorage.openPeer(), { languageModel: scripted.model, now: flow.clock.now }));
      const [a, b] = await Promise.all([interviews.getFinalFeedback({ sessionId: session.id }), peer.getFinalFeedback({ sessionId: session.id })]);
      expect(a.report.id).toBe(b.report.id);
      expect(a.session.finalFeedback).toEqual(b.session.finalFeedback);
    });
  });

  describe('getState', () => {
    it('should describe where the session is, for resuming after a reload', async () => {
      const { session, question } = await interviews.start({ resume: TEXT_RESUME, templateId: 'quick-practice' });
      const first = await interviews.submitAnswer({ sessionId: session.id, questionId: question.id, answer: STRONG_BEHAVIORAL_ANSWER });
      const state = await interviews.getState({ sessionId: session.id });
      expect(state).toMatchObject({ questionNumber: 2, totalQuestions: 3, dsa: null });
      expect(state.currentQuestion).toEqual(first.nextQuestion);
      expect(state.turns).toHaveLength(2);
      await answerAll(interviews, session.id, first.nextQuestion as InterviewTurn);
      const done = await interviews.getState({ sessionId: session.id });
      expect(done.currentQuestion).toBeNull();
      expect(done.session.state).toBe('questions_done');
      await expect(interviews.getState({ sessionId: 'AAAAAAAAAAAAAAAAAAAAAA' })).rejects.toSatisfy((error) => NotFoundError.isInstance(error));
    });
  });
});
