import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewSession, InterviewTurn } from '../domain/index.js';
import { ConflictError } from '../errors/index.js';
import { createDsaService } from '../dsa/dsa-service.js';
import { createInterviewService } from '../interview/interview-service.js';
import type { InterviewService } from '../interview/interview-types.js';
import {
  createCandidateFlowContext,
  createScriptedModel,
  QUICK_CODING_TEMPLATE_ID,
  strongAnswerFor,
  TEXT_RESUME,
  type CandidateFlowContext,
} from '../../test/support/candidate-flow-context.js';
import { COMBINED_REPORT_WEIGHTS, roundScore } from './build-report.js';
import { createCombinedReport } from './combined-report.js';

async function finishQuestions(interviews: InterviewService, templateId: string): Promise<InterviewSession> {
  const { session, question } = await interviews.start({ resume: TEXT_RESUME, templateId });
  let current: InterviewTurn | null = question;
  while (current) {
    const answer: string = strongAnswerFor(current);
    current = (await interviews.submitAnswer({ sessionId: session.id, questionId: current.id, answer })).nextQuestion;
  }
  return session;
}

describe('createCombinedReport', () => {
  let flow: CandidateFlowContext;
  let scripted: ReturnType<typeof createScriptedModel>;
  let interviews: InterviewService;
  let combined: ReturnType<typeof createCombinedReport>;

  beforeEach(async () => {
    scripted = createScriptedModel();
    flow = await createCandidateFlowContext({ languageModel: scripted.model });
    interviews = createInterviewService(flow.context);
    combined = createCombinedReport(flow.context);
  });
  afterEach(() => flow.cleanup());

  it('should refuse while interview questions remain', async () => {
    const { session } = await interviews.start({ resume: TEXT_RESUME });
    await expect(combined({ sessionId: session.id })).rejects.toSatisfy(
      (error) => ConflictError.isInstance(error) && (error as ConflictError).code === 'INTERVIEW_NOT_FINISHED',
    );
  });

  it('should compute the final feedback itself when it was never asked for', async () => {
    const session = await finishQuestions(interviews, QUICK_CODING_TEMPLATE_ID);
    const { report } = await combined({ sessionId: session.id });
    expect(scripted.count('final-feedback')).toBe(1);
    const stored = await flow.context.storage.sessions.get({ id: session.id });
    expect(stored).toMatchObject({ state: 'completed', reportId: report.id });
    expect(stored?.finalFeedback).not.toBeNull();
  });

  // Without a DSA round the overall used to re-weight the two means evenly, so it differed
  // from the questions' score shown next to it with no explanation; now it is that score.
  it("should keep the questions' score as the overall without a DSA round", async () => {
    const session = await finishQuestions(interviews, QUICK_CODING_TEMPLATE_ID);
    const final = await interviews.getFinalFeedback({ sessionId: session.id });
    const { report } = await combined({ sessionId: session.id });
    expect(report.overallScore).toBe(final.feedback.overallScore);
    expect(report.weights.dsa).toBe(0);
    expect(report.weights.behavioral + report.weights.technical).toBeCloseTo(1);
    expect(report.summary).toMatch(/overall score is the questions' score/);
    expect(report.dsa).toBeNull();
    expect(report.provenance.map((entry) => entry.task)).toEqual(expect.arrayContaining(['evaluate-answer', 'final-feedback', 'combined-feedback']));
  });

  it('should add the DSA round with the explicit weights, keep the decision, and update the one report', async () => {
    const session = await finishQuestions(interviews, QUICK_CODING_TEMPLATE_ID);
    const final = await interviews.getFinalFeedback({ sessionId: session.id });
    await flow.context.storage.reports.setDecision({ id: final.report.id, decision: 'Accepted', actor: 'test', at: flow.clock.now().toISOString() });

    const dsa = createDsaService(flow.context);
    await dsa.start({ sessionId: session.id });
    const submitted = await dsa.submitPseudocode({
      sessionId: session.id,
      pseudocode: 'use a hash map of seen values; one pass; O(n) time, O(n) space; handle the empty input',
    });

    const { report } = await combined({ sessionId: session.id });
    expect(report.id).toBe(final.report.id);
    expect(report.decision).toBe('Accepted');
    expect(report.weights).toEqual(COMBINED_REPORT_WEIGHTS);
    expect(report.dsaScore).toBe(submitted.score);
    const expected = roundScore(
      COMBINED_REPORT_WEIGHTS.behavioral * (report.behavioralScore as number) +
        COMBINED_REPORT_WEIGHTS.technical * (report.technicalScore as number) +
        COMBINED_REPORT_WEIGHTS.dsa * submitted.score,
    );
    expect(report.overallScore).toBe(expected);
    expect(report.dsa).toMatchObject({ problemTitle: submitted.round.problem.title, score: submitted.score });
    expect(report.dsa?.conversation).toEqual(submitted.round.messages);
    expect(report.provenance.map((entry) => entry.task)).toEqual(expect.arrayContaining(['dsa-feedback', 'combined-feedback']));
    expect((await flow.context.storage.reports.list({})).reports).toHaveLength(1);
  });

  it('should return the stored combined report without another model call when nothing changed', async () => {
    const session = await finishQuestions(interviews, QUICK_CODING_TEMPLATE_ID);
    const first = await combined({ sessionId: session.id });
    const calls = scripted.count('combined-feedback');
    const second = await combined({ sessionId: session.id });
    expect(scripted.count('combined-feedback')).toBe(calls);
    expect(second.report).toEqual(first.report);

    // A DSA round started afterwards changes the report once it has an evaluation.
    const dsa = createDsaService(flow.context);
    await dsa.start({ sessionId: session.id });
    await dsa.submitPseudocode({ sessionId: session.id, pseudocode: 'sort, then two pointers from both ends' });
    const third = await combined({ sessionId: session.id });
    expect(scripted.count('combined-feedback')).toBe(calls + 1);
    expect(third.report.dsa).not.toBeNull();
  });
});
