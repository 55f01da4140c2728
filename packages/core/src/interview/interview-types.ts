import type { AnswerEvaluation, DsaRound, FinalFeedback, InterviewSession, InterviewTurn, Report } from '../domain/index.js';
import type { ResumeInput } from '../resume/resume-types.js';

export interface StartInterviewOptions {
  resume: ResumeInput;
  /** Template id; defaults to the first starter template (`software-engineer`). */
  templateId?: string;
  /**
   * A personal link's token: the interview uses the invitation's template (published or not) and
   * the report names the invited candidate. One interview per link: 409 `INVITATION_USED`, 410 `INVITATION_EXPIRED`.
   */
  invitationToken?: string;
  jobDescription?: string;
  abortSignal?: AbortSignal;
}

export interface StartInterviewResult {
  session: InterviewSession;
  question: InterviewTurn;
  /** 1-based, among the planned questions: a follow-up shares the number of the question it follows. */
  questionNumber: number;
  /** Planned questions; follow-ups do not add to it, so the count never moves. */
  totalQuestions: number;
}

export interface SubmitAnswerOptions {
  sessionId: string;
  questionId: string;
  answer: string;
  abortSignal?: AbortSignal;
}

export interface SubmitAnswerResult {
  turn: InterviewTurn;
  evaluation: AnswerEvaluation;
  nextQuestion: InterviewTurn | null;
  isFinal: boolean;
  /** Planned number of the next question (or of the answered one when final); a follow-up shares its question's. */
  questionNumber: number;
  totalQuestions: number;
}

export interface FinalFeedbackResult {
  session: InterviewSession;
  feedback: FinalFeedback;
  turns: InterviewTurn[];
  report: Report;
}

/** Everything a client needs to resume a session where it was. */
export interface InterviewState {
  session: InterviewSession;
  turns: InterviewTurn[];
  /** The unanswered question, if any. */
  currentQuestion: InterviewTurn | null;
  questionNumber: number;
  totalQuestions: number;
  dsa: DsaRound | null;
}

/** Runs interviews: resume in, questions out, answers evaluated, final feedback stored as a report. */
export interface InterviewService {
  start(options: StartInterviewOptions): Promise<StartInterviewResult>;
  /**
   * Stores the answer first, then evaluates it and prepares the next question.
   * A second answer to the same question throws `ConflictError` (`QUESTION_ALREADY_ANSWERED`).
   * If evaluation fails, the answer stays stored and a retry of the same call evaluates it.
   * A stored answer left without its follow-up (the process died) is followed up by the next
   * touch of the session: this call, `getState`, `getFinalFeedback`, or maintenance.
   */
  submitAnswer(options: SubmitAnswerOptions): Promise<SubmitAnswerResult>;
  /** Idempotent once computed; creates or updates the session's report. */
  getFinalFeedback(options: { sessionId: string; abortSignal?: AbortSignal }): Promise<FinalFeedbackResult>;
  /** Follows up a stored answer left without its evaluation first (see `submitAnswer`); a model still failing leaves it for later. */
  getState(options: { sessionId: string }): Promise<InterviewState>;
}
