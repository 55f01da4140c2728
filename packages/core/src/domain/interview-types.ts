import type { AnswerEvaluation, Provenance } from './evaluation-types.js';
import type { DetectedRole, ResumeProfile } from './resume-types.js';
import type { TemplateQuestion } from './template-types.js';

export type QuestionKind = 'behavioral' | 'technical';

/**
 * `interviewing`: questions remain. `questions_done`: every question answered, final
 * feedback not yet asked for. `completed`: final feedback stored (a report exists).
 */
export type SessionState = 'interviewing' | 'questions_done' | 'completed';

/** The overall feedback on the behavioral/technical part. */
export interface FinalFeedback {
  overallScore: number;
  summary: string;
  strengths: string[];
  improvements: string[];
  provenance: Provenance;
}

/** One interview session. `id` is an unguessable capability (≥128 random bits). */
export interface InterviewSession {
  id: string;
  templateId: string;
  state: SessionState;
  resume: ResumeProfile;
  role: DetectedRole;
  jobDescription: string | null;
  /**
   * How many questions of each kind the plan asks (follow-ups come on top). An authored template
   * adds its fixed questions (asked first, in order, counted in the kinds), whether follow-ups
   * are asked, and the template version: a copy, so editing the template never changes a session.
   */
  plan: {
    behavioral: number;
    technical: number;
    includeDsa: boolean;
    fixedQuestions?: TemplateQuestion[];
    followUps?: boolean;
    templateVersion?: number;
    /** The coding round an authored template asks for: a fixed difficulty (or `auto`) and the languages offered. */
    dsa?: { difficulty: 'easy' | 'medium' | 'hard' | 'auto'; languages: ('javascript' | 'python')[] };
  };
  finalFeedback: FinalFeedback | null;
  /** The report stored for this session, once there is one. */
  reportId: string | null;
  /** The personal link the interview was started with, with the name and email the recruiter gave. */
  invitation?: { id: string; candidateName: string; candidateEmail: string } | null;
  /** Optimistic-concurrency version, incremented by every update. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Last time the candidate did something; idle sessions expire. */
  lastActivityAt: string;
}

/** One question of a session, with its answer and evaluation once given. */
export interface InterviewTurn {
  /** The question id a client sends back with the answer. */
  id: string;
  sessionId: string;
  /** 0-based position in the session. */
  index: number;
  kind: QuestionKind;
  question: string;
  /** An id in the question bank (offline interviewer), used to never repeat a question. */
  questionKey: string | null;
  /** The turn this one follows up on, if it is a follow-up. */
  followUpOf: string | null;
  answer: string | null;
  answeredAt: string | null;
  evaluation: AnswerEvaluation | null;
  createdAt: string;
}
