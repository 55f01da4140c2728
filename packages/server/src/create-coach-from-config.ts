import {
  combineCodeRunners,
  createCoach,
  type Coach,
  type CodeRunner,
  type LanguageModel,
  type Logger,
  type Mailer,
  type SpeechModel,
  type Storage,
} from '@coach/core';
import type { DatabaseConfig, ServerConfig } from './server-config.js';

/** Opens the storage the configuration names (not migrated). */
export async function createStorageFromConfig(database: DatabaseConfig): Promise<Storage> {
  const { createPostgresStorage, createSqliteStorage } = await import('@coach/core/storage/kysely');
  return database.kind === 'sqlite'
    ? createSqliteStorage({ filename: database.filename })
    : createPostgresStorage({ connectionString: database.connectionString, ...(database.schema ? { schema: database.schema } : {}) });
}

/** A short description of the adapters in use, for the start-up banner. */
export function describeConfig(config: ServerConfig): Record<string, string> {
  const { database, languageModel, speech, mail } = config;
  return {
    database: database.kind === 'sqlite' ? `SQLite ${database.filename}` : `PostgreSQL${database.schema ? ` (schema ${database.schema})` : ''}`,
    language:
      languageModel.kind === 'offline'
        ? 'offline interviewer'
        : languageModel.kind === 'gemini'
          ? `Gemini ${languageModel.model ?? '(default model)'}`
          : `${languageModel.model} at ${languageModel.baseURL}`,
    speech: speech.kind === 'off' ? 'off' : speech.kind === 'offline' ? 'offline voice' : 'ElevenLabs',
    mail: mail.SMTP_URL ? 'SMTP' : mail.SENDER_EMAIL ? 'Gmail' : 'none (invites stay queued)',
  };
}

/**
 * Builds the Coach the configuration describes: storage, language model, speech, mailer and
 * settings. Adapters live on core's subpaths and are imported only when configured.
 */
export async function createCoachFromConfig(
  config: ServerConfig,
  options: { logger: Logger; migrate?: boolean; /** Start the sandboxed code runners. @default true */ codeRunner?: boolean },
): Promise<Coach> {
  const storage = await createStorageFromConfig(config.database);
  let codeRunner: CodeRunner | null = null;
  try {
    // The database first: an unreachable one fails at once, before sandboxes are started for nothing.
    if (options.migrate ?? true) await storage.migrate();
    codeRunner = options.codeRunner === false ? null : await createCodeRunner(config);
    const languageModel = await createLanguageModel(config);
    const speechModel = await createSpeechModel(config);
    const mailer = await createMailer(config);
    return await createCoach({
      storage,
      ...(languageModel ? { languageModel } : {}),
      ...(speechModel !== undefined ? { speechModel } : {}),
      mailer,
      codeRunner,
      settings: config.settings,
      logger: options.logger,
      migrate: false,
    });
  } catch (error) {
    await codeRunner?.close?.().catch(() => undefined);
    await storage.close().catch(() => undefined);
    throw error;
  }
}

/**
 * JavaScript in QuickJS and, unless switched off, Python in Pyodide inside bubblewrap. Where
 * the Python sandbox cannot work the runner says why in `unavailable.python`.
 */
export async function createCodeRunner(config: ServerConfig): Promise<CodeRunner> {
  const { caseTimeMs, wallTimeMs, memoryMb, concurrency } = config.code;
  const limits = { caseTimeMs, wallTimeMs, memoryMb };
  const { createQuickJsCodeRunner } = await import('@coach/core/code-runner/quickjs');
  const runners = [createQuickJsCodeRunner({ concurrency, limits })];
  if (config.code.python) {
    const { createPyodideCodeRunner } = await import('@coach/core/code-runner/pyodide');
    runners.push(await createPyodideCodeRunner({ concurrency, limits }));
  } else {
    runners.push({
      specificationVersion: 'v1',
      adapterId: 'python-off',
      languages: [],
      unavailable: { python: 'switched off with COACH_CODE_PYTHON=off' },
      run: () => Promise.reject(new Error('unreachable')),
    });
  }
  return combineCodeRunners(runners);
}

/** One line for the start-up banner: which languages run, and why one does not. */
export function describeCodeRunner(codeRunner: CodeRunner | null | undefined): string {
  if (!codeRunner) return 'off';
  const names: Record<string, string> = { javascript: 'JavaScript', python: 'Python' };
  const offered = codeRunner.languages.map((language) => names[language] ?? language).join(', ') || 'none';
  const missing = Object.entries(codeRunner.unavailable ?? {}).map(([language, reason]) => `${names[language] ?? language} unavailable: ${reason}`);
  return [offered, ...missing].join(' · ');
}

async function createLanguageModel(config: ServerConfig): Promise<LanguageModel | undefined> {
  const model = config.languageModel;
  if (model.kind === 'gemini') {
    const { createGemini } = await import('@coach/core/gemini');
    const gemini = createGemini({ apiKey: model.apiKey });
    return model.model ? gemini.languageModel(model.model) : gemini.languageModel();
  }
  if (model.kind === 'openai-compatible') {
    const { createOpenAICompatible } = await import('@coach/core/openai-compatible');
    return createOpenAICompatible({ baseURL: model.baseURL, ...(model.apiKey ? { apiKey: model.apiKey } : {}) }).languageModel(model.model);
  }
  return undefined;
}

/** `undefined` keeps core's default (the offline voice); `null` turns speech off. */
async function createSpeechModel(config: ServerConfig): Promise<SpeechModel | null | undefined> {
  const { speech } = config;
  if (speech.kind === 'off') return null;
  if (speech.kind === 'elevenlabs') {
    const { createElevenLabs } = await import('@coach/core/elevenlabs');
    const elevenLabs = createElevenLabs({ apiKey: speech.apiKey });
    return speech.voiceId ? elevenLabs.speechModel(speech.voiceId) : elevenLabs.speechModel();
  }
  return undefined;
}

async function createMailer(config: ServerConfig): Promise<Mailer | null> {
  if (!config.mail.SMTP_URL && !config.mail.SENDER_EMAIL) return null;
  const { mailerFromEnv } = await import('@coach/core/email/nodemailer');
  return mailerFromEnv(config.mail);
}
