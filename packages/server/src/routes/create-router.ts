import { ValidationError } from '@coach/core';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';

const TARGET_NAMES: Record<string, string> = { json: 'body', form: 'form', query: 'query', param: 'path', header: 'header', cookie: 'cookie' };

/**
 * A sub-app for one resource. A request that fails its schema becomes a `ValidationError`,
 * so it reaches the one error handler and answers 400 with every issue in the message.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const where = TARGET_NAMES[result.target] ?? result.target;
      throw new ValidationError({
        message: `The request ${where} is invalid.`,
        issues: result.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.') || where,
          message: issue.message,
        })),
      });
    },
  });
}
