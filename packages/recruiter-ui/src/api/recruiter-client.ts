import type { Decision, DecisionResult, ReportDetails, ReportPage, ReportQuery, Statistics } from './recruiter-types.js';

/** An error answered by the server (or a network failure, code `NETWORK_ERROR`). */
export class RecruiterApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'RecruiterApiError';
  }
}

export interface RecruiterClientOptions {
  apiBase: string;
  /** Returns the current token; called again with `{ renew: true }` after a 401. */
  token: (options: { renew: boolean }) => Promise<string | null>;
  fetch?: typeof fetch;
}

/** A small fetch client for the recruiter routes, renewing the token once on 401. */
export class RecruiterClient {
  constructor(private readonly options: RecruiterClientOptions) {}

  listReports(query: ReportQuery): Promise<ReportPage> {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.decision) params.set('decision', query.decision);
    if (query.role) params.set('role', query.role);
    if (query.min_score !== undefined && query.min_score !== null) params.set('min_score', String(query.min_score));
    if (query.sort) params.set('sort', query.sort);
    if (query.limit) params.set('limit', String(query.limit));
    if (query.cursor) params.set('cursor', query.cursor);
    const search = params.toString();
    return this.request<ReportPage>('GET', `/api/reports/${search ? `?${search}` : ''}`);
  }

  statistics(): Promise<Statistics> {
    return this.request<Statistics>('GET', '/api/reports/statistics/');
  }

  report(id: string): Promise<ReportDetails> {
    return this.request<ReportDetails>('GET', `/api/reports/${encodeURIComponent(id)}/`);
  }

  decide(id: string, decision: Decision): Promise<DecisionResult> {
    return this.request<DecisionResult>('PATCH', `/api/reports/${encodeURIComponent(id)}/decision/`, { decision });
  }

  async deleteReport(id: string): Promise<void> {
    await this.request<void>('DELETE', `/api/reports/${encodeURIComponent(id)}/delete/`);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response = await this.send(method, path, body, false);
    if (response.status === 401) response = await this.send(method, path, body, true);
    if (!response.ok) {
      let code = `HTTP_${response.status}`;
      let message = `The server answered ${response.status}.`;
      try {
        const payload = (await response.json()) as { error?: { code?: string; message?: string } };
        if (payload.error?.code) code = payload.error.code;
        if (payload.error?.message) message = payload.error.message;
      } catch {
        // Not JSON: keep the generic message.
      }
      throw new RecruiterApiError(code, message, response.status);
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body: unknown, renew: boolean): Promise<Response> {
    const token = await this.options.token({ renew });
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const doFetch = this.options.fetch ?? fetch;
    try {
      return await doFetch(`${this.options.apiBase.replace(/\/$/, '')}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new RecruiterApiError('NETWORK_ERROR', 'The server could not be reached. Check the connection and try again.', 0);
    }
  }
}
