// Building blocks for the recruiter-side tests: a service context over a real storage, and
// reports seeded through the storage port.
import { DEFAULT_SETTINGS } from '../../src/create-coach.js';
import type { Decision, InterviewSession, Report } from '../../src/domain/index.js';
import type { CoachContext, CoachSettings } from '../../src/internal/context.js';
import { createId } from '../../src/internal/ids.js';
import { silentLogger } from '../../src/internal/logger.js';
import type { LanguageModel } from '../../src/ports/language-model.js';
import type { Mailer } from '../../src/ports/mailer.js';
import type { Storage } from '../../src/ports/storage.js';
import { createMockLanguageModel } from '../../src/testing/mocks/mock-language-model.js';

/** A context for the report, invite and maintenance services over `storage`. */
export function recruiterContext(
  storage: Storage,
  options: { now: () => Date; mailer?: Mailer | null; languageModel?: LanguageModel; settings?: Partial<CoachSettings> },
): CoachContext {
  return {
    storage,
    languageModel: options.languageModel ?? createMockLanguageModel(),
    speechModel: null,
    mailer: options.mailer ?? null,
    textRecognizer: null,
    settings: {
      ...DEFAULT_SETTINGS,
      modelMaxAttempts: 1,
      recruiterName: 'Grace from Acme',
      meetingLink: 'https://meet.example.com/acme-interview',
      senderEmail: 'jobs@acme.example',
      replyToEmail: 'grace@acme.example',
      ...options.settings,
    },
    now: options.now,
    logger: silentLogger,
  };
}

/** Stores a report directly through the storage port. */
export async function seedReport(
  storage: Storage,
  options: {
    candidateName?: string;
    candidateEmail?: string;
    role?: string;
    overallScore?: number;
    decision?: Decision;
    createdAt: string;
    sessionId?: string | null;
  },
): Promise<Report> {
  const report: Report = {
    id: createId(),
    sessionId: options.sessionId ?? null,
    candidateName: options.candidateName ?? 'Ada Lovelace',
    candidateEmail: options.candidateEmail ?? 'ada@example.com',
    role: options.role ?? 'Backend Engineer',
    overallScore: options.overallScore ?? 7.5,
    behavioralScore: null,
    technicalScore: null,
    dsaScore: null,
    weights: { behavioral: 0.5, technical: 0.5, dsa: 0 },
    summary: 'Solid interview.',
    strengths: ['Clear reasoning about trade-offs'],
    improvements: ['More detail on testing'],
    questions: [],
    dsa: null,
    resumeSummary: null,
    decision: options.decision ?? 'Pending',
    provenance: [],
    createdAt: options.createdAt,
    updatedAt: options.createdAt,
  };
  return storage.reports.create({ report });
}

/** Stores an interview session directly through the storage port. */
export async function seedSession(storage: Storage, options: { lastActivityAt: string; reportId?: string | null }): Promise<InterviewSession> {
  const session: InterviewSession = {
    id: createId(),
    templateId: 'software-engineer',
    state: options.reportId ? 'completed' : 'interviewing',
    resume: {
      text: 'Ada Lovelace. Backend engineer, 6 years of TypeScript and PostgreSQL.',
      source: 'text',
      pageCount: null,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: null,
      skills: ['typescript', 'postgresql'],
      yearsOfExperience: 6,
    },
    role: { title: 'Backend Engineer', family: 'backend', seniority: 'senior', matchedSkills: ['typescript'] },
    jobDescription: null,
    plan: { behavioral: 1, technical: 1, includeDsa: false },
    finalFeedback: null,
    reportId: options.reportId ?? null,
    version: 0,
    createdAt: options.lastActivityAt,
    updatedAt: options.lastActivityAt,
    lastActivityAt: options.lastActivityAt,
  };
  return storage.sessions.create({ session });
}
