import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDsaService } from '../src/dsa/dsa-service.js';
import { ConflictError, ValidationError } from '../src/errors/index.js';
import { createInterviewService } from '../src/interview/interview-service.js';
import type { InterviewTurn } from '../src/domain/index.js';
import { createTemplateService } from '../src/templates/template-service.js';
import { TEXT_RESUME, createCandidateFlowContext, type CandidateFlowContext } from './support/candidate-flow-context.js';

const FIXED = [
  { text: 'Walk us through the last production incident you owned.', kind: 'behavioral' as const, keyPoints: ['timeline', 'postmortem'] },
  { text: 'How would you shard a Postgres table that outgrew one node?', kind: 'technical' as const, keyPoints: ['shard key', 'rebalancing'] },
  { text: 'How do you design an idempotent payment webhook receiver?', kind: 'technical' as const, keyPoints: ['idempotency key'] },
];

describe('authored interview templates', () => {
  let flow: CandidateFlowContext;
  beforeEach(async () => {
    flow = await createCandidateFlowContext();
  });
  afterEach(() => flow.cleanup());

  const services = () => ({
    templates: createTemplateService(flow.context),
    interviews: createInterviewService(flow.context),
    dsa: createDsaService(flow.context),
  });

  async function answerAll(first: InterviewTurn, sessionId: string, answer: string): Promise<InterviewTurn[]> {
    const { interviews } = services();
    const asked = [first];
    let current: InterviewTurn | null = first;
    while (current) {
      current = (await interviews.submitAnswer({ sessionId, questionId: current.id, answer })).nextQuestion;
      if (current) asked.push(current);
    }
    return asked;
  }

  it('should refuse invalid templates with one issue per problem', async () => {
    const { templates } = services();
    const tooMany = Array.from({ length: 21 }, (_, index) => ({ text: `Question number ${index} please?`, kind: 'technical' as const, keyPoints: [] }));
    const error = await templates
      .create({
        template: {
          title: 'x',
          role: 'SRE',
          level: 'principal' as 'lead',
          questions: [...tooMany, { text: 'short', kind: 'technical', keyPoints: [] }],
          questionCount: 99,
        },
      })
      .catch((caught: unknown) => caught);
    expect(ValidationError.isInstance(error)).toBe(true);
    const paths = (error as ValidationError).issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['template.level', 'template.questions', 'template.questionCount']));
    const short = await templates
      .create({
        template: { title: 'x', role: 'SRE', level: 'mid', questions: [FIXED[0]!, { text: 'short', kind: 'technical', keyPoints: [] }], questionCount: 2 },
      })
      .catch((caught: unknown) => caught);
    expect((short as ValidationError).issues).toEqual([{ path: 'template.questions.1.text', message: 'a question has at least 10 characters' }]);
    const tooFew = await templates
      .create({ template: { title: 'x', role: 'SRE', level: 'mid', questions: FIXED, questionCount: 2 } })
      .catch((caught: unknown) => caught);
    expect((tooFew as ValidationError).issues).toEqual([expect.objectContaining({ path: 'template.questionCount' })]);
  });

  it('should ask the fixed questions first and in order, then generated ones up to question_count, with no follow-ups when off', async () => {
    const { templates, interviews } = services();
    const template = await templates.create({
      template: {
        title: 'Platform interview',
        role: 'Platform Engineer',
        level: 'senior',
        questions: FIXED,
        questionCount: 5,
        followUps: false,
        published: true,
      },
    });
    expect(template).toMatchObject({ version: 1, behavioralQuestions: 2, technicalQuestions: 3, includeDsa: true, published: true, archivedAt: null });
    const started = await interviews.start({ resume: TEXT_RESUME, templateId: template.id });
    expect(started.totalQuestions).toBe(5);
    // Thin answers would earn follow-ups; this template turns them off.
    const asked = await answerAll(started.question, started.session.id, "I don't know.");
    expect(asked.map((turn) => turn.question).slice(0, 3)).toEqual(FIXED.map((question) => question.text));
    expect(asked.map((turn) => turn.kind)).toEqual(['behavioral', 'technical', 'technical', 'behavioral', 'technical']);
    expect(asked.every((turn) => turn.followUpOf === null)).toBe(true);
    expect(new Set(asked.map((turn) => turn.question)).size).toBe(5);
  });

  it('should leave a running interview as it started when the template is edited, and version and audit each change', async () => {
    const { templates, interviews } = services();
    const created = await templates.create({
      template: { title: 'Platform', role: 'Platform Engineer', level: 'mid', questions: FIXED.slice(0, 2), questionCount: 2 },
    });
    const started = await interviews.start({ resume: TEXT_RESUME, templateId: created.id });
    const edited = await templates.update({
      id: created.id,
      version: 1,
      changes: { questions: [{ text: 'A brand new opening question for everyone?', kind: 'technical', keyPoints: [] }], questionCount: 1 },
    });
    expect(edited.version).toBe(2);
    await expect(templates.update({ id: created.id, version: 1, changes: { title: 'Stale' } })).rejects.toSatisfy(ConflictError.isInstance);
    const asked = await answerAll(
      started.question,
      started.session.id,
      'A detailed answer about sharding, replicas and rollbacks with numbers: 40% fewer pages.',
    );
    expect(asked.filter((turn) => turn.followUpOf === null).map((turn) => turn.question)).toEqual(FIXED.slice(0, 2).map((question) => question.text));

    const again = await interviews.start({ resume: TEXT_RESUME, templateId: created.id });
    expect(again.question.question).toBe('A brand new opening question for everyone?');
    expect(again.session.plan.templateVersion).toBe(2);
    expect(started.session.plan.templateVersion).toBe(1);

    const archived = await templates.archive({ id: created.id });
    expect(archived).toMatchObject({ version: 3, archivedAt: expect.any(String) });
    expect((await templates.history({ id: created.id })).map((entry) => [entry.version, entry.action])).toEqual([
      [1, 'created'],
      [2, 'updated'],
      [3, 'archived'],
    ]);
    await expect(interviews.start({ resume: TEXT_RESUME, templateId: created.id })).rejects.toMatchObject({ code: 'TEMPLATE_ARCHIVED' });
  });

  it('should list unpublished and archived templates to recruiters only', async () => {
    const { templates } = services();
    const draft = await templates.create({ template: { title: 'Draft', role: 'SRE', level: 'junior', questionCount: 2 } });
    const live = await templates.create({ template: { title: 'Live', role: 'SRE', level: 'junior', questionCount: 2, published: true } });
    const gone = await templates.create({ template: { title: 'Gone', role: 'SRE', level: 'junior', questionCount: 2, published: true } });
    await templates.archive({ id: gone.id, version: gone.version });
    const candidateIds = (await templates.list()).map((template) => template.id);
    expect(candidateIds).toContain(live.id);
    expect(candidateIds).not.toContain(draft.id);
    expect(candidateIds).not.toContain(gone.id);
    const recruiterIds = (await templates.list({ includeUnpublished: true })).map((template) => template.id);
    expect(recruiterIds).toEqual(expect.arrayContaining([draft.id, live.id]));
    expect(recruiterIds).not.toContain(gone.id);
    expect((await templates.list({ includeUnpublished: true, includeArchived: true })).map((template) => template.id)).toContain(gone.id);
  });

  it('should refuse the coding round of a template without one', async () => {
    const { templates, interviews, dsa } = services();
    const template = await templates.create({
      template: { title: 'No code', role: 'SRE', level: 'mid', questions: FIXED.slice(0, 1), questionCount: 1, followUps: false, dsa: { enabled: false } },
    });
    const started = await interviews.start({ resume: TEXT_RESUME, templateId: template.id });
    await answerAll(started.question, started.session.id, 'An answer.');
    await expect(dsa.start({ sessionId: started.session.id })).rejects.toMatchObject({ code: 'DSA_NOT_IN_TEMPLATE' });
  });
  it('should choose the coding problem at the difficulty the template asks for', async () => {
    const { templates, interviews, dsa } = services();
    for (const difficulty of ['easy', 'hard'] as const) {
      const template = await templates.create({
        template: {
          title: `DSA ${difficulty}`,
          role: 'SRE',
          level: 'junior',
          questions: FIXED.slice(0, 1),
          questionCount: 1,
          followUps: false,
          dsa: { enabled: true, difficulty },
        },
      });
      const started = await interviews.start({ resume: TEXT_RESUME, templateId: template.id });
      await answerAll(started.question, started.session.id, 'An answer.');
      expect((await dsa.start({ sessionId: started.session.id })).problem.difficulty).toBe(difficulty);
    }
  });
  it('should judge answers to a fixed question against its key points', async () => {
    const { templates, interviews } = services();
    const answer =
      'I would pick a shard key with high cardinality such as the tenant id, split the table into hash partitions, and plan rebalancing ' +
      'with a background copy and a dual-write window; I did this at my last job and cut p99 latency by 40%.';
    const scoreWith = async (keyPoints: string[]) => {
      const template = await templates.create({
        template: {
          title: `Key points ${keyPoints[0]}`,
          role: 'Backend',
          level: 'mid',
          questionCount: 1,
          followUps: false,
          questions: [{ text: 'How would you shard a Postgres table that outgrew one node?', kind: 'technical', keyPoints }],
        },
      });
      const started = await interviews.start({ resume: TEXT_RESUME, templateId: template.id });
      const result = await interviews.submitAnswer({ sessionId: started.session.id, questionId: started.question.id, answer });
      return result.evaluation.score;
    };
    const covered = await scoreWith(['shard key', 'rebalancing', 'dual writes']);
    const missed = await scoreWith(['vector clocks', 'quorum reads', 'gossip protocol']);
    expect(covered).toBeGreaterThan(missed);
  });
});
