import { createRequire } from 'node:module';
import { ValidationError, type Coach, type Logger } from '@coach/core';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import type { TrustProxy } from './client-ip.js';
import { createErrorHandler, notFoundHandler } from './http-errors.js';
import { createBodyLimit } from './middleware/body-limit.js';
import { createCors } from './middleware/cors.js';
import { createFailureLimit, createRateLimit, DEFAULT_RATE_LIMITS, type FailureLimit, type RateLimitOptions } from './middleware/rate-limit.js';
import { createRecruiterAuth } from './middleware/recruiter-auth.js';
import { createRequestContext } from './middleware/request-context.js';
import { createApiSecurityHeaders, createPageSecurityHeaders } from './middleware/security-headers.js';
import { createPages, type PagesOptions } from './pages.js';
import { createRecruiterTokens } from './recruiter-token.js';
import { createCombinedReportRoutes } from './routes/combined-report.js';
import { createDemosRoutes } from './routes/demos.js';
import { createDsaRoutes } from './routes/dsa.js';
import { createHealthRoutes } from './routes/health.js';
import { createInterviewRoutes } from './routes/interview.js';
import { createRecruiterTokensRoutes } from './routes/recruiter-tokens.js';
import { createReportsRoutes } from './routes/reports.js';
import { createSessionsRoutes } from './routes/sessions.js';
import { createTextToSpeechRoutes } from './routes/text-to-speech.js';
import { createUploadResumeRoutes } from './routes/upload-resume.js';
import { createWebhooksRoutes } from './routes/webhooks.js';
import { createTemplatesRoutes } from './routes/templates.js';
import { createInvitationsRoutes } from './routes/invitations.js';
import { webhookDefinitions } from './schemas/webhook-schemas.js';

export interface CreateAppOptions {
  /** The recruiter/admin secret (`COACH_SECRET_KEY`), at least 16 characters. */
  secretKey: string;
  /**
   * Origins whose pages may call the API (`COACH_ALLOWED_ORIGINS`); `*` allows any. The
   * server's own origin is always allowed. @default [] — the own origin and http://localhost:*
   */
  allowedOrigins?: readonly string[];
  /**
   * With `allowedOrigins` empty, also allow `http://localhost:*` pages (a development server).
   * The CLI sets it from `NODE_ENV` (on unless `production`). @default true
   */
  allowLocalOrigins?: boolean;
  /** Per-client limits kept in storage; `false` turns them off. @default DEFAULT_RATE_LIMITS */
  rateLimit?: RateLimitOptions | false;
  /** Proxies in front of the server whose `X-Forwarded-For` may be believed. @default false */
  trustProxy?: TrustProxy;
  /** @default the Coach's logger */
  logger?: Logger;
  /** Cap of a resume upload request. @default the Coach's `maxResumeBytes` plus 256 KiB for the form */
  maxUploadBytes?: number;
  /** Cap of every other request body. @default 256 KiB */
  maxJsonBytes?: number;
  /** The demo pages and widget bundles at `/`, `/recruiter` and `/widget/`; `false` leaves them out. */
  pages?: PagesOptions | false;
  /** @default the Coach's clock */
  now?: () => Date;
  /**
   * Where candidates open the widget (`COACH_PUBLIC_URL`): invitation links are
   * `<publicUrl>/?invitation=<token>`. @default the origin of the request that creates the invitation
   */
  publicUrl?: string;
}

const MIN_SECRET_KEY_LENGTH = 16;
const FORM_OVERHEAD_BYTES = 256 * 1024;
const DEFAULT_MAX_JSON_BYTES = 256 * 1024;
const UPLOAD_PATH = '/api/upload-resume/';

/** The candidate routes that count against the per-client `candidate` limit. */
const CANDIDATE_PATHS = [
  UPLOAD_PATH,
  '/api/submit-answer-and-get-next/',
  '/api/get-final-feedback/',
  '/api/get-dsa-question/',
  '/api/submit-pseudocode/',
  '/api/continue-pseudocode/',
  '/api/run-code/',
  '/api/submit-code/',
  '/api/get-combined-report/',
  '/api/text-to-speech/',
  '/api/sessions/*',
  '/api/invitations/:token/public/',
];

const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/**
 * Creates the Coach HTTP app: every `/api/` route of the contract over `coach`, with request
 * ids and logging, CORS, secure headers, body caps, rate limits, recruiter auth, one JSON
 * error shape, the OpenAPI document at `/api/openapi.json`, and the demo pages.
 *
 * @example
 * ```ts
 * import { createCoach } from '@coach/core';
 * import { createApp } from '@coach/server';
 * import { serve } from '@coach/server/node';
 *
 * const coach = await createCoach();
 * const app = createApp(coach, { secretKey: process.env.COACH_SECRET_KEY! });
 * await serve(app, { port: 8787, coach });
 * ```
 */
export function createApp(coach: Coach, options: CreateAppOptions) {
  if (typeof options.secretKey !== 'string' || options.secretKey.length < MIN_SECRET_KEY_LENGTH) {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: `The secret key must be at least ${MIN_SECRET_KEY_LENGTH} characters.`,
      issues: [{ path: 'secretKey', message: `at least ${MIN_SECRET_KEY_LENGTH} characters` }],
    });
  }
  const logger = options.logger ?? coach.logger;
  const now = options.now ?? coach.now;
  const tokens = createRecruiterTokens(options.secretKey);
  const maxUploadBytes = options.maxUploadBytes ?? coach.settings.maxResumeBytes + FORM_OVERHEAD_BYTES;
  const jsonLimit = createBodyLimit({ maxBytes: options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES });

  const trustProxy = options.trustProxy ?? false;
  // Hono's default router: the contract puts `/reports/statistics/` beside `/reports/{id}/`,
  // which the RegExpRouter refuses, so SmartRouter settles on the trie for this app.
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', createRequestContext({ logger }));
  const apiHeaders = createApiSecurityHeaders({ trustProxy });
  const pageHeaders = createPageSecurityHeaders({ trustProxy });
  // Every path gets one set: the API's under /api/, the pages' elsewhere (404s included).
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? apiHeaders(c, next) : pageHeaders(c, next)));
  app.use('/api/*', createCors({ allowedOrigins: options.allowedOrigins ?? [], allowLocalOrigins: options.allowLocalOrigins ?? true, trustProxy }));

  let authFailureLimit: FailureLimit | undefined;
  if (options.rateLimit !== false) {
    const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimit };
    // Wrong credentials on any recruiter route count toward the `auth` limit (a counter of
    // their own: minting tokens also counts every request), so the secret key cannot be
    // guessed through /api/reports/.
    authFailureLimit = createFailureLimit({ coach, bucket: 'auth-failures', limit: limits.auth, windowMs: limits.windowMs, trustProxy, now });
    const limit = (bucket: string, max: number): MiddlewareHandler<AppEnv> =>
      createRateLimit({ coach, bucket, limit: max, windowMs: limits.windowMs, trustProxy, now });
    // Reads that every page load makes (demos, health, the OpenAPI document) are not counted:
    // a storage write per request would cost more than answering them.
    for (const path of CANDIDATE_PATHS) app.use(path, limit('candidate', limits.candidate));
    app.use(UPLOAD_PATH, limit('upload', limits.upload));
    app.use('/api/text-to-speech/', limit('speech', limits.speech));
    // Running code costs CPU: its own, smaller bucket on top of the candidate one.
    app.use('/api/run-code/', limit('code', limits.code));
    app.use('/api/submit-code/', limit('code', limits.code));
    app.use('/api/recruiter-tokens/', limit('auth', limits.auth));
  }

  app.use(UPLOAD_PATH, createBodyLimit({ maxBytes: maxUploadBytes, code: 'FILE_TOO_LARGE', subject: 'The upload' }));
  // Only methods with a body; the upload has its own, larger cap above.
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/api/*', (c, next) => (c.req.path === UPLOAD_PATH ? next() : jsonLimit(c, next)));
  const failureLimit = authFailureLimit ? { failureLimit: authFailureLimit } : {};
  const invitationsAuth = createRecruiterAuth({ tokens, now, ...failureLimit });
  app.use('/api/reports/*', createRecruiterAuth({ tokens, now, ...failureLimit }));
  app.use('/api/webhooks/*', createRecruiterAuth({ tokens, now, ...failureLimit }));
  app.use('/api/templates/*', createRecruiterAuth({ tokens, now, ...failureLimit }));
  // The public lookup of a link (`/api/invitations/{token}/public/`) is for candidates: no auth.
  app.use('/api/invitations/*', (c, next) => (c.req.path.endsWith('/public/') ? next() : invitationsAuth(c, next)));
  app.use('/api/recruiter-tokens/', createRecruiterAuth({ tokens, now, secretKeyOnly: true, ...failureLimit }));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'The secret key (COACH_SECRET_KEY) or a recruiter token from POST /api/recruiter-tokens/.',
  });

  const routes = app
    .route('/api', createDemosRoutes(coach, { now }))
    .route('/api', createUploadResumeRoutes(coach))
    .route('/api', createInterviewRoutes(coach))
    .route('/api', createDsaRoutes(coach))
    .route('/api', createCombinedReportRoutes(coach))
    .route('/api', createTextToSpeechRoutes(coach))
    .route('/api', createSessionsRoutes(coach))
    .route('/api', createReportsRoutes(coach))
    .route('/api', createWebhooksRoutes(coach))
    .route('/api', createTemplatesRoutes(coach))
    .route('/api', createInvitationsRoutes(coach, options.publicUrl ? { publicUrl: options.publicUrl } : {}))
    .route('/api', createRecruiterTokensRoutes({ tokens, now }))
    .route('/api', createHealthRoutes(coach));

  for (const webhook of webhookDefinitions()) routes.openAPIRegistry.registerWebhook(webhook);

  let document: unknown;
  routes.get('/api/openapi.json', (c) => {
    // Generated once from the route schemas; the routes cannot change after start-up.
    document ??= routes.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Coach API',
        version: VERSION,
        description:
          'Resume-driven interview practice: candidate routes (public, rate-limited, the session id is the capability) and recruiter routes (Bearer secret key or recruiter token).',
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      },
      tags: [
        { name: 'Candidate', description: 'The interview flow used by <coach-interview>.' },
        { name: 'Recruiter', description: 'Reports and decisions, used by <coach-recruiter-dashboard>.' },
        { name: 'Webhooks', description: "Signed event notifications to the hiring site's backend (recruiter auth)." },
        { name: 'Operations', description: 'Health.' },
      ],
    });
    return c.json(document as Record<string, unknown>, 200);
  });

  if (options.pages !== false) routes.route('/', createPages(options.pages ?? {}));

  routes.onError(createErrorHandler(logger));
  routes.notFound(notFoundHandler);
  return routes;
}

/** The type of the app, for Hono's typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof createApp>;
