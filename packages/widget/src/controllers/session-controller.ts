import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CoachClientError, createCoachClient, type CoachClient, type CoachSchemas, type UploadProgress } from '@coach/client';
import type { CoachAnswerEvaluateDetail } from '../events/coach-answer-evaluate.js';
import type { CoachQuestionShowDetail } from '../events/coach-question-show.js';
import type { CoachSessionCompleteDetail } from '../events/coach-session-complete.js';
import type { CoachSessionStartDetail } from '../events/coach-session-start.js';
import { tabStorage, type SafeStorage } from '../internal/safe-storage.js';

type S = CoachSchemas;

/** An interview the candidate can take; the title is empty while unknown (a fixed template). Whether a DSA round follows comes from the session. */
export type InterviewChoice = Pick<S['Demo'], 'id' | 'title' | 'description'>;

/** The outcome of a code run (visible examples) or submission (every test), as the server answers it. */
export type CodeResult = S['RunCodeResponse'] | S['SubmitCodeResponse'];

/** What a DSA submission (pseudocode or code) adds to the conversation. */
interface SubmissionOutcome {
  feedback: string;
  follow_up: string | null;
  score: number | null;
  done: boolean;
}

/** Which screen the widget shows. */
export type SessionPhase = 'starting' | 'choose' | 'upload' | 'interview' | 'questions-done' | 'dsa' | 'report';

/** The request in flight, if any. */
export type SessionBusy = 'load' | 'upload' | 'answer' | 'dsa-start' | 'dsa-submit' | 'code-run' | 'dsa-reply' | 'report' | null;

/** The evaluation shown after an answer, until the candidate moves on. */
export interface ShownEvaluation {
  questionId: string;
  answer: string;
  evaluation: S['Evaluation'];
  isFinal: boolean;
  nextQuestion: S['Question'] | null;
  nextQuestionNumber: number;
  totalQuestions: number;
}

/** The DSA round as the widget shows it: the server's round with the score so far. */
export type DsaView = S['DsaQuestionResponse'] & { score: number | null };

/** What the controller tells its host about, so the host can dispatch events, speak and move focus. */
export interface SessionListener {
  sessionStart(detail: CoachSessionStartDetail): void;
  questionShow(detail: CoachQuestionShowDetail): void;
  answerEvaluate(detail: CoachAnswerEvaluateDetail): void;
  interviewerMessage(text: string): void;
  sessionComplete(detail: CoachSessionCompleteDetail, resumed: boolean): void;
  error(error: CoachClientError, during: SessionBusy): void;
  phaseChange(phase: SessionPhase): void;
}

/** The host element's inputs the controller reads. */
export interface SessionHost extends ReactiveControllerHost {
  apiBase: string;
  template: string;
  /** A personal link's token (`invitation` attribute, else the page's `?invitation=`). */
  invitation: string;
}

export interface SessionControllerOptions {
  listener: SessionListener;
  /** @default sessionStorage, never throwing */
  storage?: SafeStorage;
  /** Builds the API client for an `api-base`. */
  createClient?: (baseUrl: string) => CoachClient;
}

function toClientError(error: unknown): CoachClientError {
  if (CoachClientError.isInstance(error)) return error;
  return new CoachClientError({ code: 'INVALID_RESPONSE', message: error instanceof Error ? error.message : String(error), status: -1, cause: error });
}

/** The DSA round of a session state or a `get-dsa-question` answer, with its score so far. */
function dsaView(round: S['DsaQuestionResponse'] & { evaluation?: S['DsaEvaluation'] | null }): DsaView {
  return { ...round, score: round.evaluation?.score ?? round.code_submissions.at(-1)?.score ?? null };
}

/**
 * Owns the interview: calls the server, keeps the state the component renders, persists the
 * session id (and drafts) in sessionStorage so a reload resumes where the candidate was, and
 * remembers the failed action so that `retry()` repeats it with the candidate's text intact.
 */
export class SessionController implements ReactiveController {
  phase: SessionPhase = 'starting';
  busy: SessionBusy = null;
  error: CoachClientError | null = null;
  /** The step that failed, with `error`. */
  errorDuring: SessionBusy = null;
  uploadProgress: UploadProgress | null = null;

  interviews: InterviewChoice[] = [];
  selectedInterview: InterviewChoice | null = null;

  sessionId: string | null = null;
  role = '';
  includeDsa = false;
  question: S['Question'] | null = null;
  questionNumber = 0;
  totalQuestions = 0;
  shownEvaluation: ShownEvaluation | null = null;
  answerDraft = '';

  dsa: DsaView | null = null;
  dsaDraft = '';
  dsaReplyDraft = '';
  /** What the DSA answer is written in: `pseudocode`, or a language the server runs. */
  dsaLanguage = 'pseudocode';
  /** The latest run or submission of code, shown under the code editor. */
  codeResult: { submitted: boolean; result: CodeResult } | null = null;

  report: S['CombinedReport'] | null = null;

  private readonly host: SessionHost;
  private readonly listener: SessionListener;
  private readonly storage: SafeStorage;
  private readonly createClient: (baseUrl: string) => CoachClient;
  private client: CoachClient | null = null;
  private clientBase: string | null = null;
  private retryAction: { busy: Exclude<SessionBusy, null>; action: () => Promise<void> } | null = null;
  private abortController = new AbortController();
  /** Incremented by `reconfigure()`, so the late outcome of an abandoned request is ignored. */
  private generation = 0;

  constructor(host: SessionHost, options: SessionControllerOptions) {
    this.host = host;
    this.listener = options.listener;
    this.storage = options.storage ?? tabStorage;
    this.createClient = options.createClient ?? ((baseUrl) => createCoachClient({ baseUrl }));
    host.addController(this);
  }

  hostConnected(): void {
    this.abortController = new AbortController();
    // Wait for the first render so that properties a framework sets right after inserting
    // the element (api-base, template) are in place before the first request.
    void this.host.updateComplete.then(() => {
      if (this.phase === 'starting' && this.busy === null) void this.load();
    });
  }

  hostDisconnected(): void {
    this.abortController.abort();
    // A request cut short by disconnection is repeated when the element comes back.
    if (this.busy === 'load') {
      this.busy = null;
      this.phase = 'starting';
    }
  }

  /** Options of every request: cancelled when the element leaves the page or is reconfigured. */
  private get request(): { signal: AbortSignal } {
    return { signal: this.abortController.signal };
  }

  /** The API client for the current `api-base`. */
  get api(): CoachClient {
    if (!this.client || this.clientBase !== this.host.apiBase) {
      this.client = this.createClient(this.host.apiBase);
      this.clientBase = this.host.apiBase;
    }
    return this.client;
  }

  /** Whether a failed action can be repeated. */
  get canRetry(): boolean {
    return this.retryAction !== null;
  }

  /** Whether the interview was fixed by the host (`template` attribute). */
  get hasFixedTemplate(): boolean {
    return this.host.template.trim() !== '' || this.invitation !== '';
  }

  private get storagePrefix(): string {
    const root = this.api.baseUrl || (typeof location === 'undefined' ? '' : location.origin);
    return `coach-interview:${root}`;
  }

  private get sessionKey(): string {
    return `${this.storagePrefix}:session`;
  }

  private draftKey(name: string): string {
    return `${this.storagePrefix}:${this.sessionId ?? ''}:${name}`;
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private setPhase(phase: SessionPhase): void {
    this.phase = phase;
    this.update();
    this.listener.phaseChange(phase);
  }

  /**
   * Runs one server action: marks it busy, clears the previous error, and on failure keeps
   * the error with the action to retry. Aborts (element removed) are silent.
   */
  private async run(busy: Exclude<SessionBusy, null>, action: () => Promise<void>, retryable = true): Promise<void> {
    if (this.busy !== null) return;
    const generation = this.generation;
    this.busy = busy;
    this.error = null;
    this.retryAction = null;
    this.update();
    try {
      await action();
    } catch (caught) {
      const error = toClientError(caught);
      if (generation !== this.generation || error.code === 'ABORTED') return;
      this.error = error;
      this.errorDuring = busy;
      this.retryAction = retryable && (error.isRetryable || error.code === 'INVALID_RESPONSE') ? { busy, action } : null;
      this.listener.error(error, busy);
    } finally {
      if (generation === this.generation && this.busy === busy) this.busy = null;
      this.update();
    }
  }

  /** Resumes the stored session, or starts at the interview choice (or upload, with a fixed template). */
  async load(): Promise<void> {
    const storedId = this.storage.get(this.sessionKey);
    if (storedId) {
      await this.run('load', async () => {
        try {
          const state = await this.api.getSession(storedId, this.request);
          this.busy = null;
          await this.applyState(state);
        } catch (error) {
          if (CoachClientError.isInstance(error) && (error.status === 404 || error.code === 'NOT_FOUND' || error.code === 'SESSION_EXPIRED')) {
            // The session expired or was erased: start a new one instead of failing.
            this.storage.remove(this.sessionKey);
            this.busy = null;
            await this.begin();
            return;
          }
          throw error;
        }
      });
      return;
    }
    await this.begin();
  }

  /** The personal link the session comes from, shown as "Interview for …, invited by …". */
  invitationInfo: S['InvitationPublic'] | null = null;

  /** The personal link's token: the `invitation` attribute, else the page's `?invitation=`. */
  get invitation(): string {
    return this.host.invitation.trim() || (typeof location === 'object' ? (new URLSearchParams(location.search).get('invitation') ?? '') : '');
  }

  private async begin(): Promise<void> {
    const token = this.invitation;
    if (token) {
      await this.run(
        'load',
        async () => {
          const info = await this.api.getInvitation(token, this.request);
          if (!info.usable) {
            throw new CoachClientError({
              code: info.status === 'completed' ? 'INVITATION_USED' : 'INVITATION_EXPIRED',
              message: info.message ?? info.status,
              status: 409,
            });
          }
          this.selectedInterview = { id: info.template_id, title: info.template_title, description: '' };
          this.invitationInfo = info;
          this.setPhase('upload');
        },
        false,
      );
      return;
    }
    const templateId = this.host.template.trim();
    if (templateId) {
      this.selectedInterview = { id: templateId, title: '', description: '' };
      this.setPhase('upload');
      // The list only adds the title; the upload works without it.
      this.api
        .listDemos(this.request)
        .then((interviews) => {
          this.interviews = interviews;
          const match = interviews.find((interview) => interview.id === templateId);
          if (match && this.selectedInterview?.id === templateId) {
            this.selectedInterview = match;
            this.update();
          }
        })
        .catch(() => undefined);
      return;
    }
    await this.run('load', async () => {
      this.interviews = await this.api.listDemos(this.request);
      this.setPhase('choose');
    });
  }

  private async applyState(state: S['SessionState']): Promise<void> {
    this.sessionId = state.session_id;
    this.role = state.role;
    this.includeDsa = state.include_dsa;
    this.totalQuestions = state.total_questions;
    this.questionNumber = state.question_number;
    this.shownEvaluation = null;
    this.dsaDraft = this.storage.get(this.draftKey('dsa-draft')) ?? '';
    if (state.state === 'completed') {
      this.dsa = state.dsa && dsaView(state.dsa);
      await this.finish(true);
      return;
    }
    if (state.state === 'interviewing' && state.question) {
      this.showQuestion(state.question, state.question_number, state.total_questions);
      return;
    }
    if (state.dsa) {
      this.dsa = dsaView(state.dsa);
      this.setPhase('dsa');
      return;
    }
    this.setPhase('questions-done');
  }

  private showQuestion(question: S['Question'], questionNumber: number, totalQuestions: number): void {
    this.question = question;
    this.questionNumber = questionNumber;
    this.totalQuestions = Math.max(totalQuestions, questionNumber);
    this.shownEvaluation = null;
    this.answerDraft = this.storage.get(this.draftKey(`answer:${question.id}`)) ?? '';
    this.setPhase('interview');
    if (!this.sessionId) return;
    this.listener.questionShow({
      sessionId: this.sessionId,
      questionId: question.id,
      text: question.text,
      kind: question.kind,
      questionNumber: this.questionNumber,
      totalQuestions: this.totalQuestions,
      isFollowUp: question.is_follow_up,
    });
  }

  /** Picks an interview from the list and moves on to the upload. */
  choose(interview: InterviewChoice): void {
    this.selectedInterview = interview;
    this.error = null;
    this.retryAction = null;
    this.setPhase('upload');
  }

  /** Goes back from the upload to the list of interviews. */
  backToChoices(): void {
    if (this.hasFixedTemplate || this.busy) return;
    this.error = null;
    this.retryAction = null;
    if (this.interviews.length === 0) {
      void this.begin();
      return;
    }
    this.setPhase('choose');
  }

  /** Uploads the resume and starts the session. */
  async upload(file: Blob, fileName: string, jobDescription: string): Promise<void> {
    await this.run('upload', async () => {
      this.uploadProgress = { stage: 'sending', loaded: 0, total: file.size };
      this.update();
      const invitation = this.invitation;
      const description = jobDescription.trim();
      let started: S['UploadResumeResponse'];
      try {
        started = await this.api.uploadResume(
          {
            resume: file,
            file_name: fileName,
            // A personal link names its interview itself.
            ...(invitation ? { invitation } : this.selectedInterview ? { demo_id: this.selectedInterview.id } : {}),
            ...(description ? { job_description: description } : {}),
          },
          {
            ...this.request,
            onProgress: (progress) => {
              this.uploadProgress = progress;
              this.update();
            },
          },
        );
      } finally {
        this.uploadProgress = null;
      }
      this.sessionId = started.session_id;
      this.storage.set(this.sessionKey, started.session_id);
      this.role = started.role;
      this.includeDsa = started.include_dsa;
      this.dsa = null;
      this.report = null;
      this.dsaDraft = '';
      this.busy = null;
      this.listener.sessionStart({
        sessionId: started.session_id,
        templateId: started.demo_id,
        role: started.role,
        totalQuestions: started.total_questions,
      });
      this.showQuestion(started.question, started.question_number, started.total_questions);
    });
  }

  /** Keeps the typed answer (also across a reload). */
  setAnswerDraft(value: string): void {
    this.answerDraft = value;
    if (this.question) this.storage.set(this.draftKey(`answer:${this.question.id}`), value);
  }

  /** Sends the typed answer; on failure the text stays and `retry()` sends it again. */
  async submitAnswer(): Promise<void> {
    const question = this.question;
    const sessionId = this.sessionId;
    if (!question || !sessionId || !this.answerDraft.trim() || this.shownEvaluation) return;
    await this.run('answer', async () => {
      const answer = this.answerDraft;
      let result;
      try {
        result = await this.api.submitAnswer({ session_id: sessionId, question_id: question.id, answer }, this.request);
      } catch (error) {
        if (CoachClientError.isInstance(error) && error.status === 409) {
          await this.catchUpAfterConflict(sessionId, question, error);
          return;
        }
        throw error;
      }
      this.storage.remove(this.draftKey(`answer:${question.id}`));
      this.showEvaluation(sessionId, question.id, answer, result.evaluation, {
        isFinal: result.is_final,
        nextQuestion: result.next_question,
        nextQuestionNumber: result.question_number,
        totalQuestions: result.total_questions,
      });
    });
  }

  /**
   * After a 409 on submit: the server already holds an answer to this question (an earlier
   * attempt whose reply was lost, or one stored just before the server died). Reading the
   * session makes the server evaluate it; show that evaluation and move on from there, like
   * after a normal submit. If the server still could not evaluate it, say so with a retry
   * instead of showing the same question again (which would loop submit → 409 → reload).
   */
  private async catchUpAfterConflict(sessionId: string, question: S['Question'], conflict: CoachClientError): Promise<void> {
    const state = await this.api.getSession(sessionId, this.request);
    const stored = state.turns.find((turn) => turn.id === question.id);
    if (stored?.evaluation && state.state !== 'completed') {
      this.storage.remove(this.draftKey(`answer:${question.id}`));
      const nextQuestion = state.state === 'interviewing' ? state.question : null;
      this.showEvaluation(sessionId, question.id, stored.answer ?? '', stored.evaluation, {
        isFinal: nextQuestion === null,
        nextQuestion,
        nextQuestionNumber: nextQuestion ? state.question_number : this.questionNumber,
        totalQuestions: state.total_questions,
      });
      return;
    }
    if (stored?.answer != null && !stored.evaluation && state.state === 'interviewing' && state.question?.id === question.id) {
      throw new CoachClientError({
        code: 'EVALUATION_PENDING',
        message: 'Your answer is saved but could not be evaluated yet. Try again in a moment.',
        status: 503,
        cause: conflict,
      });
    }
    this.busy = null;
    await this.applyState(state);
  }

  private showEvaluation(
    sessionId: string,
    questionId: string,
    answer: string,
    evaluation: S['Evaluation'],
    next: Pick<ShownEvaluation, 'isFinal' | 'nextQuestion' | 'nextQuestionNumber' | 'totalQuestions'>,
  ): void {
    this.shownEvaluation = { questionId, answer, evaluation, ...next };
    this.answerDraft = '';
    this.listener.answerEvaluate({
      sessionId,
      questionId,
      score: evaluation.score,
      feedback: evaluation.feedback,
      evidence: evaluation.evidence,
      isFinal: next.isFinal,
    });
  }

  /** After an evaluation: shows the next question, or the end of the questions. */
  advance(): void {
    const shown = this.shownEvaluation;
    if (!shown || this.busy) return;
    if (shown.nextQuestion) {
      this.showQuestion(shown.nextQuestion, shown.nextQuestionNumber, shown.totalQuestions);
      return;
    }
    this.shownEvaluation = null;
    this.question = null;
    this.setPhase('questions-done');
  }

  /** Starts (or, being idempotent on the server, re-opens) the DSA round. */
  async startDsa(): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId) return;
    await this.run('dsa-start', async () => {
      const round = dsaView(await this.api.getDsaQuestion({ session_id: sessionId }, this.request));
      // The server's conversation wins; a round it does not know yet starts empty.
      this.dsa = round.messages.length > 0 || !this.dsa || this.dsa.question.id !== round.question.id ? round : this.dsa;
      this.dsaDraft = this.storage.get(this.draftKey('dsa-draft')) ?? this.dsaDraft;
      this.setPhase('dsa');
    });
  }

  /** Keeps the pseudocode draft in sessionStorage so that a reload loses nothing. */
  setDsaDraft(value: string): void {
    this.dsaDraft = value;
    this.storage.set(this.draftKey('dsa-draft'), value);
  }

  setDsaReplyDraft(value: string): void {
    this.dsaReplyDraft = value;
  }

  /** Sends the pseudocode for feedback and a first follow-up question. */
  async submitPseudocode(): Promise<void> {
    const sessionId = this.sessionId;
    const pseudocode = this.dsaDraft;
    if (!sessionId || !this.dsa || !pseudocode.trim()) return;
    await this.run('dsa-submit', async () => {
      this.recordSubmission(pseudocode, await this.api.submitPseudocode({ session_id: sessionId, pseudocode }, this.request));
    });
  }

  setDsaLanguage(language: string): void {
    this.dsaLanguage = language;
    this.codeResult = null;
    this.update();
  }

  /** Runs code on the visible examples, or submits it against every test and goes on with the conversation. */
  async runCode(code: string, submit: boolean): Promise<void> {
    const sessionId = this.sessionId;
    const language = this.dsaLanguage;
    if (!sessionId || !this.dsa || !code.trim()) return;
    await this.run(submit ? 'dsa-submit' : 'code-run', async () => {
      const body = { session_id: sessionId, language, code };
      if (!submit) {
        this.codeResult = { submitted: false, result: await this.api.runCode(body, this.request) };
        return;
      }
      const result = await this.api.submitCode(body, this.request);
      this.codeResult = { submitted: true, result };
      this.recordSubmission(code, result);
    });
  }

  private recordSubmission(text: string, result: SubmissionOutcome): void {
    const dsa = this.dsa;
    if (!dsa) return;
    const at = new Date().toISOString();
    const messages: S['DsaMessage'][] = [...dsa.messages, { role: 'candidate', kind: 'pseudocode', text, at }];
    if (result.feedback) messages.push({ role: 'interviewer', kind: 'feedback', text: result.feedback, at });
    if (result.follow_up) messages.push({ role: 'interviewer', kind: 'follow_up', text: result.follow_up, at });
    this.dsa = { ...dsa, messages, submissions: dsa.submissions + 1, score: result.score ?? dsa.score, done: result.done };
    this.listener.interviewerMessage(result.follow_up ?? result.feedback);
  }

  /** Answers the interviewer's follow-up. */
  async sendDsaReply(): Promise<void> {
    const sessionId = this.sessionId;
    const message = this.dsaReplyDraft;
    if (!sessionId || !this.dsa || !message.trim()) return;
    await this.run('dsa-reply', async () => {
      const result = await this.api.continuePseudocode({ session_id: sessionId, message }, this.request);
      const dsa = this.dsa;
      if (!dsa) return;
      const at = new Date().toISOString();
      const messages: S['DsaMessage'][] = [...dsa.messages, { role: 'candidate', kind: 'message', text: message, at }];
      if (result.reply) messages.push({ role: 'interviewer', kind: 'message', text: result.reply, at });
      if (result.follow_up) messages.push({ role: 'interviewer', kind: 'follow_up', text: result.follow_up, at });
      this.dsa = { ...dsa, messages, done: result.done, score: result.score ?? dsa.score };
      this.dsaReplyDraft = '';
      this.listener.interviewerMessage(result.follow_up ?? result.reply);
    });
  }

  /** Asks for the final feedback and the combined report, and shows it. */
  async finish(resumed = false): Promise<void> {
    const sessionId = this.sessionId;
    if (!sessionId) return;
    this.setPhase('report');
    await this.run('report', async () => {
      // The final feedback scores the interview and stores its report; the combined report then reads it with the DSA part.
      await this.api.getFinalFeedback({ session_id: sessionId }, this.request);
      this.report = await this.api.getCombinedReport({ session_id: sessionId }, this.request);
      this.storage.remove(this.draftKey('dsa-draft'));
      this.listener.sessionComplete({ sessionId, reportId: this.report.report_id, overallScore: this.report.overall_score }, resumed);
    });
  }

  private resetState(): void {
    this.sessionId = null;
    this.role = '';
    this.includeDsa = false;
    this.question = null;
    this.questionNumber = 0;
    this.totalQuestions = 0;
    this.shownEvaluation = null;
    this.answerDraft = '';
    this.dsa = null;
    this.dsaDraft = '';
    this.dsaReplyDraft = '';
    this.dsaLanguage = 'pseudocode';
    this.codeResult = null;
    this.report = null;
    this.invitationInfo = null;
    this.error = null;
    this.retryAction = null;
    this.uploadProgress = null;
    this.selectedInterview = null;
    this.interviews = [];
  }

  /** Forgets the session and starts over. */
  async restart(): Promise<void> {
    if (this.busy) return;
    this.storage.remove(this.sessionKey);
    this.storage.remove(this.draftKey('dsa-draft'));
    this.resetState();
    await this.begin();
  }

  /** Starts again from storage after the host changed `api-base` or `template`. */
  async reconfigure(): Promise<void> {
    this.abortController.abort();
    this.abortController = new AbortController();
    this.generation += 1;
    this.busy = null;
    this.resetState();
    this.phase = 'starting';
    await this.load();
  }

  /** Repeats the action that failed. */
  async retry(): Promise<void> {
    const failed = this.retryAction;
    if (!failed || this.busy) return;
    await this.run(failed.busy, failed.action);
  }

  dismissError(): void {
    this.error = null;
    this.retryAction = null;
    this.update();
  }
}
