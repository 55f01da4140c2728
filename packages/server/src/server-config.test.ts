import { describe, expect, it } from 'vitest';
import { ConfigError, loadServerConfig } from './server-config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadServerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadServerConfig', () => {
  it('should default to SQLite, port 8787, the offline adapters and no mailer', () => {
    const config = loadServerConfig({});
    expect(config).toMatchObject({
      port: 8787,
      hostname: '0.0.0.0',
      database: { kind: 'sqlite', filename: './coach.db' },
      secretKey: null,
      allowedOrigins: [],
      trustProxy: false,
      languageModel: { kind: 'offline' },
      speech: { kind: 'offline' },
      mail: {},
      maintenanceIntervalMs: 60_000,
    });
  });

  it('should read every supported variable', () => {
    const config = loadServerConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://coach:pw@db:5432/coach',
      COACH_DATABASE_SCHEMA: 'coach_prod',
      COACH_SECRET_KEY: 'k'.repeat(32),
      COACH_ALLOWED_ORIGINS: 'https://jobs.example.com, https://careers.example.org',
      COACH_TRUST_PROXY: '2',
      COACH_RATE_LIMITS: 'candidate=50,upload=3,window=30',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      OPENAI_MODEL: 'llama3.1',
      ELEVEN_LABS_API_KEY: 'el-key',
      ELEVEN_LABS_VOICE_ID: 'voice-1',
      SMTP_URL: 'smtp://user:pass@mail.example.com:587',
      RECRUITER_NAME: 'Dana from Acme',
      MEETING_LINK: 'https://meet.example.com/acme',
      COACH_RETENTION_DAYS: '90',
      COACH_SESSION_IDLE_MINUTES: '30',
    });
    expect(config).toMatchObject({
      port: 9000,
      database: { kind: 'postgres', connectionString: 'postgres://coach:pw@db:5432/coach', schema: 'coach_prod' },
      allowedOrigins: ['https://jobs.example.com', 'https://careers.example.org'],
      trustProxy: 2,
      rateLimit: { candidate: 50, upload: 3, windowMs: 30_000 },
      languageModel: { kind: 'openai-compatible', baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3.1', apiKey: null },
      speech: { kind: 'elevenlabs', apiKey: 'el-key', voiceId: 'voice-1' },
      mail: { SMTP_URL: 'smtp://user:pass@mail.example.com:587', RECRUITER_NAME: 'Dana from Acme' },
      settings: { recruiterName: 'Dana from Acme', meetingLink: 'https://meet.example.com/acme', retentionDays: 90, sessionIdleMinutes: 30 },
    });
  });

  it('should read the webhook target settings and refuse malformed ones', () => {
    expect(loadServerConfig({}).settings).not.toHaveProperty('webhookAllowPrivateTargets');
    const config = loadServerConfig({ COACH_WEBHOOK_ALLOW_PRIVATE: '1', COACH_WEBHOOK_HTTP_HOSTS: 'Hooks.internal:8080, 127.0.0.1:9000' });
    expect(config.settings).toMatchObject({ webhookAllowPrivateTargets: true, webhookAllowedHttpHosts: ['hooks.internal:8080', '127.0.0.1:9000'] });
    expect(problemsOf({ COACH_WEBHOOK_ALLOW_PRIVATE: 'yes', COACH_WEBHOOK_HTTP_HOSTS: 'http://x.example/' })).toEqual([
      'COACH_WEBHOOK_ALLOW_PRIVATE: expected 0 or 1, got "yes".',
      'COACH_WEBHOOK_HTTP_HOSTS: "http://x.example/" is not a host or host:port.',
    ]);
  });

  it('should prefer Gemini over an OpenAI-compatible endpoint', () => {
    const config = loadServerConfig({ GEMINI_API_KEY: 'g', GEMINI_MODEL: 'gemini-2.5-pro', OPENAI_BASE_URL: 'http://x/v1', OPENAI_MODEL: 'm' });
    expect(config.languageModel).toEqual({ kind: 'gemini', apiKey: 'g', model: 'gemini-2.5-pro' });
  });

  it('should read sqlite paths in both spellings and turn rate limits and speech off', () => {
    expect(loadServerConfig({ DATABASE_URL: 'sqlite:/var/lib/coach/coach.db' }).database).toEqual({ kind: 'sqlite', filename: '/var/lib/coach/coach.db' });
    expect(loadServerConfig({ DATABASE_URL: 'sqlite://data/coach.db' }).database).toEqual({ kind: 'sqlite', filename: 'data/coach.db' });
    expect(loadServerConfig({ COACH_RATE_LIMITS: 'off' }).rateLimit).toBe(false);
    expect(loadServerConfig({ COACH_SPEECH: 'off', ELEVEN_LABS_API_KEY: 'k' }).speech).toEqual({ kind: 'off' });
  });

  it('should list every problem of a bad environment at once', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://root@db/coach',
      COACH_SECRET_KEY: 'short',
      COACH_ALLOWED_ORIGINS: 'https://ok.example.com,not an origin,https://x.example.com/path',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      MEETING_LINK: 'javascript:alert(1)',
      COACH_RETENTION_DAYS: '-3',
      COACH_RATE_LIMITS: 'candidate=lots',
      COACH_LOG_LEVEL: 'loud',
      SMTP_URL: 'http://mail',
    });
    const variables = problems.map((problem) => problem.split(':')[0]);
    expect(variables).toEqual(
      expect.arrayContaining([
        'PORT',
        'DATABASE_URL',
        'COACH_SECRET_KEY',
        'COACH_ALLOWED_ORIGINS',
        'OPENAI_MODEL',
        'MEETING_LINK',
        'COACH_RETENTION_DAYS',
        'COACH_RATE_LIMITS',
        'COACH_LOG_LEVEL',
        'SMTP_URL',
      ]),
    );
    expect(problems.filter((problem) => problem.startsWith('COACH_ALLOWED_ORIGINS'))).toHaveLength(2);
  });

  it('should not echo database passwords in its messages', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'mongodb://admin:hunter2@db/coach' });
    expect(problem).toContain('DATABASE_URL');
    expect(problem).not.toContain('hunter2');
  });

  it('should refuse a schema that is not a plain identifier', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://db/coach', COACH_DATABASE_SCHEMA: 'x"; drop table' })[0]).toMatch(/^COACH_DATABASE_SCHEMA/);
  });
});
