import { createCoach, type Coach, type LanguageModel, type Logger, type Mailer, type SpeechModel, type Storage } from '@coach/core';
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
    language: languageModel.kind === 'offline' ? 'offline interviewer' : languageModel.kind === 'gemini' ? `Gemini ${languageModel.model ?? '(default model)'}` : `${languageModel.model} at ${languageModel.baseURL}`,
    speech: speech.kind === 'off' ? 'off' : speech.kind === 'offline' ? 'offline voice' : 'ElevenLabs',
    mail: mail.SMTP_URL ? 'SMTP' : mail.SENDER_EMAIL ? 'Gmail' : 'none (invites stay queued)',
  };
}

/**
 * Builds the Coach the configuration describes: storage, language model, speech, mailer and
 * settings. Adapters live on core's subpaths and are imported only when configured.
 */
export async function createCoachFromConfig(config: ServerConfig, options: { logger: Logger; migrate?: boolean }): Promise<Coach> {
  const storage = await createStorageFromConfig(config.database);
  try {
    const languageModel = await createLanguageModel(config);
    const speechModel = await createSpeechModel(config);
    const mailer = await createMailer(config);
    return await createCoach({
      storage,
      ...(languageModel ? { languageModel } : {}),
      ...(speechModel !== undefined ? { speechModel } : {}),
      mailer,
      settings: config.settings,
      logger: options.logger,
      migrate: options.migrate ?? true,
    });
  } catch (error) {
    await storage.close().catch(() => undefined);
    throw error;
  }
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
