import { createCoachClient, type CoachClient } from '@coach/client';
import type { TokenSource } from './token-source.js';

/** Options of {@link createRecruiterClient}. */
export interface RecruiterClientOptions {
  /** The Coach server's origin (or a base URL the `/api/` paths are appended to). */
  apiBase: string;
  /** Supplies `Authorization: Bearer` tokens; renewed once when the server answers 401. */
  tokens: TokenSource;
  /** @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * The dashboard's `@coach/client`: tokens come from the dashboard's {@link TokenSource}, so a
 * 401 renews an expired short-lived token once, however many requests hit it, and repeats the
 * request. Reports are personal data: no cookies go with them and no cached copy is reused.
 *
 * @example
 * ```ts
 * const client = createRecruiterClient({ apiBase: 'https://coach.example.com', tokens });
 * const { reports } = await client.listReports({ decision: 'Pending', sort: 'score' });
 * ```
 */
export function createRecruiterClient(options: RecruiterClientOptions): CoachClient {
  return createCoachClient({
    baseUrl: options.apiBase,
    token: () => options.tokens.current(),
    onUnauthorized: ({ token }) => options.tokens.renew(token ?? null),
    requestInit: { credentials: 'omit', cache: 'no-store' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
