import { CoachClientError, createCoachClient, emitCoachEvent, type CoachClient, type CoachErrorDetail } from '@coach/client';
import type { TokenSource } from '../api/token-source.js';

export interface PanelRequestsOptions {
  /** The panel: `coach-error` is sent from it. */
  host: EventTarget;
  /** The server's origin (`api-base`), or '' for the page's own. */
  apiBase: () => string;
  tokens: TokenSource;
  /** Shows a request under way, and the message of the last failure (null once one succeeds). */
  onState: (busy: boolean, error: string | null) => void;
}

/**
 * How the dashboard's lazily loaded panels (interviews and invitations, webhooks) talk to the
 * server: one `@coach/client` per server, recruiter tokens renewed on 401, and every failure
 * shown and sent as `coach-error`.
 */
export class PanelRequests {
  private cached: { apiBase: string; client: CoachClient } | null = null;

  constructor(private readonly options: PanelRequestsOptions) {}

  client(): CoachClient {
    const apiBase = (this.options.apiBase() || window.location.origin).replace(/\/+$/, '');
    if (this.cached?.apiBase !== apiBase) {
      const { tokens } = this.options;
      const client = createCoachClient({
        baseUrl: apiBase,
        token: () => tokens.current(),
        onUnauthorized: ({ token }) => tokens.renew(token ?? null),
        requestInit: { credentials: 'omit', cache: 'no-store' },
      });
      this.cached = { apiBase, client };
    }
    return this.cached.client;
  }

  /** Runs requests with the busy flag on; a failure is shown and sent as `coach-error`, and gives `undefined`. */
  async run<T>(work: (client: CoachClient) => Promise<T>): Promise<T | undefined> {
    this.options.onState(true, null);
    let error: string | null = null;
    try {
      return await work(this.client());
    } catch (caught) {
      const detail: CoachErrorDetail = CoachClientError.isInstance(caught)
        ? { code: caught.code, message: caught.message, status: caught.status }
        : { code: 'NETWORK_ERROR', message: caught instanceof Error ? caught.message : String(caught), status: 0 };
      error = detail.message;
      emitCoachEvent(this.options.host, 'coach-error', detail);
      return undefined;
    } finally {
      this.options.onState(false, error);
    }
  }
}
