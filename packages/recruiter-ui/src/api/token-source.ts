/** Where the dashboard's recruiter token comes from: the host's `token` and `getToken`. */
export interface TokenSourceOptions {
  /** The token the host set, if any. */
  token: () => string | null;
  /** The host's callback for a fresh token, if any. */
  getToken: () => (() => string | null | Promise<string | null>) | null;
}

/** Hands out the current token and renews it once per expiry, however many requests hit the 401. */
export interface TokenSource {
  /** The token to send now (asks `getToken` when there is none yet). */
  current(): Promise<string | null>;
  /**
   * A token newer than `stale`. Concurrent callers holding the same stale token share one
   * `getToken` call; a caller whose token was already replaced gets the replacement.
   */
  renew(stale: string | null): Promise<string | null>;
  /** Whether a token is set or can be fetched. */
  readonly available: boolean;
  /** Forgets a renewed token (on sign-out). */
  reset(): void;
}

/** Creates the token source of a dashboard. */
export function createTokenSource(options: TokenSourceOptions): TokenSource {
  // A renewed token replaces the host's token only as long as the host keeps that token: a
  // token the host sets later wins.
  let renewed: { token: string | null; replaces: string | null } | null = null;
  let inflight: Promise<string | null> | null = null;

  const active = (): string | null => {
    const hostToken = options.token();
    if (renewed && renewed.replaces === hostToken) return renewed.token;
    return hostToken;
  };

  const fetchToken = (): Promise<string | null> => {
    const getToken = options.getToken();
    if (!getToken) return Promise.resolve(active());
    if (inflight) return inflight;
    const replaces = options.token();
    inflight = Promise.resolve()
      .then(() => getToken())
      .then((token) => {
        const fresh = typeof token === 'string' && token.length > 0 ? token : null;
        renewed = { token: fresh, replaces };
        return fresh;
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  };

  return {
    async current() {
      if (inflight) return inflight;
      const token = active();
      return token ?? fetchToken();
    },
    async renew(stale) {
      if (inflight) return inflight;
      const token = active();
      if (token !== stale) return token;
      return fetchToken();
    },
    get available() {
      return Boolean(options.token() || options.getToken());
    },
    reset() {
      renewed = null;
    },
  };
}
