import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseDsaProblem, toPublicProblem } from '../catalog/dsa-bank.js';
import type { InterviewSession, InterviewTurn } from '../domain/index.js';
import { ConflictError, ProviderError, ValidationError } from '../errors/index.js';
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
import { createDsaService } from './dsa-service.js';
import type { DsaService } from './dsa-service-types.js';

const PSEUDOCODE = [
  'function solve(items):',
  '  if items is empty: return empty result',
  '  seen = new hash map',
  '  for each item in items:',
  '    if complement of item is in seen: return the pair',
  '    seen[item] = index',
  '  return no answer',
  '// O(n) time and O(n) space, single pass',
].join('\n');

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}

async function finishQuestions(interviews: InterviewService, templateId = QUICK_CODING_TEMPLATE_ID): Promise<InterviewSession> {
  const { session, question } = await interviews.start({ resume: TEXT_RESUME, templateId });
  let current: InterviewTurn | null = question;
  while (current) {
    const result = await interviews.submitAnswer({
      sessionId: session.id,
      questionId: current.id,
      answer: strongAnswerFor(current),
    });
    current = result.nextQuestion;
  }
  return session;
}

describe('createDsaService', () => {
  let flow: CandidateFlowContext;
  let scripted: ReturnType<typeof createScriptedModel>;
  let interviews: InterviewService;
  let dsa: DsaService;

  async function setUp(settings: Partial<CandidateFlowContext['context']['settings']> = {}) {
    scripted = createScriptedModel();
    flow = await createCandidateFlowContext({ languageModel: scripted.model, settings });
    interviews = createInterviewService(flow.context);
    dsa = createDsaService(flow.context);
  }

  beforeEach(() => setUp());
  afterEach(() => flow.cleanup());

  it('should refuse to start before every planned question is answered', async () => {
    const { session } = await interviews.start({ resume: TEXT_RESUME });
    await expect(dsa.start({ sessionId: session.id })).rejects.toSatisfy(
      (error) => ConflictError.isInstance(error) && codeOf(error) === 'INTERVIEW_NOT_FINISHED',
    );
  });

  it('should choose the problem for the role and level, and return the same round when started again', async () => {
    const session = await finishQuestions(interviews);
    const first = await dsa.start({ sessionId: session.id });
    const expected = toPublicProblem(
      chooseDsaProblem({ roleFamily: session.role.family, seniority: session.role.seniority, seed: session.id, excludeIds: [] }),
    );
    expect(first.problem).toEqual(expected);
    expect(first.round).toMatchObject({ sessionId: session.id, messages: [], submissions: 0, evaluation: null, done: false });
    const second = await dsa.start({ sessionId: session.id });
    expect(second.round).toEqual(first.round);
  });

  it('should start once under concurrent calls', async () => {
    const session = await finishQuestions(interviews);
    const [a, b] = await Promise.all([dsa.start({ sessionId: session.id }), dsa.start({ sessionId: session.id })]);
    expect(a.problem).toEqual(b.problem);
    expect(a.round.createdAt).toBe(b.round.createdAt);
  });

  it('should refuse a discussion before the round starts and before any pseudocode', async () => {
    const session = await finishQuestions(interviews);
    await expect(dsa.submitPseudocode({ sessionId: session.id, pseudocode: PSEUDOCODE })).rejects.toSatisfy((error) => codeOf(error) === 'DSA_NOT_STARTED');
    await dsa.start({ sessionId: session.id });
    await expect(dsa.continue({ sessionId: session.id, message: 'What about duplicates?' })).rejects.toSatisfy(
      (error) => ConflictError.isInstance(error) && codeOf(error) === 'DSA_NOT_STARTED',
    );
  });

  it('should validate the text: blank or too long', async () => {
    const session = await finishQuestions(interviews);
    await dsa.start({ sessionId: session.id });
    await expect(dsa.submitPseudocode({ sessionId: session.id, pseudocode: '   ' })).rejects.toSatisfy((error) => ValidationError.isInstance(error));
    await expect(dsa.submitPseudocode({ sessionId: session.id, pseudocode: 'x'.repeat(flow.context.settings.maxAnswerLength + 1) })).rejects.toSatisfy(
      (error) => codeOf(error) === 'TEXT_TOO_LONG',
    );
    expect((await flow.context.storage.dsa.get({ sessionId: session.id }))?.messages).toEqual([]);
  });

  it('should discuss the pseudocode until done, then refuse more', async () => {
    const session = await finishQuestions(interviews);
    await dsa.start({ sessionId: session.id });
    const submitted = await dsa.submitPseudocode({ sessionId: session.id, pseudocode: PSEUDOCODE });
    expect(submitted.feedback.length).toBeGreaterThan(0);
    expect(submitted.score).toBeGreaterThanOrEqual(0);
    expect(submitted.score).toBeLessThanOrEqual(10);
    expect(submitted.round.submissions).toBe(1);
    expect(submitted.round.evaluation?.provenance.task).toBe('dsa-feedback');
    expect(submitted.round.messages[0]).toMatchObject({ role: 'candidate', kind: 'pseudocode', text: PSEUDOCODE });
    expect(submitted.round.messages[1]).toMatchObject({ role: 'interviewer', kind: 'feedback', text: submitted.feedback });
    if (submitted.followUp) expect(submitted.round.messages[2]).toMatchObject({ kind: 'follow_up', text: submitted.followUp });

    let done = submitted.done;
    let exchanges = 1;
    while (!done) {
      const reply = await dsa.continue({
        sessionId: session.id,
        message: 'Duplicates are fine: I check the map before inserting, so the time stays O(n) and memory O(n).',
      });
      exchanges += 1;
      done = reply.done;
      if (done) expect(reply.followUp).toBeNull();
      else expect(reply.followUp).not.toBeNull();
    }
    expect(exchanges).toBeLessThanOrEqual(flow.context.settings.maxDsaTurns);
    const round = await flow.context.storage.dsa.get({ sessionId: session.id });
    expect(round?.done).toBe(true);
    expect(round?.messages.filter((message) => message.role === 'candidate')).toHaveLength(exchanges);

    await expect(dsa.continue({ sessionId: session.id, message: 'One more thing.' })).rejects.toSatisfy(
      (error) => ConflictError.isInstance(error) && codeOf(error) === 'DSA_ALREADY_DONE',
    );
    await expect(dsa.submitPseudocode({ sessionId: session.id, pseudocode: PSEUDOCODE })).rejects.toSatisfy((error) => codeOf(error) === 'DSA_ALREADY_DONE');
  });

  it('should end the discussion at the turn limit even when the model wants to go on', async () => {
    await flow.cleanup();
    await setUp({ maxDsaTurns: 2 });
    const session = await finishQuestions(interviews);
    await dsa.start({ sessionId: session.id });
    const notDone = {
      reply: 'Keep going.',
      score: 4,
      approach: null,
      timeComplexity: null,
      spaceComplexity: null,
      edgeCasesHandled: [],
      edgeCasesMissed: [],
      strengths: [],
      improvements: [],
      followUp: 'What is the complexity?',
      done: false,
    };
    scripted.fail({ task: 'dsa-feedback', reply: notDone });
    scripted.fail({ task: 'dsa-feedback', reply: notDone });
    const first = await dsa.submitPseudocode({ sessionId: session.id, pseudocode: 'loop over the items' });
    expect(first).toMatchObject({ done: false, followUp: 'What is the complexity?' });
    const second = await dsa.continue({ sessionId: session.id, message: 'It is quadratic.' });
    expect(second).toMatchObject({ done: true, followUp: null });
    expect(second.round.messages.at(-1)).toMatchObject({ role: 'interviewer', kind: 'feedback' });
  });

  it('should keep the message when the model fails and not store it twice on retry', async () => {
    const session = await finishQuestions(interviews);
    await dsa.start({ sessionId: session.id });
    scripted.fail({ task: 'dsa-feedback', error: new ProviderError({ message: 'overloaded', provider: 'offline', statusCode: 503 }) });
    await expect(dsa.submitPseudocode({ sessionId: session.id, pseudocode: PSEUDOCODE })).rejects.toSatisfy((error) => ProviderError.isInstance(error));
    const pending = await flow.context.storage.dsa.get({ sessionId: session.id });
    expect(pending?.messages).toEqual([expect.objectContaining({ role: 'candidate', kind: 'pseudocode', text: PSEUDOCODE })]);
    expect(pending?.evaluation).toBeNull();

    const retried = await dsa.submitPseudocode({ sessionId: session.id, pseudocode: PSEUDOCODE });
    expect(retried.round.messages.filter((message) => message.role === 'candidate')).toHaveLength(1);
    expect(retried.round.submissions).toBe(1);
    expect(retried.round.messages[1]?.role).toBe('interviewer');
  });

  it('should refuse DSA actions on an expired session', async () => {
    const session = await finishQuestions(interviews);
    flow.clock.advanceMinutes(flow.context.settings.sessionIdleMinutes + 1);
    await expect(dsa.start({ sessionId: session.id })).rejects.toSatisfy((error) => codeOf(error) === 'SESSION_EXPIRED');
  });

  it('should record DSA activity on the session so it does not expire mid-round', async () => {
    const session = await finishQuestions(interviews);
    flow.clock.advanceMinutes(flow.context.settings.sessionIdleMinutes - 1);
    await dsa.start({ sessionId: session.id });
    flow.clock.advanceMinutes(flow.context.settings.sessionIdleMinutes - 1);
    const result = await dsa.submitPseudocode({ sessionId: session.id, pseudocode: PSEUDOCODE });
    expect(result.round.submissions).toBe(1);
  });
});
