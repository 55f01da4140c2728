import { parseProxyRange, type TrustProxy } from './client-ip.js';
import type { RateLimitOptions } from './middleware/rate-limit.js';

/** Where the data lives. */
export type DatabaseConfig =
  | { kind: 'sqlite'; filename: string }
  | { kind: 'postgres'; connectionString: string; schema: string | null };

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
  { name: 'COACH_ALLOWED_ORIGINS', meaning: 'comma-separated origins that may embed the widgets (`*` for any)', fallback: 'own origin; also http://localhost:* unless NODE_ENV=production' },
  { name: 'NODE_ENV', meaning: '`production` stops allowing http://localhost:* pages when COACH_ALLOWED_ORIGINS is unset', fallback: 'development' },
  { name: 'COACH_TRUST_PROXY', meaning: 'reverse proxies whose X-Forwarded-For/-Proto is believed: a hop count (`1`) or proxy addresses/CIDRs (`10.0.0.0/8,::1`)', fallback: '0 (none)' },
  { name: 'COACH_RATE_LIMITS', meaning: '`off`, or e.g. `candidate=120,upload=10,speech=60,auth=10,code=30,window=60`', fallback: 'those values' },
  { name: 'GEMINI_API_KEY', meaning: 'use Gemini for language and vision', fallback: 'the offline interviewer' },
  { name: 'GEMINI_MODEL', meaning: 'Gemini model id', fallback: 'gemini-2.5-flash' },
  { name: 'OPENAI_BASE_URL', meaning: 'an OpenAI-compatible endpoint (Ollama, llama.cpp, vLLM, OpenAI)', fallback: '–' },
  { name: 'OPENAI_API_KEY', meaning: 'its key, if it needs one', fallback: '–' },
  { name: 'OPENAI_MODEL', meaning: 'its model (required with OPENAI_BASE_URL)', fallback: '–' },
  { name: 'ELEVEN_LABS_API_KEY', meaning: 'use ElevenLabs speech', fallback: 'the offline voice' },
  { name: 'ELEVEN_LABS_VOICE_ID', meaning: 'ElevenLabs voice', fallback: 'Rachel' },
  { name: 'COACH_SPEECH', meaning: '`off` disables text-to-speech (501)', fallback: 'on' },
  { name: 'SMTP_URL', meaning: 'mail server, e.g. `smtp://user:pass@host:587`; needs a sender (SMTP_FROM, or a user that is an email address)', fallback: 'invites stay queued' },
  { name: 'SMTP_FROM', meaning: 'sender address of invites with SMTP_URL', fallback: 'SENDER_EMAIL, else the SMTP_URL user if it is an email address' },
  { name: 'SENDER_EMAIL, SENDER_PASS', meaning: 'Gmail shortcut for SMTP_URL', fallback: '–' },
  { name: 'RECRUITER_NAME', meaning: 'signature of invites', fallback: 'The Hiring Team' },
  { name: 'MEETING_LINK', meaning: 'link sent in invites', fallback: 'invites wait for one' },
  { name: 'COACH_RETENTION_DAYS', meaning: 'erase reports and sessions older than this', fallback: 'keep' },
  { name: 'COACH_SESSION_IDLE_MINUTES', meaning: 'expire unfinished sessions idle this long', fallback: '1440' },
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

/** Reads and checks the configuration; throws `ConfigError` listing every problem at once. */
export function loadServerConfig(env: Environment): ServerConfig {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name}: expected a whole number from ${min} to ${max}, got "${raw}".`);
      return fallback;
    }
    return parsed;
  };

  const port = integer('PORT', 8787, 0, 65535);
  const database = parseDatabaseUrl(value('DATABASE_URL') ?? 'sqlite:./coach.db', value('COACH_DATABASE_SCHEMA') ?? null, problems);

  const secretKey = value('COACH_SECRET_KEY') ?? null;
  if (secretKey !== null && secretKey.length < 16) problems.push('COACH_SECRET_KEY: must be at least 16 characters (leave it unset to have one generated).');

  const allowedOrigins = (value('COACH_ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    if (origin !== '*' && !isOrigin(origin)) problems.push(`COACH_ALLOWED_ORIGINS: "${origin}" is not an origin like https://example.com (no path).`);
  }

  const trustProxy = parseTrustProxy(value('COACH_TRUST_PROXY'), problems);

  const rateLimit = parseRateLimits(value('COACH_RATE_LIMITS'), problems);

  let languageModel: LanguageModelConfig = { kind: 'offline' };
  const geminiKey = value('GEMINI_API_KEY');
  const openaiBase = value('OPENAI_BASE_URL');
  if (geminiKey) {
    languageModel = { kind: 'gemini', apiKey: geminiKey, model: value('GEMINI_MODEL') ?? null };
  } else if (openaiBase) {
    const model = value('OPENAI_MODEL');
    if (!isHttpUrl(openaiBase)) problems.push(`OPENAI_BASE_URL: "${openaiBase}" is not an http(s) URL.`);
    if (!model) problems.push('OPENAI_MODEL: required with OPENAI_BASE_URL (e.g. llama3.1 or gpt-4o-mini).');
    languageModel = { kind: 'openai-compatible', baseURL: openaiBase, apiKey: value('OPENAI_API_KEY') ?? null, model: model ?? '' };
  } else if (value('OPENAI_API_KEY') || value('OPENAI_MODEL')) {
    problems.push('OPENAI_BASE_URL: required with OPENAI_API_KEY/OPENAI_MODEL (e.g. https://api.openai.com/v1).');
  }

  let speech: SpeechConfig = { kind: 'offline' };
  const speechSwitch = value('COACH_SPEECH')?.toLowerCase();
  if (speechSwitch !== undefined && !['on', 'off'].includes(speechSwitch)) problems.push(`COACH_SPEECH: expected "on" or "off", got "${speechSwitch}".`);
  const elevenKey = value('ELEVEN_LABS_API_KEY');
  if (speechSwitch === 'off') speech = { kind: 'off' };
  else if (elevenKey) speech = { kind: 'elevenlabs', apiKey: elevenKey, voiceId: value('ELEVEN_LABS_VOICE_ID') ?? null };

  const mail: ServerConfig['mail'] = {};
  for (const name of ['SMTP_URL', 'SMTP_FROM', 'SENDER_EMAIL', 'SENDER_PASS', 'RECRUITER_NAME'] as const) {
    const entry = name === 'SENDER_PASS' ? env[name] : value(name);
    if (entry) mail[name] = entry;
  }
  if (mail.SMTP_URL && !/^smtps?:\/\//i.test(mail.SMTP_URL)) problems.push('SMTP_URL: expected smtp://… or smtps://…');
  if (mail.SENDER_EMAIL && !mail.SMTP_URL && !mail.SENDER_PASS) problems.push('SENDER_PASS: required with SENDER_EMAIL when SMTP_URL is not set.');

  const settings: ServerConfig['settings'] = {};
  const recruiterName = value('RECRUITER_NAME');
  if (recruiterName) settings.recruiterName = recruiterName;
  const meetingLink = value('MEETING_LINK');
  if (meetingLink) {
    if (!isHttpUrl(meetingLink)) problems.push(`MEETING_LINK: "${meetingLink}" is not an http(s) URL.`);
    settings.meetingLink = meetingLink;
  }
  if (mail.SMTP_FROM && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(mail.SMTP_FROM)) problems.push(`SMTP_FROM: "${mail.SMTP_FROM}" is not an email address.`);
  const sender = mail.SMTP_FROM ?? mail.SENDER_EMAIL;
  if (sender) settings.senderEmail = sender;
  if (value('COACH_RETENTION_DAYS') !== undefined) settings.retentionDays = integer('COACH_RETENTION_DAYS', 365, 1, 36_500);
  if (value('COACH_SESSION_IDLE_MINUTES') !== undefined) settings.sessionIdleMinutes = integer('COACH_SESSION_IDLE_MINUTES', 1440, 1, 525_600);

  const allowPrivate = value('COACH_WEBHOOK_ALLOW_PRIVATE');
  if (allowPrivate !== undefined && !['0', '1'].includes(allowPrivate)) problems.push(`COACH_WEBHOOK_ALLOW_PRIVATE: expected 0 or 1, got "${allowPrivate}".`);
  if (allowPrivate === '1') settings.webhookAllowPrivateTargets = true;
  const httpHosts = (value('COACH_WEBHOOK_HTTP_HOSTS') ?? '').split(',').map((host) => host.trim().toLowerCase()).filter(Boolean);
  for (const host of httpHosts) {
    if (!/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/.test(host)) problems.push(`COACH_WEBHOOK_HTTP_HOSTS: "${host}" is not a host or host:port.`);
  }
  if (httpHosts.length) settings.webhookAllowedHttpHosts = httpHosts;

  const maintenanceIntervalMs = integer('COACH_MAINTENANCE_INTERVAL_SECONDS', 60, 1, 86_400) * 1000;
  const logLevelRaw = value('COACH_LOG_LEVEL') ?? 'info';
  const logLevel = (['debug', 'info', 'warn', 'error'] as const).find((level) => level === logLevelRaw);
  if (!logLevel) problems.push(`COACH_LOG_LEVEL: expected debug, info, warn or error, got "${logLevelRaw}".`);

  const pythonSwitch = value('COACH_CODE_PYTHON')?.toLowerCase();
  if (pythonSwitch !== undefined && !['on', 'off'].includes(pythonSwitch)) problems.push(`COACH_CODE_PYTHON: expected "on" or "off", got "${pythonSwitch}".`);
  const code: ServerConfig['code'] = {
    caseTimeMs: integer('COACH_CODE_CASE_TIME_MS', 2000, 100, 60_000),
    wallTimeMs: integer('COACH_CODE_WALL_TIME_MS', 5000, 100, 300_000),
    memoryMb: integer('COACH_CODE_MEMORY_MB', 64, 16, 4096),
    concurrency: integer('COACH_CODE_CONCURRENCY', 2, 1, 64),
    python: pythonSwitch !== 'off',
  };

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    code,
    port,
    hostname: value('HOST') ?? '0.0.0.0',
    database,
    secretKey,
    allowedOrigins,
    development: env['NODE_ENV']?.trim() !== 'production',
    trustProxy,
    rateLimit,
    languageModel,
    speech,
    mail,
    settings,
    maintenanceIntervalMs,
    logLevel: logLevel ?? 'info',
  };
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
  const proxies = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  const invalid = proxies.filter((entry) => parseProxyRange(entry) === null);
  if (proxies.length === 0 || invalid.length > 0) {
    problems.push(`COACH_TRUST_PROXY: expected a number of proxies or a list of proxy addresses/CIDR ranges (e.g. 10.0.0.0/8,::1); cannot read ${invalid.map((entry) => `"${entry}"`).join(', ') || `"${raw}"`}.`);
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
  const names: Record<string, keyof RateLimitOptions> = { candidate: 'candidate', upload: 'upload', speech: 'speech', auth: 'auth', code: 'code', window: 'windowMs' };
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
