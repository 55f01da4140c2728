/** Question kinds the server asks. */
export type QuestionKind = 'behavioral' | 'technical';

/** An interview a candidate can choose (`GET /api/demos/`). */
export interface InterviewChoice {
  id: string;
  title: string;
  description: string;
  /** Whether the DSA round follows the questions; null when the server does not say. */
  includeDsa: boolean | null;
}

export interface Question {
  id: string;
  text: string;
  kind: QuestionKind;
  /** Whether the interviewer asked it to dig into the previous answer. */
  isFollowUp: boolean;
}

export interface Candidate {
  name: string;
  email: string;
}

/** The session started by a resume upload. */
export interface StartedSession {
  sessionId: string;
  role: string;
  candidate: Candidate;
  question: Question;
  questionNumber: number;
  totalQuestions: number;
  includeDsa: boolean | null;
}

/** The judgment of one answer. Scores are 0–10. */
export interface Evaluation {
  score: number;
  /** Two or three sentences to the candidate. */
  feedback: string;
  /** How the score was reached, one line per criterion; may be empty. */
  scoring: string[];
  /** Verbatim quotes from the answer that support the score. */
  evidence: string[];
  strengths: string[];
  improvements: string[];
}

export interface AnswerResult {
  evaluation: Evaluation;
  nextQuestion: Question | null;
  isFinal: boolean;
  questionNumber: number;
  totalQuestions: number | null;
}

/** An answered question as the report lists it. */
export interface ReportQuestion {
  question: string;
  kind: QuestionKind | null;
  answer: string;
  score: number;
  feedback: string;
  evidence: string[];
}

export interface FinalFeedback {
  overallScore: number;
  summary: string;
  strengths: string[];
  improvements: string[];
  questions: ReportQuestion[];
  reportId: string | null;
}

/** What `GET /api/invitations/{token}/public/` tells about a personal link. */
export interface InvitationInfo {
  template_id: string;
  template_title: string;
  recruiter_name: string;
  status: string;
  usable: boolean;
  message: string | null;
}

export interface DsaExample {
  input: string;
  output: string;
  explanation: string;
}

export interface DsaProblem {
  id: string;
  title: string;
  prompt: string;
  examples: DsaExample[];
  /** `pseudocode` and the languages whose code the server runs (`javascript`, `python`). */
  languages: string[];
  /** The function to write, per runnable language. */
  signatures: Record<string, string>;
}

/** One test of candidate code; hidden tests show only their name and whether they passed. */
export interface CodeCase {
  name: string;
  passed: boolean;
  hidden: boolean;
  /** The arguments, as JSON values (visible tests only), and so are `expected` and `actual`. */
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  error?: string | null;
  time_ms?: number;
}

/** What running or submitting code answers; a submission also carries the conversation fields. */
export interface CodeResult {
  status: 'passed' | 'failed' | 'error' | 'timeout' | 'memory_limit';
  tests: { passed: number; total: number; cases: CodeCase[] };
  score?: number;
  feedback?: string;
  follow_up?: string | null;
  done?: boolean;
}

export interface PseudocodeResult {
  feedback: string;
  score: number | null;
  followUp: string | null;
  done: boolean;
}

export interface DsaReply {
  reply: string;
  followUp: string | null;
  done: boolean;
  /** The DSA score so far, when the server has one. */
  score: number | null;
}

/** One message of the DSA conversation. */
export interface DsaMessage {
  role: 'candidate' | 'interviewer';
  kind: 'pseudocode' | 'message' | 'feedback' | 'follow_up';
  text: string;
}

export interface DsaRoundState {
  problem: DsaProblem;
  messages: DsaMessage[];
  submissions: number;
  score: number | null;
  done: boolean;
}

/** The DSA part of the combined report. */
export interface ReportDsaPart {
  title: string;
  score: number;
  feedback: string;
  approach: string | null;
  timeComplexity: string | null;
  /** The latest runnable code: its language, tests passed of total and the timing note; null for pseudocode only. */
  code: { language: string; tests_passed: number; tests_total: number; timing_note: string | null } | null;
}

export interface CombinedReport {
  reportId: string | null;
  overallScore: number;
  behavioralScore: number | null;
  technicalScore: number | null;
  dsaScore: number | null;
  summary: string;
  strengths: string[];
  improvements: string[];
  questions: ReportQuestion[];
  dsa: ReportDsaPart | null;
}

/** An answered turn of a resumed session. */
export interface AnsweredTurn {
  questionId: string;
  question: string;
  kind: QuestionKind;
  answer: string;
  evaluation: Evaluation | null;
}

export type SessionStateName = 'interviewing' | 'questions_done' | 'completed';

/** Everything needed to resume a session after a reload (`GET /api/sessions/{id}/`). */
export interface SessionState {
  sessionId: string;
  state: SessionStateName;
  role: string;
  candidate: Candidate;
  templateId: string | null;
  includeDsa: boolean | null;
  question: Question | null;
  questionNumber: number;
  totalQuestions: number;
  turns: AnsweredTurn[];
  dsa: DsaRoundState | null;
  reportId: string | null;
}

/** Upload progress: bytes sent so far, then `processing` while the server reads the resume. */
export type UploadProgress = { stage: 'sending'; loaded: number; total: number } | { stage: 'processing' };
