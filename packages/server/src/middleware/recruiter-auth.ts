import { PermissionError } from '@coach/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { FailureLimit } from './rate-limit.js';
import type { RecruiterTokens } from '../recruiter-token.js';

export interface RecruiterAuthOptions {
  tokens: RecruiterTokens;
  now: () => Date;
  /** Only the secret key itself is accepted (minting tokens), not a token. @default false */
  secretKeyOnly?: boolean;
  /** Counts wrong credentials per client and refuses every attempt over the limit (429). */
  failureLimit?: FailureLimit;
}

/**
 * Requires `Authorization: Bearer <secret key or recruiter token>`; answers 401 otherwise
 * (`WWW-Authenticate: Bearer`). Sets `recruiter.actor` for the audit trail.
 */
export function createRecruiterAuth(options: RecruiterAuthOptions): MiddlewareHandler<AppEnv> {
  const { tokens, now, secretKeyOnly = false, failureLimit } = options;
  const refuse = async (c: Context<AppEnv>, error: PermissionError): Promise<never> => {
    await failureLimit?.countFailure(c);
    throw error;
  };
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    const credential = match?.[1];
    if (!credential) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new PermissionError({
        code: 'UNAUTHORIZED',
        message: secretKeyOnly
          ? 'Send the secret key as "Authorization: Bearer <COACH_SECRET_KEY>".'
          : 'Send "Authorization: Bearer <token>" with a recruiter token or the secret key.',
      });
    }
    // Checked before the credential, so that once over the limit a right guess is refused too.
    await failureLimit?.assertAllowed(c);
    if (tokens.isSecretKey(credential)) {
      c.set('recruiter', { actor: 'secret-key' });
      return next();
    }
    if (!secretKeyOnly) {
      const result = await tokens.verify(credential, now());
      if (result.valid) {
        c.set('recruiter', { actor: `token:${result.claims.sub}` });
        return next();
      }
      if (result.reason === 'expired') {
        // An expired token carries a valid signature: it is a tab renewing, not a guess, so it
        // does not count toward the failure limit.
        c.header('WWW-Authenticate', 'Bearer error="invalid_token", error_description="expired"');
        throw new PermissionError({ code: 'UNAUTHORIZED', message: 'The recruiter token has expired. Get a new one.' });
      }
    }
    c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
    return refuse(c, new PermissionError({ code: 'UNAUTHORIZED', message: secretKeyOnly ? 'The secret key is wrong.' : 'The token is not valid.' }));
  };
}
