// Public API of @coach/server. The Node listener and graceful shutdown live on the `./node`
// subpath, so that the app itself runs on any runtime Hono supports.

export { createApp, type AppType, type CreateAppOptions } from './create-app.js';
export type { AppEnv, RecruiterIdentity } from './app-env.js';
export { HTTP_STATUS_BY_CODE, SERVER_ERROR_CODES, HttpError, describeError, type ErrorBody, type HttpErrorCode } from './http-errors.js';
export { DEFAULT_RATE_LIMITS, type RateLimitOptions } from './middleware/rate-limit.js';
export type { TrustedProxies, TrustProxy } from './client-ip.js';
export type { PagesOptions } from './pages.js';
export {
  createRecruiterTokens,
  DEFAULT_TOKEN_TTL_SECONDS,
  MAX_TOKEN_TTL_SECONDS,
  type RecruiterTokens,
  type RecruiterTokenClaims,
  type VerifyTokenResult,
} from './recruiter-token.js';
