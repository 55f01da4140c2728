import { createRoute, z } from '@hono/zod-openapi';
import { DEFAULT_TOKEN_TTL_SECONDS, MAX_TOKEN_TTL_SECONDS, type RecruiterTokens } from '../recruiter-token.js';
import { errorResponses, text } from '../schemas/common-schemas.js';
import { createRouter } from './create-router.js';

const TokenRequestSchema = z
  .object({
    subject: text("A label for the decision audit trail, e.g. the recruiter's name.").pipe(z.string().min(1).max(100)).optional(),
    ttl_seconds: z
      .number()
      .int()
      .min(60)
      .max(MAX_TOKEN_TTL_SECONDS)
      .optional()
      .openapi({ description: `Lifetime; default ${DEFAULT_TOKEN_TTL_SECONDS}.` }),
  })
  .openapi('RecruiterTokenRequest');

const TokenResponseSchema = z
  .object({
    token: z.string().openapi({ description: 'Send as `Authorization: Bearer <token>` to the /api/reports/ routes.' }),
    token_type: z.literal('Bearer'),
    expires_at: z.string().openapi({ description: 'ISO 8601.' }),
    expires_in: z.number().int().openapi({ description: 'Seconds.' }),
  })
  .openapi('RecruiterTokenResponse');

const mintToken = createRoute({
  method: 'post',
  path: '/recruiter-tokens/',
  tags: ['Recruiter'],
  summary: 'Exchange the secret key for a short-lived recruiter token',
  description: 'Needs `Authorization: Bearer <COACH_SECRET_KEY>` (a token cannot mint tokens), so that an embedded dashboard never holds the secret key.',
  security: [{ bearerAuth: [] }],
  request: { body: { required: false, content: { 'application/json': { schema: TokenRequestSchema } } } },
  responses: {
    200: { description: 'The token.', content: { 'application/json': { schema: TokenResponseSchema } } },
    ...errorResponses(400, 401, 403, 415, 429),
  },
});

/** `POST /api/recruiter-tokens/`; the caller mounts the secret-key auth in front. */
export function createRecruiterTokensRoutes(options: { tokens: RecruiterTokens; now: () => Date }) {
  return createRouter().openapi(mintToken, async (c) => {
    const body = c.req.valid('json');
    const ttlSeconds = body.ttl_seconds ?? DEFAULT_TOKEN_TTL_SECONDS;
    const { token, expiresAt } = await options.tokens.mint({ subject: body.subject ?? 'recruiter', ttlSeconds, now: options.now() });
    c.header('Cache-Control', 'no-store');
    return c.json({ token, token_type: 'Bearer' as const, expires_at: expiresAt.toISOString(), expires_in: ttlSeconds }, 200);
  });
}
