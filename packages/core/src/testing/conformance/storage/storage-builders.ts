// Builders of valid domain records and assertion helpers shared by the storage conformance suites.
import { expect } from 'vitest';
import type { DsaCodeSubmission, DsaRound } from '../../../domain/dsa-types.js';
import type { AnswerEvaluation } from '../../../domain/evaluation-types.js';
import type { InterviewSession, InterviewTurn } from '../../../domain/interview-types.js';
import type { Invite } from '../../../domain/invite-types.js';
import type { Report } from '../../../domain/report-types.js';
import type { InterviewTemplate } from '../../../domain/template-types.js';
import { createId } from '../../../internal/ids.js';
import type { Storage } from '../../../ports/storage.js';

export const EPOCH = Date.parse('2024-01-01T00:00:00.000Z');

/** The ISO timestamp `seconds` after a fixed instant. */
export function at(seconds: number): string {
  return new Date(EPOCH + seconds * 1000).toISOString();
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const PROVENANCE = { provider: 'offline', modelId: 'offline-1', task: 'evaluate-answer', promptVersion: 1 };

export function makeTemplate(overrides: Partial<InterviewTemplate> = {}): InterviewTemplate {
  return {
    id: createId(),
    title: 'Software Engineer',
    description: 'A general software interview.',
    roleFocus: 'backend',
    behavioralQuestions: 2,
    technicalQuestions: 3,
    includeDsa: true,
    authoring: null,
    published: true,
    archivedAt: null,
    version: 1,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

export function makeSession(overrides: Partial<InterviewSession> = {}): InterviewSession {
  return {
    id: createId(),
    templateId: 'software-engineer',
    state: 'interviewing',
    resume: {
      text: 'Jane Doe — 5 years of TypeScript and PostgreSQL. “Quotes” and emoji 🚀 survive.',
      source: 'pdf-text',
      pageCount: 2,
      name: 'Jane Doe',
      email: 'jane@example.com',
      phone: null,
      skills: ['typescript', 'postgresql'],
      yearsOfExperience: 5,
    },
    role: { title: 'Backend Engineer', family: 'backend', seniority: 'mid', matchedSkills: ['postgresql'] },
    jobDescription: null,
    plan: { behavioral: 2, technical: 3, includeDsa: true },
    finalFeedback: null,
    reportId: null,
    version: 1,
    createdAt: at(0),
    updatedAt: at(0),
    lastActivityAt: at(0),
    ...overrides,
  };
}

export function makeTurn(sessionId: string, index: number, overrides: Partial<InterviewTurn> = {}): InterviewTurn {
  return {
    id: createId(),
    sessionId,
    index,
    kind: 'behavioral',
    question: `Question ${index}: tell me about a hard bug.`,
    questionKey: null,
    followUpOf: null,
    answer: null,
    answeredAt: null,
    evaluation: null,
    createdAt: at(index),
    ...overrides,
  };
}

export function makeEvaluation(score: number): AnswerEvaluation {
  return {
    score,
    feedback: `Scored ${score}.`,
    strengths: ['clear'],
    improvements: ['depth'],
    evidence: ['I fixed it'],
    evidenceStatus: 'sufficient',
    provenance: PROVENANCE,
  };
}

export function makeCodeSubmission(overrides: Partial<DsaCodeSubmission> = {}): DsaCodeSubmission {
  return {
    id: createId(),
    language: 'javascript',
    code: 'function twoSum(nums, target) {\n  return [0, 1];\n}',
    status: 'passed',
    passed: 12,
    total: 12,
    score: 10,
    timingNote: null,
    createdAt: at(4),
    ...overrides,
  };
}

export function makeRound(sessionId: string, overrides: Partial<DsaRound> = {}): DsaRound {
  return {
    sessionId,
    problem: {
      id: 'two-sum',
      title: 'Two Sum',
      prompt: 'Find two numbers that add up to a target.',
      examples: [{ input: '[2,7,11,15], 9', output: '[0,1]' }],
      difficulty: 'easy',
      topics: ['hash map'],
    },
    messages: [{ role: 'interviewer', kind: 'message', text: 'Describe your approach.', at: at(1) }],
    submissions: 0,
    codeSubmissions: [],
    evaluation: null,
    done: false,
    version: 1,
    createdAt: at(1),
    updatedAt: at(1),
    ...overrides,
  };
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    id: createId(),
    sessionId: null,
    candidateName: 'Jane Doe',
    candidateEmail: 'jane@example.com',
    role: 'Backend Engineer',
    overallScore: 7.5,
    behavioralScore: 7,
    technicalScore: 8,
    dsaScore: null,
    weights: { behavioral: 0.5, technical: 0.5, dsa: 0 },
    summary: 'Solid.',
    strengths: ['communication'],
    improvements: ['testing'],
    questions: [
      {
        question: 'Tell me about a hard bug.',
        kind: 'behavioral',
        answer: 'I once…',
        score: 7,
        feedback: 'Good story.',
        evidence: ['I once'],
        evidenceStatus: 'sufficient',
      },
    ],
    dsa: {
      problemTitle: 'Two Sum',
      problemPrompt: 'Find two numbers.',
      score: 6,
      feedback: 'Fine.',
      approach: 'hash map',
      timeComplexity: 'O(n)',
      conversation: [{ role: 'candidate', kind: 'pseudocode', text: 'use a map', at: at(2) }],
    },
    resumeSummary: null,
    decision: 'Pending',
    provenance: [PROVENANCE],
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

export function makeInvite(overrides: Partial<Invite> = {}): Invite {
  return {
    id: createId(),
    reportId: createId(),
    invitationId: null,
    toEmail: 'jane@example.com',
    toName: 'Jane Doe',
    subject: null,
    text: null,
    html: null,
    status: 'queued',
    attempts: 0,
    lastError: null,
    nextAttemptAt: at(0),
    lockedUntil: null,
    sentAt: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

export interface ReportGraph {
  report: Report;
  session: InterviewSession;
  turns: InterviewTurn[];
  invite: Invite;
}

/** A report with everything that hangs off it: session, turns, DSA round, decision change, invite. */
export async function createReportGraph(storage: Storage, createdAt: string = at(0)): Promise<ReportGraph> {
  const session = await storage.sessions.create({ session: makeSession() });
  const turns = [await storage.turns.create({ turn: makeTurn(session.id, 0) }), await storage.turns.create({ turn: makeTurn(session.id, 1) })];
  await storage.dsa.create({ round: makeRound(session.id) });
  await storage.dsa.addCodeSubmission({ sessionId: session.id, submission: makeCodeSubmission() });
  const report = await storage.reports.create({ report: makeReport({ sessionId: session.id, createdAt }) });
  await storage.sessions.update({ session: { ...session, state: 'completed', reportId: report.id }, expectedVersion: session.version });
  await storage.reports.setDecision({ id: report.id, decision: 'Accepted', actor: 'recruiter', at: at(1) });
  const { invite } = await storage.invites.enqueue({ invite: makeInvite({ reportId: report.id }) });
  return { report: (await storage.reports.get({ id: report.id })) as Report, session, turns, invite };
}

export async function expectGraphGone(storage: Storage, graph: ReportGraph): Promise<void> {
  expect(await storage.reports.get({ id: graph.report.id })).toBeNull();
  expect(await storage.reports.listDecisionChanges({ reportId: graph.report.id })).toEqual([]);
  expect(await storage.invites.get({ id: graph.invite.id })).toBeNull();
  expect(await storage.sessions.get({ id: graph.session.id })).toBeNull();
  expect(await storage.turns.listBySession({ sessionId: graph.session.id })).toEqual([]);
  for (const turn of graph.turns) expect(await storage.turns.get({ id: turn.id })).toBeNull();
  expect(await storage.dsa.get({ sessionId: graph.session.id })).toBeNull();
  // The code submissions went too: a new round under the same id starts without them.
  await storage.dsa.create({ round: makeRound(graph.session.id) });
  expect((await storage.dsa.get({ sessionId: graph.session.id }))?.codeSubmissions).toEqual([]);
}

export async function expectGraphKept(storage: Storage, graph: ReportGraph): Promise<void> {
  expect(await storage.reports.get({ id: graph.report.id })).toEqual(graph.report);
  expect(await storage.reports.listDecisionChanges({ reportId: graph.report.id })).toHaveLength(1);
  expect(await storage.invites.get({ id: graph.invite.id })).toEqual(graph.invite);
  expect(await storage.sessions.get({ id: graph.session.id })).not.toBeNull();
  expect(await storage.turns.listBySession({ sessionId: graph.session.id })).toEqual(graph.turns);
  expect((await storage.dsa.get({ sessionId: graph.session.id }))?.codeSubmissions).toHaveLength(1);
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the operation to fail, but it succeeded.');
}

export function expectError(error: unknown, type: { isInstance(error: unknown): boolean; name: string }, code?: string): void {
  expect(type.isInstance(error), `expected ${type.name}, got ${String(error)}`).toBe(true);
  if (code !== undefined) expect((error as { code?: string }).code).toBe(code);
}

export function fulfilled<T>(results: PromiseSettledResult<T>[]): T[] {
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

export function rejected<T>(results: PromiseSettledResult<T>[]): unknown[] {
  return results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
}
