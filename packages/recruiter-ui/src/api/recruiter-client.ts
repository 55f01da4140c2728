import { RecruiterApiError } from './recruiter-api-error.js';
import type { Decision, DecisionResult, ReportDetails, ReportPage, ReportQuery, Statistics } from './recruiter-types.js';
import type { TokenSource } from './token-source.js';

/** Options of {@link createRecruiterClient}. */
export interface RecruiterClientOptions {
  /** The Coach server's origin (or a base URL the `/api/` paths are appended to). */
  apiBase: string;
  /** Supplies `Authorization: Bearer` tokens; renewed once when the server answers 401. */
  tokens: TokenSource;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** Per-request options. */
export interface RecruiterRequestOptions {
  abortSignal?: AbortSignal;
}

/** The recruiter routes of `@coach/server`, over fetch. Every method throws `RecruiterApiError`. */
export interface RecruiterClient {
  listReports(query: ReportQuery, options?: RecruiterRequestOptions): Promise<ReportPage>;
  statistics(options?: RecruiterRequestOptions): Promise<Statistics>;
  getReport(id: string, options?: RecruiterRequestOptions): Promise<ReportDetails>;
  decide(id: string, decision: Decision, options?: RecruiterRequestOptions): Promise<DecisionResult>;
  deleteReport(id: string, options?: RecruiterRequestOptions): Promise<void>;
}

/**
 * Creates the dashboard's API client. A 401 renews the token through `tokens` and repeats the
 * request once, so an expired short-lived token costs the recruiter nothing.
 *
 * @example
 * ```ts
 * const client = createRecruiterClient({ apiBase: 'https://coach.example.com', tokens });
 * const { reports } = await client.listReports({ decision: 'Pending', sort: 'score' });
 * ```
 */
export function createRecruiterClient(options: RecruiterClientOptions): RecruiterClient {
  const base = options.apiBase.replace(/\/+$/, '');

  const send = async (method: string, path: string, token: string | null, body: unknown, signal: AbortSignal | undefined): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers['Authorization'] = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    try {
      return await doFetch(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new RecruiterApiError({
        code: 'NETWORK_ERROR',
        message: 'The Coach server could not be reached. Check the connection and try again.',
        status: 0,
        cause: error,
      });
    }
  };

  const request = async <T>(method: string, path: string, body?: unknown, requestOptions: RecruiterRequestOptions = {}): Promise<T> => {
    const signal = requestOptions.abortSignal;
    let token = await tokenOrFail(() => options.tokens.current());
    let response = await send(method, path, token, body, signal);
    if (response.status === 401) {
      const fresh = await tokenOrFail(() => options.tokens.renew(token));
      if (fresh && fresh !== token) {
        token = fresh;
        response = await send(method, path, token, body, signal);
      }
    }
    if (!response.ok) throw await errorFrom(response);
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new RecruiterApiError({ code: 'BAD_RESPONSE', message: 'The server sent an answer that is not JSON.', status: response.status, cause: error });
    }
  };

  const reportPath = (id: string, suffix = '') => `/api/reports/${encodeURIComponent(id)}/${suffix}`;

  return {
    listReports(query, requestOptions) {
      const params = new URLSearchParams();
      if (query.q?.trim()) params.set('q', query.q.trim());
      if (query.decision) params.set('decision', query.decision);
      if (query.role) params.set('role', query.role);
      if (typeof query.min_score === 'number' && Number.isFinite(query.min_score)) params.set('min_score', String(query.min_score));
      if (query.sort) params.set('sort', query.sort);
      if (query.limit) params.set('limit', String(query.limit));
      if (query.cursor) params.set('cursor', query.cursor);
      const search = params.toString();
      return request<ReportPage>('GET', `/api/reports/${search ? `?${search}` : ''}`, undefined, requestOptions);
    },
    statistics: (requestOptions) => request<Statistics>('GET', '/api/reports/statistics/', undefined, requestOptions),
    getReport: (id, requestOptions) => request<ReportDetails>('GET', reportPath(id), undefined, requestOptions),
    decide: (id, decision, requestOptions) => request<DecisionResult>('PATCH', reportPath(id, 'decision/'), { decision }, requestOptions),
    deleteReport: (id, requestOptions) => request<void>('DELETE', reportPath(id, 'delete/'), undefined, requestOptions),
  };
}

async function tokenOrFail(read: () => Promise<string | null>): Promise<string | null> {
  try {
    return await read();
  } catch (error) {
    throw new RecruiterApiError({
      code: 'TOKEN_UNAVAILABLE',
      message: `No recruiter token could be obtained: ${error instanceof Error ? error.message : String(error)}`,
      status: 401,
      cause: error,
    });
  }
}

async function errorFrom(response: Response): Promise<RecruiterApiError> {
  let code = `HTTP_${response.status}`;
  let message = `The server answered ${response.status} ${response.statusText}`.trim() + '.';
  try {
    const payload = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof payload.error?.code === 'string') code = payload.error.code;
    if (typeof payload.error?.message === 'string') message = payload.error.message;
  } catch {
    // Not the JSON error shape (e.g. a proxy's HTML page): keep the status line.
  }
  return new RecruiterApiError({ code, message, status: response.status });
}
