import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';

/** Every route of the HTTP contract (shared/API.md), plus the server's own. */
const CONTRACT: [method: string, path: string][] = [
  ['get', '/api/demos/'],
  ['post', '/api/upload-resume/'],
  ['post', '/api/submit-answer-and-get-next/'],
  ['post', '/api/get-final-feedback/'],
  ['post', '/api/get-dsa-question/'],
  ['post', '/api/submit-pseudocode/'],
  ['post', '/api/continue-pseudocode/'],
  ['post', '/api/run-code/'],
  ['post', '/api/submit-code/'],
  ['post', '/api/get-combined-report/'],
  ['post', '/api/text-to-speech/'],
  ['get', '/api/reports/'],
  ['get', '/api/reports/{id}/'],
  ['post', '/api/reports/create/'],
  ['get', '/api/reports/statistics/'],
  ['delete', '/api/reports/{id}/delete/'],
  ['patch', '/api/reports/{id}/decision/'],
  ['post', '/api/recruiter-tokens/'],
  ['get', '/api/sessions/{id}/'],
  ['get', '/api/health'],
  ['post', '/api/webhooks/'],
  ['get', '/api/webhooks/'],
  ['patch', '/api/webhooks/{id}/'],
  ['delete', '/api/webhooks/{id}/'],
  ['post', '/api/webhooks/{id}/test/'],
  ['get', '/api/webhooks/{id}/deliveries/'],
  ['post', '/api/webhooks/{id}/deliveries/{delivery_id}/retry/'],
  ['get', '/api/templates/'],
  ['post', '/api/templates/'],
  ['get', '/api/templates/{id}/'],
  ['patch', '/api/templates/{id}/'],
  ['delete', '/api/templates/{id}/'],
  ['post', '/api/invitations/'],
  ['get', '/api/invitations/'],
  ['delete', '/api/invitations/{id}/'],
  ['get', '/api/invitations/{token}/public/'],
];

describe('GET /api/openapi.json', () => {
  let t: TestApp;
  let document: {
    openapi: string;
    paths: Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>>;
    components: { securitySchemes: Record<string, unknown> };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const response = await t.app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    document = (await response.json()) as typeof document;
  });
  afterAll(() => t.close());

  it('should be a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('should describe every webhook event as an OpenAPI webhook with its signed headers', () => {
    const webhooks = (
      document as unknown as {
        webhooks: Record<string, { post: { parameters?: { name: string; in: string }[]; requestBody: { content: Record<string, { schema: unknown }> } } }>;
      }
    ).webhooks;
    expect(Object.keys(webhooks).sort()).toEqual(
      ['interview.completed', 'report.decision_changed', 'report.deleted', 'invite.sent', 'invite.failed', 'invitation.completed', 'webhook.test'].sort(),
    );
    for (const [type, webhook] of Object.entries(webhooks)) {
      expect(
        webhook.post.parameters
          ?.filter((parameter) => parameter.in === 'header')
          .map((parameter) => parameter.name)
          .sort(),
        type,
      ).toEqual(['webhook-id', 'webhook-signature', 'webhook-timestamp']);
      expect(JSON.stringify(webhook.post.requestBody.content['application/json']?.schema), type).toContain(`"enum":["${type}"]`);
    }
  });

  it('should describe every route of the contract, and only real routes', () => {
    const described = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(described.sort()).toEqual(CONTRACT.map(([method, path]) => `${method} ${path}`).sort());
  });

  it('should mark the recruiter routes as needing a bearer token and document the error body', () => {
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [method, path] of CONTRACT.filter(([, path]) => path.startsWith('/api/reports/') || path.startsWith('/api/webhooks/'))) {
      const operation = document.paths[path]?.[method];
      expect(operation?.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(operation?.responses ?? {}), `${method} ${path}`).toContain('401');
    }
    expect(JSON.stringify(document.paths['/api/upload-resume/'])).toContain('multipart/form-data');
  });
});
