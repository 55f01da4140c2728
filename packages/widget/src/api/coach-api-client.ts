import type {
  AnswerResult,
  CombinedReport,
  DsaReply,
  DsaRoundState,
  FinalFeedback,
  InterviewChoice,
  PseudocodeResult,
  CodeResult,
  InvitationInfo,
  SessionState,
  StartedSession,
  UploadProgress,
} from './api-types.js';
import { CoachApiError, errorFromResponse } from './coach-api-error.js';
import {
  readAnswerResult,
  readCombinedReport,
  readDsaProblem,
  readDsaReply,
  readDsaRound,
  readFinalFeedback,
  readInterviewChoices,
  readPseudocodeResult,
  readSessionState,
  readStartedSession,
} from './normalize.js';

export interface CoachApiClientOptions {
  /**
   * Where the Coach server lives, e.g. `https://coach.example.com` (a trailing `/api` is
   * accepted too). Empty means the page's own origin.
   * @default ''
   */
  baseUrl?: string;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface UploadResumeOptions extends RequestOptions {
  file: Blob;
  fileName: string;
  templateId?: string | null;
  /** A personal link's token, sent instead of the template. */
  invitation?: string | null;
  jobDescription?: string | null;
  onProgress?: (progress: UploadProgress) => void;
}

/** A typed client for the candidate routes of `@coach/server` (see the HTTP contract). */
export interface CoachApiClient {
  /** The root the `/api/…` paths are appended to. */
  readonly root: string;
  listInterviews(options?: RequestOptions): Promise<InterviewChoice[]>;
  uploadResume(options: UploadResumeOptions): Promise<StartedSession>;
  submitAnswer(options: { sessionId: string; questionId: string; answer: string } & RequestOptions): Promise<AnswerResult>;
  getFinalFeedback(options: { sessionId: string } & RequestOptions): Promise<FinalFeedback>;
  /** Starts the DSA round, or returns it with the conversation so far. */
  getDsaQuestion(options: { sessionId: string } & RequestOptions): Promise<DsaRoundState>;
  /** What a personal link opens: its interview, who sent it, and whether it can still be used. */
  getInvitation(options: { token: string } & RequestOptions): Promise<InvitationInfo>;
  submitPseudocode(options: { sessionId: string; pseudocode: string } & RequestOptions): Promise<PseudocodeResult>;
  /** Runs code on the visible examples (`submit: false`) or submits it against every test. */
  runCode(options: { sessionId: string; language: string; code: string; submit: boolean } & RequestOptions): Promise<CodeResult>;
  continuePseudocode(options: { sessionId: string; message: string } & RequestOptions): Promise<DsaReply>;
  /** The combined report; `finalFeedback` fills in the parts the combined answer leaves out. */
  getCombinedReport(options: { sessionId: string; finalFeedback?: FinalFeedback | null } & RequestOptions): Promise<CombinedReport>;
  getSession(options: { sessionId: string } & RequestOptions): Promise<SessionState>;
  /** Synthesised speech for a text (`audio/mpeg` or `audio/wav`). */
  textToSpeech(options: { text: string } & RequestOptions): Promise<Blob>;
}

/** Normalises an `api-base` value into the root that `/api/…` paths are appended to. */
export function resolveApiRoot(baseUrl: string | null | undefined): string {
  return (baseUrl ?? '')
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api$/, '');
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

function transportError(error: unknown): CoachApiError {
  if (CoachApiError.isInstance(error)) return error;
  if (isAbort(error)) return new CoachApiError({ code: 'ABORTED', message: 'The request was cancelled.', status: 0, cause: error });
  return new CoachApiError({ code: 'NETWORK_ERROR', message: 'The server could not be reached.', status: 0, cause: error });
}

function parseJson(bodyText: string): unknown {
  try {
    return JSON.parse(bodyText) as unknown;
  } catch (error) {
    throw new CoachApiError({ code: 'INVALID_RESPONSE', message: 'The server did not answer with JSON.', status: 200, cause: error });
  }
}

/**
 * Creates the client the widget uses. Every failure becomes a {@link CoachApiError} with the
 * server's `{code, message}`, or `NETWORK_ERROR` when no answer arrived.
 *
 * @example
 * const api = createCoachApiClient({ baseUrl: 'https://coach.example.com' });
 * const interviews = await api.listInterviews();
 */
export function createCoachApiClient(options: CoachApiClientOptions = {}): CoachApiClient {
  const root = resolveApiRoot(options.baseUrl);
  const fetchImplementation = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const url = (path: string) => `${root}/api/${path}`;

  async function send(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImplementation(url(path), init);
    } catch (error) {
      throw transportError(error);
    }
    if (!response.ok) {
      const bodyText = await response.text().catch(() => '');
      throw errorFromResponse(response.status, bodyText, response.headers.get('Retry-After'));
    }
    return response;
  }

  async function requestJson(path: string, init: RequestInit): Promise<unknown> {
    const response = await send(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
    let bodyText: string;
    try {
      bodyText = await response.text();
    } catch (error) {
      throw transportError(error);
    }
    return parseJson(bodyText);
  }

  const post = (path: string, body: Record<string, unknown>, signal?: AbortSignal) =>
    requestJson(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: signal ?? null });

  function uploadWithXhr(form: FormData, upload: UploadResumeOptions): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', url('upload-resume/'));
      request.setRequestHeader('Accept', 'application/json');
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) upload.onProgress?.({ stage: 'sending', loaded: event.loaded, total: event.total });
      });
      // Once every byte is sent the server still reads the resume and writes the first question.
      request.upload.addEventListener('load', () => upload.onProgress?.({ stage: 'processing' }));
      request.addEventListener('load', () => {
        if (request.status >= 200 && request.status < 300) {
          try {
            resolve(parseJson(request.responseText));
          } catch (error) {
            reject(error);
          }
        } else {
          reject(errorFromResponse(request.status, request.responseText, request.getResponseHeader('Retry-After')));
        }
      });
      request.addEventListener('error', () => reject(transportError(new TypeError('Network request failed'))));
      request.addEventListener('abort', () => reject(transportError(new DOMException('Aborted', 'AbortError'))));
      upload.signal?.addEventListener('abort', () => request.abort(), { once: true });
      request.send(form);
    });
  }

  return {
    root,
    async getInvitation({ token, signal }) {
      return (await requestJson(`invitations/${encodeURIComponent(token)}/public/`, { method: 'GET', signal: signal ?? null })) as InvitationInfo;
    },
    async listInterviews({ signal } = {}) {
      return readInterviewChoices(await requestJson('demos/', { method: 'GET', signal: signal ?? null }));
    },
    async uploadResume(upload) {
      const form = new FormData();
      form.append('resume', upload.file, upload.fileName);
      if (upload.invitation) form.append('invitation', upload.invitation);
      else if (upload.templateId) form.append('demo_id', upload.templateId);
      if (upload.jobDescription?.trim()) form.append('job_description', upload.jobDescription.trim());
      // XMLHttpRequest reports upload progress; fetch cannot, so it is used only without XHR.
      if (typeof XMLHttpRequest === 'function' && !options.fetch) {
        return readStartedSession(await uploadWithXhr(form, upload));
      }
      upload.onProgress?.({ stage: 'processing' });
      return readStartedSession(await requestJson('upload-resume/', { method: 'POST', body: form, signal: upload.signal ?? null }));
    },
    async submitAnswer({ sessionId, questionId, answer, signal }) {
      return readAnswerResult(await post('submit-answer-and-get-next/', { session_id: sessionId, question_id: questionId, answer }, signal));
    },
    async getFinalFeedback({ sessionId, signal }) {
      return readFinalFeedback(await post('get-final-feedback/', { session_id: sessionId }, signal));
    },
    async getDsaQuestion({ sessionId, signal }) {
      const answer = await post('get-dsa-question/', { session_id: sessionId }, signal);
      return readDsaRound(answer) ?? { problem: readDsaProblem(answer), messages: [], submissions: 0, score: null, done: false };
    },
    async submitPseudocode({ sessionId, pseudocode, signal }) {
      return readPseudocodeResult(await post('submit-pseudocode/', { session_id: sessionId, pseudocode }, signal));
    },
    async runCode({ sessionId, language, code, submit, signal }) {
      return (await post(submit ? 'submit-code/' : 'run-code/', { session_id: sessionId, language, code }, signal)) as CodeResult;
    },
    async continuePseudocode({ sessionId, message, signal }) {
      return readDsaReply(await post('continue-pseudocode/', { session_id: sessionId, message }, signal));
    },
    async getCombinedReport({ sessionId, finalFeedback, signal }) {
      return readCombinedReport(await post('get-combined-report/', { session_id: sessionId }, signal), finalFeedback ?? null);
    },
    async getSession({ sessionId, signal }) {
      return readSessionState(await requestJson(`sessions/${encodeURIComponent(sessionId)}/`, { method: 'GET', signal: signal ?? null }));
    },
    async textToSpeech({ text, signal }) {
      const response = await send('text-to-speech/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'audio/*' },
        body: JSON.stringify({ text }),
        signal: signal ?? null,
      });
      try {
        return await response.blob();
      } catch (error) {
        throw transportError(error);
      }
    },
  };
}
