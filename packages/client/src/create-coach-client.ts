import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import { CoachClientError, errorFromResponse, errorFromThrown } from './coach-client-error.js';
import type { components, paths } from './generated/openapi.js';
import { canReportUploadProgress, uploadWithProgress, type UploadProgress } from './upload-with-progress.js';

/** The schemas of the Coach API (`CoachSchemas['ReportDetails']`, …), exactly as the server sends them. */
export type CoachSchemas = components['schemas'];

type S = CoachSchemas;

/** The HTTP methods the Coach API uses. */
export type CoachHttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The paths of the Coach API that answer `method`. */
export type CoachPath<M extends CoachHttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends I` asks whether every field of I is optional
type InitParam<I> = {} extends I ? [init?: I & { [key: string]: unknown }] : [init: I & { [key: string]: unknown }];

/** What a route answers on success (`Blob`, `string`, … when `parseAs` asks for it). */
export type CoachRouteData<T, I> = T extends Record<string | number, any> ? Exclude<FetchResponse<T, I, `${string}/${string}`>['data'], undefined> : never;

/**
 * A typed call of one method: the path, then openapi-fetch's init (`params: { path, query }`,
 * `body`, `signal`, `headers`, `parseAs`). Resolves to the body of a 2xx answer; throws
 * {@link CoachClientError} otherwise.
 */
export type CoachRouteMethod<M extends CoachHttpMethod> = <P extends CoachPath<M>, I extends MaybeOptionalInit<paths[P], M>>(
  path: P,
  ...init: InitParam<I>
) => Promise<CoachRouteData<paths[P][M], I>>;

/** A bearer token, or where to get the current one (asked before every request). */
export type CoachTokenSource = string | (() => string | null | undefined | Promise<string | null | undefined>);

/** What {@link CoachClientOptions.onUnauthorized} is told. */
export interface CoachUnauthorizedContext {
  /** The token the server refused (undefined when none was sent). */
  token: string | undefined;
  /** The 401 answer. */
  response: Response;
}

/** Options of {@link createCoachClient}. */
export interface CoachClientOptions {
  /**
   * Where the Coach server lives (`https://coach.example.com`, or `/coach` where it is mounted
   * under a prefix); the `/api/…` paths are appended. A trailing `/` or `/api` is ignored.
   * @default '' (the page's own origin, in a browser)
   */
  baseUrl?: string;
  /** @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** Sent as `Authorization: Bearer <token>`: the secret key or a recruiter token (recruiter routes only need it). */
  token?: CoachTokenSource;
  /**
   * Called when the server answers 401: return a fresh token and the request is sent once more
   * with it (return nothing to give up). A string `token` is replaced by the fresh one; a
   * function `token` should start returning it. Concurrent 401s for the same token share one call.
   */
  onUnauthorized?: (context: CoachUnauthorizedContext) => string | null | undefined | Promise<string | null | undefined>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Fetch settings for every request, e.g. `{ credentials: 'omit', cache: 'no-store' }` for a
   * dashboard that must neither send cookies nor reuse cached reports.
   */
  requestInit?: Pick<RequestInit, 'cache' | 'credentials' | 'mode' | 'redirect' | 'referrerPolicy' | 'keepalive'>;
}

/** Options of one named call. */
export interface CoachRequestOptions {
  /** Aborts the request; the call then throws `ABORTED`. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Options of {@link CoachClient.uploadResume}. */
export interface UploadResumeOptions extends CoachRequestOptions {
  /**
   * Told how many bytes were sent, then `processing` while the server reads the resume. In a
   * browser (without a custom `fetch`) the upload then goes through `XMLHttpRequest`, because
   * fetch cannot report upload progress; elsewhere only `processing` is reported.
   */
  onProgress?: (progress: UploadProgress) => void;
}

/** The fields of a resume upload: the file plus the form's text fields (`demo_id`, `job_description`, …). */
export type UploadResumeInput = Omit<S['UploadResumeRequest'], 'resume'> & {
  resume: Blob;
  /** @default the file's own name, else `resume` */
  file_name?: string;
};

/** The query of `GET /api/reports/`. */
export type ListReportsQuery = NonNullable<paths['/api/reports/']['get']['parameters']['query']>;

/**
 * A typed client for every route of `@coach/server`. The `GET`/`POST`/`PATCH`/`DELETE` methods
 * take any path of the OpenAPI document; the named methods cover the widgets' flows. Bodies
 * and answers are the API's JSON (snake_case), typed from the document.
 */
export interface CoachClient {
  /** Where the server lives, as the `/api/…` paths are appended to it (`''` for the page's own origin). */
  readonly baseUrl: string;
  GET: CoachRouteMethod<'get'>;
  POST: CoachRouteMethod<'post'>;
  PUT: CoachRouteMethod<'put'>;
  PATCH: CoachRouteMethod<'patch'>;
  DELETE: CoachRouteMethod<'delete'>;

  /** `GET /api/demos/`: the interviews a candidate can choose. */
  listDemos(options?: CoachRequestOptions): Promise<S['DemoList']>;
  /** `POST /api/upload-resume/`: reads the resume and starts an interview. */
  uploadResume(input: UploadResumeInput, options?: UploadResumeOptions): Promise<S['UploadResumeResponse']>;
  /** `GET /api/invitations/{token}/public/`: what a personal link opens and whether it still works. */
  getInvitation(token: string, options?: CoachRequestOptions): Promise<S['InvitationPublic']>;
  /** `POST /api/submit-answer-and-get-next/`. */
  submitAnswer(body: S['SubmitAnswerRequest'], options?: CoachRequestOptions): Promise<S['SubmitAnswerResponse']>;
  /** `POST /api/get-final-feedback/`: scores the interview and stores its report. */
  getFinalFeedback(body: S['SessionIdRequest'], options?: CoachRequestOptions): Promise<S['FinalFeedbackResponse']>;
  /** `POST /api/get-dsa-question/`: starts the DSA round, or returns it with the conversation so far. */
  getDsaQuestion(body: S['SessionIdRequest'], options?: CoachRequestOptions): Promise<S['DsaQuestionResponse']>;
  /** `POST /api/submit-pseudocode/`. */
  submitPseudocode(body: S['SubmitPseudocodeRequest'], options?: CoachRequestOptions): Promise<S['SubmitPseudocodeResponse']>;
  /** `POST /api/run-code/`: runs code against the visible examples; nothing is stored. */
  runCode(body: S['CodeRequest'], options?: CoachRequestOptions): Promise<S['RunCodeResponse']>;
  /** `POST /api/submit-code/`: runs every test, stores and scores the submission. */
  submitCode(body: S['CodeRequest'], options?: CoachRequestOptions): Promise<S['SubmitCodeResponse']>;
  /** `POST /api/continue-pseudocode/`. */
  continuePseudocode(body: S['ContinuePseudocodeRequest'], options?: CoachRequestOptions): Promise<S['ContinuePseudocodeResponse']>;
  /** `POST /api/get-combined-report/`: the interview and DSA parts in one report. */
  getCombinedReport(body: S['SessionIdRequest'], options?: CoachRequestOptions): Promise<S['CombinedReport']>;
  /** `GET /api/sessions/{id}/`: where an interview stands, to resume it. */
  getSession(sessionId: string, options?: CoachRequestOptions): Promise<S['SessionState']>;
  /** `POST /api/text-to-speech/`: the spoken text (`audio/mpeg` or `audio/wav`). */
  textToSpeech(body: S['TextToSpeechRequest'], options?: CoachRequestOptions): Promise<Blob>;

  /** `POST /api/recruiter-tokens/` (secret key as `token`): a short-lived recruiter token. */
  createRecruiterToken(body?: S['RecruiterTokenRequest'], options?: CoachRequestOptions): Promise<S['RecruiterTokenResponse']>;
  /** `GET /api/reports/`: one page of reports. */
  listReports(query?: ListReportsQuery, options?: CoachRequestOptions): Promise<S['ReportList']>;
  /** `GET /api/reports/statistics/`. */
  getStatistics(options?: CoachRequestOptions): Promise<S['Statistics']>;
  /** `GET /api/reports/{id}/`: the whole report. */
  getReport(id: string, options?: CoachRequestOptions): Promise<S['ReportDetails']>;
  /** `POST /api/reports/create/`. */
  createReport(body: S['CreateReportRequest'], options?: CoachRequestOptions): Promise<S['Report']>;
  /** `PATCH /api/reports/{id}/decision/`: accepting queues one invite email. */
  setDecision(id: string, decision: S['Decision'], options?: CoachRequestOptions): Promise<S['DecisionResponse']>;
  /** `DELETE /api/reports/{id}/delete/`. */
  deleteReport(id: string, options?: CoachRequestOptions): Promise<void>;
  /** `GET /api/health`. */
  health(options?: CoachRequestOptions): Promise<S['Health']>;
}

/**
 * Creates a typed client for a Coach server. Every failure is a {@link CoachClientError}.
 *
 * @example
 * ```ts
 * import { createCoachClient } from '@coach/client';
 *
 * const coach = createCoachClient({ baseUrl: 'https://coach.example.com', token: process.env.COACH_SECRET_KEY });
 * const { reports } = await coach.listReports({ decision: 'Pending', sort: 'score' });
 * const report = await coach.GET('/api/reports/{id}/', { params: { path: { id: reports[0]!.id } } });
 * ```
 */
export function createCoachClient(options: CoachClientOptions = {}): CoachClient {
  const baseUrl = (options.baseUrl ?? '')
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/api$/, '');
  const fetchImplementation = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  let token = options.token;
  let renewal: { stale: string | undefined; fresh: Promise<string | undefined> } | null = null;

  const tokenFailure = (cause: unknown) =>
    new CoachClientError({ code: 'TOKEN_UNAVAILABLE', message: 'No token could be obtained for the Coach server.', status: 401, cause });

  /** The token to send now; a token source that throws fails the request with `TOKEN_UNAVAILABLE`. */
  const currentToken = async (): Promise<string | undefined> => {
    try {
      return typeof token === 'function' ? (await token()) || undefined : token || undefined;
    } catch (error) {
      throw tokenFailure(error);
    }
  };

  // Requests that hit a 401 with the same token share one renewal, also when they arrive after
  // it finished; a renewal that failed or gave no token is forgotten, so the next 401 asks again.
  const renew = (stale: string | undefined, response: Response): Promise<string | undefined> => {
    const last = renewal;
    if (last && last.stale === stale) return last.fresh;
    const current = {
      stale,
      fresh: Promise.resolve()
        .then(() => options.onUnauthorized?.({ token: stale, response }))
        .then(
          (value) => {
            if (value && typeof token !== 'function') token = value;
            return value || undefined;
          },
          (error: unknown) => Promise.reject(tokenFailure(error)),
        ),
    };
    renewal = current;
    const forget = () => {
      if (renewal === current) renewal = null;
    };
    current.fresh.then((value) => value || forget(), forget);
    return current.fresh;
  };

  const withToken = (request: Request, value: string | undefined): Request => {
    if (value) request.headers.set('Authorization', `Bearer ${value}`);
    return request;
  };

  async function send(request: Request): Promise<Response> {
    const sent = await currentToken();
    // The body of the first attempt is consumed by sending it; the retry needs its own copy.
    const retry = options.onUnauthorized ? request.clone() : null;
    const response = await fetchImplementation(withToken(request, sent));
    if (response.status !== 401 || !retry) return response;
    const fresh = await renew(sent, response);
    if (!fresh || fresh === sent) return response;
    await response.body?.cancel().catch(() => undefined);
    return fetchImplementation(withToken(retry, fresh));
  }

  // Each call passes its own fetch (over `send`), to learn the status of an answer it cannot parse.
  const client = createClient<paths>({ ...options.requestInit, baseUrl, headers: options.headers ?? {} });

  const call =
    (method: string) =>
    async (path: string, init: { signal?: AbortSignal | null; parseAs?: string } & Record<string, unknown> = {}): Promise<unknown> => {
      let status = 0;
      try {
        const result = await client.request(
          method as 'get',
          path as never,
          {
            ...init,
            fetch: async (request: Request) => {
              const response = await send(request);
              status = response.status;
              return response;
            },
          } as never,
        );
        if (!result.response.ok) throw errorFromResponse(result.response, result.error);
        if (result.data === undefined && result.response.status !== 204 && (init.parseAs ?? 'json') === 'json') {
          throw new CoachClientError({ code: 'INVALID_RESPONSE', message: 'The server answered without a body.', status });
        }
        return result.data;
      } catch (error) {
        throw errorFromThrown(error, init.signal, status);
      }
    };

  const GET = call('get') as CoachRouteMethod<'get'>;
  const POST = call('post') as CoachRouteMethod<'post'>;
  const PATCH = call('patch') as CoachRouteMethod<'patch'>;
  const DELETE = call('delete') as CoachRouteMethod<'delete'>;
  const id = (value: string) => ({ params: { path: { id: value } } });

  return {
    baseUrl,
    GET,
    POST,
    PUT: call('put') as CoachRouteMethod<'put'>,
    PATCH,
    DELETE,
    listDemos: (requestOptions) => GET('/api/demos/', { ...requestOptions }),
    async uploadResume({ resume, file_name, ...fields }, { onProgress, ...requestOptions } = {}) {
      const form = new FormData();
      form.set('resume', resume, file_name ?? (resume as { name?: string }).name ?? 'resume');
      for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== null) form.set(name, String(value));
      if (onProgress && canReportUploadProgress() && !options.fetch) {
        const sent = await currentToken();
        return uploadWithProgress<S['UploadResumeResponse']>({
          url: `${baseUrl}/api/upload-resume/`,
          form,
          headers: { ...options.headers, ...requestOptions.headers, ...(sent ? { Authorization: `Bearer ${sent}` } : {}) },
          withCredentials: options.requestInit?.credentials === 'include',
          signal: requestOptions.signal,
          onProgress,
        });
      }
      onProgress?.({ stage: 'processing' });
      // openapi-fetch sends FormData as it is, and fetch writes the multipart boundary.
      return POST('/api/upload-resume/', { ...requestOptions, body: form as unknown as S['UploadResumeRequest'] });
    },
    getInvitation: (token, requestOptions) => GET('/api/invitations/{token}/public/', { ...requestOptions, params: { path: { token } } }),
    submitAnswer: (body, requestOptions) => POST('/api/submit-answer-and-get-next/', { ...requestOptions, body }),
    getFinalFeedback: (body, requestOptions) => POST('/api/get-final-feedback/', { ...requestOptions, body }),
    getDsaQuestion: (body, requestOptions) => POST('/api/get-dsa-question/', { ...requestOptions, body }),
    submitPseudocode: (body, requestOptions) => POST('/api/submit-pseudocode/', { ...requestOptions, body }),
    runCode: (body, requestOptions) => POST('/api/run-code/', { ...requestOptions, body }),
    submitCode: (body, requestOptions) => POST('/api/submit-code/', { ...requestOptions, body }),
    continuePseudocode: (body, requestOptions) => POST('/api/continue-pseudocode/', { ...requestOptions, body }),
    getCombinedReport: (body, requestOptions) => POST('/api/get-combined-report/', { ...requestOptions, body }),
    getSession: (sessionId, requestOptions) => GET('/api/sessions/{id}/', { ...requestOptions, ...id(sessionId) }),
    textToSpeech: (body, requestOptions) => POST('/api/text-to-speech/', { ...requestOptions, body, parseAs: 'blob' }),
    createRecruiterToken: (body, requestOptions) => POST('/api/recruiter-tokens/', { ...requestOptions, body: body ?? {} }),
    listReports: (query, requestOptions) => GET('/api/reports/', { ...requestOptions, params: { query: query ?? {} } }),
    getStatistics: (requestOptions) => GET('/api/reports/statistics/', { ...requestOptions }),
    getReport: (reportId, requestOptions) => GET('/api/reports/{id}/', { ...requestOptions, ...id(reportId) }),
    createReport: (body, requestOptions) => POST('/api/reports/create/', { ...requestOptions, body }),
    setDecision: (reportId, decision, requestOptions) => PATCH('/api/reports/{id}/decision/', { ...requestOptions, ...id(reportId), body: { decision } }),
    deleteReport: async (reportId, requestOptions) => {
      await DELETE('/api/reports/{id}/delete/', { ...requestOptions, ...id(reportId) });
    },
    health: (requestOptions) => GET('/api/health', { ...requestOptions }),
  };
}
