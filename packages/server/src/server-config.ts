import { z } from 'zod';
import { parseProxyRange, type TrustProxy } from './client-ip.js';
import type { RateLimitOptions } from './middleware/rate-limit.js';

/** Where the data lives. */
export type DatabaseConfig = { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string; schema: string | null };

export type LanguageModelConfig =
  | { kind: 'offline' }
  | { kind: 'gemini'; apiKey: string; model: string | null }
  | { kind: 'openai-compatible'; baseURL: string; apiKey: string | null; model: string };

export type SpeechConfig = { kind: 'offline' } | { kind: 'elevenlabs'; apiKey: string; voiceId: string | null } | { kind: 'off' };

/** Everything the `coach-server` CLI reads from the environment, checked. */
export interface ServerConfig {
  port: number;
  hostname: string;
  database: DatabaseConfig;
  /** Null: generate one on first start and keep it in the database. */
  secretKey: string | null;
  allowedOrigins: string[];
  /** `COACH_PUBLIC_URL`; null: invitation links use the server's own origin. */
  publicUrl: string | null;
  /** `NODE_ENV` is not `production`: with no allowed origins, localhost pages may call the API. */
  development: boolean;
  trustProxy: TrustProxy;
  rateLimit: RateLimitOptions | false;
  languageModel: LanguageModelConfig;
  speech: SpeechConfig;
  /** The variables the mailer is built from (`SMTP_URL`, or `SENDER_EMAIL` + `SENDER_PASS`). */
  mail: { SMTP_URL?: string; SMTP_FROM?: string; SENDER_EMAIL?: string; SENDER_PASS?: string; RECRUITER_NAME?: string };
  settings: {
    recruiterName?: string;
    meetingLink?: string;
    senderEmail?: string;
    retentionDays?: number;
    sessionIdleMinutes?: number;
    webhookAllowPrivateTargets?: boolean;
    webhookAllowedHttpHosts?: string[];
  };
  maintenanceIntervalMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** The sandboxed code runners: limits per run, simultaneous runs per language, Python on or off. */
  code: { caseTimeMs: number; wallTimeMs: number; memoryMb: number; concurrency: number; python: boolean };
}

/** The environment is wrong; `problems` says how, one line per variable. */
export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The environment variables the CLI understands, for `--help` and the README. */
export const ENVIRONMENT_VARIABLES: readonly { name: string; meaning: string; fallback: string }[] = [
  { name: 'PORT', meaning: 'HTTP port', fallback: '8787' },
  { name: 'HOST', meaning: 'interface to listen on', fallback: '0.0.0.0' },
  { name: 'DATABASE_URL', meaning: '`sqlite:<path>` or `postgres://…`', fallback: 'sqlite:./coach.db' },
  { name: 'COACH_DATABASE_SCHEMA', meaning: 'PostgreSQL schema for the tables', fallback: 'the connection’s search path' },
  { name: 'COACH_SECRET_KEY', meaning: 'recruiter/admin secret (16+ characters)', fallback: 'generated on first start, printed once' },
  {
    name: 'COACH_ALLOWED_ORIGINS',
    meaning: 'comma-separated origins that may embed the widgets (`*` for any)',
    fallback: 'own origin; also http://localhost:* unless NODE_ENV=production',
  },
  { name: 'NODE_ENV', meaning: '`production` stops allowing http://localhost:* pages when COACH_ALLOWED_ORIGINS is unset', fallback: 'development' },
  {
    name: 'COACH_TRUST_PROXY',
    meaning: 'reverse proxies whose X-Forwarded-For/-Proto is believed: a hop count (`1`) or proxy addresses/CIDRs (`10.0.0.0/8,::1`)',
    fallback: '0 (none)',
  },
  { name: 'COACH_RATE_LIMITS', meaning: '`off`, or e.g. `candidate=120,upload=10,speech=60,auth=10,code=30,window=60`', fallback: 'those values' },
  { name: 'GEMINI_API_KEY', meaning: 'use Gemini for language and vision', fallback: 'the offline interviewer' },
  { name: 'GEMINI_MODEL', meaning: 'Gemini model id', fallback: 'gemini-2.5-flash' },
  { name: 'OPENAI_BASE_URL', meaning: 'an OpenAI-compatible endpoint (Ollama, llama.cpp, vLLM, OpenAI)', fallback: '–' },
  { name: 'OPENAI_API_KEY', meaning: 'its key, if it needs one', fallback: '–' },
  { name: 'OPENAI_MODEL', meaning: 'its model (required with OPENAI_BASE_URL)', fallback: '–' },
  { name: 'ELEVEN_LABS_API_KEY', meaning: 'use ElevenLabs speech', fallback: 'the offline voice' },
  { name: 'ELEVEN_LABS_VOICE_ID', meaning: 'ElevenLabs voice', fallback: 'Rachel' },
  { name: 'COACH_SPEECH', meaning: '`off` disables text-to-speech (501)', fallback: 'on' },
  {
    name: 'SMTP_URL',
    meaning: 'mail server, e.g. `smtp://user:pass@host:587`; needs a sender (SMTP_FROM, or a user that is an email address)',
    fallback: 'invites stay queued',
  },
  { name: 'SMTP_FROM', meaning: 'sender address of invites with SMTP_URL', fallback: 'SENDER_EMAIL, else the SMTP_URL user if it is an email address' },
  { name: 'SENDER_EMAIL, SENDER_PASS', meaning: 'Gmail shortcut for SMTP_URL', fallback: '–' },
  { name: 'RECRUITER_NAME', meaning: 'signature of invites', fallback: 'The Hiring Team' },
  { name: 'MEETING_LINK', meaning: 'link sent in invites', fallback: 'invites wait for one' },
  { name: 'COACH_RETENTION_DAYS', meaning: 'erase reports and sessions older than this', fallback: 'keep' },
  { name: 'COACH_SESSION_IDLE_MINUTES', meaning: 'expire unfinished sessions idle this long', fallback: '1440' },
  {
    name: 'COACH_PUBLIC_URL',
    meaning: 'where candidates open the widget; invitation links are `<url>/?invitation=<token>`',
    fallback: "the server's own origin",
  },
  { name: 'COACH_WEBHOOK_ALLOW_PRIVATE', meaning: '`1` lets webhooks reach private, loopback and link-local addresses', fallback: 'refused' },
  { name: 'COACH_WEBHOOK_HTTP_HOSTS', meaning: 'comma-separated `host[:port]` webhooks may reach over plain http://', fallback: 'https only' },
  { name: 'COACH_MAINTENANCE_INTERVAL_SECONDS', meaning: 'how often invites are retried and data expired', fallback: '60' },
  { name: 'COACH_CODE_CASE_TIME_MS', meaning: 'CPU time one test of candidate code may take', fallback: '2000' },
  { name: 'COACH_CODE_WALL_TIME_MS', meaning: 'wall-clock time for all tests of one run or submission', fallback: '5000' },
  { name: 'COACH_CODE_MEMORY_MB', meaning: 'memory candidate code may use', fallback: '64' },
  { name: 'COACH_CODE_CONCURRENCY', meaning: 'code runs at once per language (more wait in line)', fallback: '2' },
  { name: 'COACH_CODE_PYTHON', meaning: '`off` offers no Python (it needs bubblewrap: `apt-get install bubblewrap`)', fallback: 'on where bubblewrap works' },
  { name: 'COACH_LOG_LEVEL', meaning: '`debug`, `info`, `warn` or `error` (JSON lines on stderr)', fallback: 'info' },
];

type Environment = Record<string, string | undefined>;

/**
 * Adds one problem line, `NAME: what is wrong`. Inside a variable's own schema the issue is
 * already at that variable (`at: 'here'`); the rules across variables name the one they blame.
 */
function problem(ctx: z.RefinementCtx, name: string, message: string, at: 'here' | 'named' = 'here'): void {
  ctx.addIssue({ code: 'custom', path: at === 'here' ? [] : [name], message: `${name}: ${message}` });
}

/** A variable as the CLI reads it: trimmed, and unset when empty. */
const text = z
  .string()
  .optional()
  .transform((raw) => raw?.trim() || undefined);

/** A whole number from `min` to `max`, or `fallback` when unset. */
function wholeNumber<Fallback extends number | undefined>(name: string, min: number, max: number, fallback: Fallback) {
  return text.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const parsed = Number(raw);
    if (Number.isInteger(parsed) && parsed >= min && parsed <= max) return parsed;
    problem(ctx, name, `expected a whole number from ${min} to ${max}, got "${raw}".`);
    return z.NEVER;
  });
}

/** `on` or `off` (any case), or unset. */
function onOff(name: string) {
  return text.transform((raw, ctx) => {
    const lowered = raw?.toLowerCase();
    if (lowered === undefined || lowered === 'on' || lowered === 'off') return lowered;
    problem(ctx, name, `expected "on" or "off", got "${lowered}".`);
    return z.NEVER;
  });
}

/** Runs one of the `parse*(raw, problems)` helpers inside the schema. */
function withProblems<T>(parse: (raw: string | undefined, problems: string[]) => T) {
  return text.transform((raw, ctx) => {
    const problems: string[] = [];
    const parsed = parse(raw, problems);
    for (const line of problems) ctx.addIssue({ code: 'custom', path: [], message: line });
    return problems.length > 0 ? z.NEVER : parsed;
  });
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * The environment of the `coach-server` CLI as a zod schema: each variable is checked on its
 * own, the rules that tie variables together (a model with its endpoint, a password with its
 * sender) are checked even when another variable is wrong, so one run lists every problem.
 * Every issue's message is the line the operator reads (`NAME: what is wrong`).
 */
export const ServerEnvironmentSchema = z
  .object({
    // In the order the problems are listed (see `loadServerConfig`).
    PORT: wholeNumber('PORT', 0, 65535, 8787),
    HOST: text,
    DATABASE_URL: text,
    COACH_DATABASE_SCHEMA: text,
    COACH_SECRET_KEY: text.refine((key) => key === undefined || key.length >= 16, {
      message: 'COACH_SECRET_KEY: must be at least 16 characters (leave it unset to have one generated).',
    }),
    COACH_ALLOWED_ORIGINS: text.transform((raw, ctx) => {
      const origins = (raw ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean);
      for (const origin of origins) {
        if (origin !== '*' && !isOrigin(origin)) problem(ctx, 'COACH_ALLOWED_ORIGINS', `"${origin}" is not an origin like https://example.com (no path).`);
      }
      return origins;
    }),
    NODE_ENV: text,
    COACH_TRUST_PROXY: withProblems(parseTrustProxy),
    COACH_RATE_LIMITS: withProblems(parseRateLimits),
    GEMINI_API_KEY: text,
    GEMINI_MODEL: text,
    OPENAI_BASE_URL: text.refine((url) => url === undefined || isHttpUrl(url), {
      error: (issue) => `OPENAI_BASE_URL: "${String(issue.input)}" is not an http(s) URL.`,
    }),
    OPENAI_MODEL: text,
    OPENAI_API_KEY: text,
    COACH_SPEECH: onOff('COACH_SPEECH'),
    ELEVEN_LABS_API_KEY: text,
    ELEVEN_LABS_VOICE_ID: text,
    SMTP_URL: text.refine((url) => url === undefined || /^smtps?:\/\//i.test(url), { message: 'SMTP_URL: expected smtp://… or smtps://…' }),
    SENDER_EMAIL: text,
    // A password is taken as written: spaces may be part of it.
    SENDER_PASS: z
      .string()
      .optional()
      .transform((raw) => raw || undefined),
    RECRUITER_NAME: text,
    MEETING_LINK: text.refine((url) => url === undefined || isHttpUrl(url), {
      error: (issue) => `MEETING_LINK: "${String(issue.input)}" is not an http(s) URL.`,
    }),
    SMTP_FROM: text.refine((from) => from === undefined || EMAIL.test(from), {
      error: (issue) => `SMTP_FROM: "${String(issue.input)}" is not an email address.`,
    }),
    COACH_RETENTION_DAYS: wholeNumber('COACH_RETENTION_DAYS', 1, 36_500, undefined),
    COACH_SESSION_IDLE_MINUTES: wholeNumber('COACH_SESSION_IDLE_MINUTES', 1, 525_600, undefined),
    COACH_PUBLIC_URL: text.refine((url) => url === undefined || isHttpUrl(url), {
      error: (issue) => `COACH_PUBLIC_URL: "${String(issue.input)}" is not an http(s) URL.`,
    }),
    COACH_WEBHOOK_ALLOW_PRIVATE: text.refine((raw) => raw === undefined || raw === '0' || raw === '1', {
      error: (issue) => `COACH_WEBHOOK_ALLOW_PRIVATE: expected 0 or 1, got "${String(issue.input)}".`,
    }),
    COACH_WEBHOOK_HTTP_HOSTS: text.transform((raw, ctx) => {
      const hosts = (raw ?? '')
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean);
      for (const host of hosts) {
        if (!/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/.test(host))
          problem(ctx, 'COACH_WEBHOOK_HTTP_HOSTS', `"${host}" is not a host or host:port.`);
      }
      return hosts;
    }),
    COACH_MAINTENANCE_INTERVAL_SECONDS: wholeNumber('COACH_MAINTENANCE_INTERVAL_SECONDS', 1, 86_400, 60),
    COACH_LOG_LEVEL: text.transform((raw, ctx) => {
      const level = LOG_LEVELS.find((candidate) => candidate === (raw ?? 'info'));
      if (level) return level;
      problem(ctx, 'COACH_LOG_LEVEL', `expected debug, info, warn or error, got "${raw}".`);
      return z.NEVER;
    }),
    COACH_CODE_PYTHON: onOff('COACH_CODE_PYTHON'),
    COACH_CODE_CASE_TIME_MS: wholeNumber('COACH_CODE_CASE_TIME_MS', 100, 60_000, 2000),
    COACH_CODE_WALL_TIME_MS: wholeNumber('COACH_CODE_WALL_TIME_MS', 100, 300_000, 5000),
    COACH_CODE_MEMORY_MB: wholeNumber('COACH_CODE_MEMORY_MB', 16, 4096, 64),
    COACH_CODE_CONCURRENCY: wholeNumber('COACH_CODE_CONCURRENCY', 1, 64, 2),
  })
  .superRefine(
    (env, ctx) => {
      // Runs even when single variables failed (`when` below), so their problems and these come together.
      const problems: string[] = [];
      parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:./coach.db', env.COACH_DATABASE_SCHEMA ?? null, problems);
      for (const line of problems) ctx.addIssue({ code: 'custom', path: [line.split(':')[0] ?? 'DATABASE_URL'], message: line });
      if (!env.GEMINI_API_KEY && env.OPENAI_BASE_URL !== undefined && !env.OPENAI_MODEL) {
        problem(ctx, 'OPENAI_MODEL', 'required with OPENAI_BASE_URL (e.g. llama3.1 or gpt-4o-mini).', 'named');
      }
      if (!env.GEMINI_API_KEY && env.OPENAI_BASE_URL === undefined && (env.OPENAI_API_KEY || env.OPENAI_MODEL)) {
        problem(ctx, 'OPENAI_BASE_URL', 'required with OPENAI_API_KEY/OPENAI_MODEL (e.g. https://api.openai.com/v1).', 'named');
      }
      if (env.SENDER_EMAIL && !env.SMTP_URL && !env.SENDER_PASS) problem(ctx, 'SENDER_PASS', 'required with SENDER_EMAIL when SMTP_URL is not set.', 'named');
    },
    { when: () => true },
  )
  .transform((env): ServerConfig => {
    let languageModel: LanguageModelConfig = { kind: 'offline' };
    if (env.GEMINI_API_KEY) languageModel = { kind: 'gemini', apiKey: env.GEMINI_API_KEY, model: env.GEMINI_MODEL ?? null };
    else if (env.OPENAI_BASE_URL)
      languageModel = { kind: 'openai-compatible', baseURL: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY ?? null, model: env.OPENAI_MODEL ?? '' };

    let speech: SpeechConfig = { kind: 'offline' };
    if (env.COACH_SPEECH === 'off') speech = { kind: 'off' };
    else if (env.ELEVEN_LABS_API_KEY) speech = { kind: 'elevenlabs', apiKey: env.ELEVEN_LABS_API_KEY, voiceId: env.ELEVEN_LABS_VOICE_ID ?? null };

    const mail: ServerConfig['mail'] = {};
    for (const name of ['SMTP_URL', 'SMTP_FROM', 'SENDER_EMAIL', 'SENDER_PASS', 'RECRUITER_NAME'] as const) {
      const entry = env[name];
      if (entry) mail[name] = entry;
    }

    const settings: ServerConfig['settings'] = {};
    if (env.RECRUITER_NAME) settings.recruiterName = env.RECRUITER_NAME;
    if (env.MEETING_LINK) settings.meetingLink = env.MEETING_LINK;
    const sender = env.SMTP_FROM ?? env.SENDER_EMAIL;
    if (sender) settings.senderEmail = sender;
    // Only what the operator set: core has its own defaults for the rest.
    if (env.COACH_RETENTION_DAYS !== undefined) settings.retentionDays = env.COACH_RETENTION_DAYS;
    if (env.COACH_SESSION_IDLE_MINUTES !== undefined) settings.sessionIdleMinutes = env.COACH_SESSION_IDLE_MINUTES;
    if (env.COACH_WEBHOOK_ALLOW_PRIVATE === '1') settings.webhookAllowPrivateTargets = true;
    if (env.COACH_WEBHOOK_HTTP_HOSTS.length > 0) settings.webhookAllowedHttpHosts = env.COACH_WEBHOOK_HTTP_HOSTS;

    return {
      code: {
        caseTimeMs: env.COACH_CODE_CASE_TIME_MS,
        wallTimeMs: env.COACH_CODE_WALL_TIME_MS,
        memoryMb: env.COACH_CODE_MEMORY_MB,
        concurrency: env.COACH_CODE_CONCURRENCY,
        python: env.COACH_CODE_PYTHON !== 'off',
      },
      port: env.PORT,
      hostname: env.HOST ?? '0.0.0.0',
      database: parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:./coach.db', env.COACH_DATABASE_SCHEMA ?? null, []),
      secretKey: env.COACH_SECRET_KEY ?? null,
      allowedOrigins: env.COACH_ALLOWED_ORIGINS,
      publicUrl: env.COACH_PUBLIC_URL ?? null,
      development: env.NODE_ENV !== 'production',
      trustProxy: env.COACH_TRUST_PROXY,
      rateLimit: env.COACH_RATE_LIMITS,
      languageModel,
      speech,
      mail,
      settings,
      maintenanceIntervalMs: env.COACH_MAINTENANCE_INTERVAL_SECONDS * 1000,
      logLevel: env.COACH_LOG_LEVEL,
    };
  });

/** Reads and checks the configuration with {@link ServerEnvironmentSchema}; throws `ConfigError` listing every problem at once. */
export function loadServerConfig(env: Environment): ServerConfig {
  const result = ServerEnvironmentSchema.safeParse(env);
  if (result.success) return result.data;
  // The rules across variables report last; list every problem in the order of the variables.
  const order = Object.keys(ServerEnvironmentSchema.in.shape);
  const rank = (issue: z.core.$ZodIssue) => order.indexOf(String(issue.path[0]));
  throw new ConfigError([...result.error.issues].sort((a, b) => rank(a) - rank(b)).map((issue) => issue.message));
}

/**
 * `COACH_TRUST_PROXY`: unset, `false` or `0` believes no forwarding header; a whole number
 * (`1`, or `true` for one) is how many proxies append to `X-Forwarded-For`; otherwise a
 * comma-separated list of proxy addresses or CIDR ranges (`10.0.0.0/8, fd00::/8`), each a
 * syntactically valid IP.
 */
export function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return 1;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) problems.push(`COACH_TRUST_PROXY: expected a number of proxies from 0 to 10, got "${raw}".`);
    return hops === 0 || hops > 10 ? false : hops;
  }
  const proxies = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = proxies.filter((entry) => parseProxyRange(entry) === null);
  if (proxies.length === 0 || invalid.length > 0) {
    problems.push(
      `COACH_TRUST_PROXY: expected a number of proxies or a list of proxy addresses/CIDR ranges (e.g. 10.0.0.0/8,::1); cannot read ${invalid.map((entry) => `"${entry}"`).join(', ') || `"${raw}"`}.`,
    );
    return false;
  }
  return { proxies };
}

/** `sqlite:<path>` (also `sqlite://<path>`) or `postgres://…` / `postgresql://…`. */
export function parseDatabaseUrl(url: string, schema: string | null, problems: string[]): DatabaseConfig {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    if (!isUrl(url)) problems.push('DATABASE_URL: not a valid postgres:// URL.');
    if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
      problems.push(`COACH_DATABASE_SCHEMA: "${schema}" is not a plain identifier (letters, digits, _).`);
    }
    return { kind: 'postgres', connectionString: url, schema };
  }
  if (/^sqlite:/i.test(url)) {
    let filename = url.slice('sqlite:'.length);
    if (filename.startsWith('//')) filename = filename.slice(2);
    if (!filename) problems.push('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./coach.db.');
    if (schema !== null) problems.push('COACH_DATABASE_SCHEMA: only applies to PostgreSQL.');
    return { kind: 'sqlite', filename };
  }
  problems.push(`DATABASE_URL: expected sqlite:<path> or postgres://…, got "${redact(url)}".`);
  return { kind: 'sqlite', filename: './coach.db' };
}

function parseRateLimits(raw: string | undefined, problems: string[]): RateLimitOptions | false {
  if (raw === undefined) return {};
  if (raw.toLowerCase() === 'off') return false;
  const names: Record<string, keyof RateLimitOptions> = {
    candidate: 'candidate',
    upload: 'upload',
    speech: 'speech',
    auth: 'auth',
    code: 'code',
    window: 'windowMs',
  };
  const options: RateLimitOptions = {};
  for (const part of raw.split(',')) {
    const [name, amount] = part.split('=').map((piece) => piece.trim());
    const key = name ? names[name] : undefined;
    const number = Number(amount);
    if (!key || !Number.isInteger(number) || number < 1) {
      problems.push(`COACH_RATE_LIMITS: cannot read "${part.trim()}" (expected name=number with name one of ${Object.keys(names).join(', ')}).`);
      continue;
    }
    options[key] = key === 'windowMs' ? number * 1000 : number;
  }
  return options;
}

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  return isUrl(value) && /^https?:$/.test(new URL(value).protocol);
}

function isOrigin(value: string): boolean {
  if (!isHttpUrl(value)) return false;
  const url = new URL(value);
  return url.origin === value.replace(/\/$/, '').toLowerCase() || `${url.protocol}//${url.host}` === value.replace(/\/$/, '');
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@').slice(0, 80);
}
