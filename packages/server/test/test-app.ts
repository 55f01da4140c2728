import { createCoach, type Coach, type CreateCoachOptions } from '@coach/core';
import { createTestSqliteStorage, type TestStorage } from '@coach/core/testing';
import { createApp, type CreateAppOptions } from '../src/index.js';

/** The secret key of every test app. */
export const SECRET_KEY = 'test-secret-key-0123456789abcdef';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  coach: Coach;
  testStorage: TestStorage;
  /** Advances the app's clock (tokens, rate-limit windows, session expiry). */
  advance(ms: number): void;
  close(): Promise<void>;
}

/**
 * An app over a fresh SQLite file with the offline interviewer and the starter templates,
 * rate limits off unless asked for, and a clock the test moves.
 */
export async function createTestApp(options: { app?: Partial<CreateAppOptions>; coach?: Partial<CreateCoachOptions> } = {}): Promise<TestApp> {
  const testStorage = await createTestSqliteStorage();
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const coach = await createCoach({ storage: testStorage.storage, textRecognizer: null, now, migrate: false, ...options.coach });
  await coach.templates.seedStarterTemplates();
  const app = createApp(coach, { secretKey: SECRET_KEY, rateLimit: false, ...options.app });
  return {
    app,
    coach,
    testStorage,
    advance(ms) {
      offset += ms;
    },
    async close() {
      await testStorage.cleanup();
    },
  };
}

/** A JSON POST. */
export function postJson(app: TestApp['app'], path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A multipart resume upload. */
export function uploadResume(
  app: TestApp['app'],
  file: { bytes: Uint8Array; name?: string; type?: string },
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.set('resume', new File([file.bytes as Uint8Array<ArrayBuffer>], file.name ?? 'resume.pdf', { type: file.type ?? 'application/pdf' }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return app.request('/api/upload-resume/', { method: 'POST', body: form, headers });
}

/** The `{error}` body of a failed answer. */
export async function errorOf(response: Response): Promise<{ code: string; message: string; request_id: string }> {
  const body = (await response.json()) as { error: { code: string; message: string; request_id: string } };
  return body.error;
}
