import { PermissionError } from '@coach/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { RecruiterTokens } from '../recruiter-token.js';
import { setResponseHeader } from '../response-headers.js';

export interface RecruiterAuthOptions {
  tokens: RecruiterTokens;
  now: () => Date;
  /** Only the secret key itself is accepted (minting tokens), not a token. @default false */
  secretKeyOnly?: boolean;
}

/**
 * Requires `Authorization: Bearer <secret key or recruiter token>`; answers 401 otherwise
 * (`WWW-Authenticate: Bearer`). Sets `recruiter.actor` for the audit trail.
 */
export function createRecruiterAuth(options: RecruiterAuthOptions): MiddlewareHandler<AppEnv> {
  const { tokens, now, secretKeyOnly = false } = options;
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    const credential = match?.[1];
    if (!credential) {
      setResponseHeader(c, 'WWW-Authenticate', 'Bearer');
      throw new PermissionError({
        code: 'UNAUTHORIZED',
        message: secretKeyOnly ? 'Send the secret key as "Authorization: Bearer <COACH_SECRET_KEY>".' : 'Send "Authorization: Bearer <token>" with a recruiter token or the secret key.',
      });
    }
    if (tokens.isSecretKey(credential)) {
      c.set('recruiter', { actor: 'secret-key' });
      return next();
    }
    if (!secretKeyOnly) {
      const result = tokens.verify(credential, now());
      if (result.valid) {
        c.set('recruiter', { actor: `token:${result.claims.sub}` });
        return next();
      }
      if (result.reason === 'expired') {
        setResponseHeader(c, 'WWW-Authenticate', 'Bearer error="invalid_token", error_description="expired"');
        throw new PermissionError({ code: 'UNAUTHORIZED', message: 'The recruiter token has expired. Get a new one.' });
      }
    }
    setResponseHeader(c, 'WWW-Authenticate', 'Bearer error="invalid_token"');
    throw new PermissionError({ code: 'UNAUTHORIZED', message: secretKeyOnly ? 'The secret key is wrong.' : 'The token is not valid.' });
  };
}
