import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Storage } from './ports/storage.js';
import type { LanguageModel } from './ports/language-model.js';
import type { SpeechModel } from './ports/speech-model.js';
import type { Mailer } from './ports/mailer.js';
import type { TextRecognizer } from './ports/text-recognizer.js';
import type { CodeRunner } from './ports/code-runner.js';
import type { CoachContext, CoachSettings } from './internal/context.js';
import { systemClock } from './internal/clock.js';
import { silentLogger, type Logger } from './internal/logger.js';
import { ValidationError } from './errors/index.js';
import type { TemplateService } from './templates/template-service-types.js';
import type { InvitationService } from './invitations/invitation-service-types.js';
import type { InterviewService } from './interview/interview-types.js';
import type { DsaService } from './dsa/dsa-service-types.js';
import type { ReportService } from './report/report-service-types.js';
import type { InviteService } from './invite/invite-service-types.js';
import type { SpeechService } from './tts/speech-service-types.js';
import type { MaintenanceService } from './maintenance/maintenance-service.js';
import type { WebhookService } from './webhooks/webhook-service-types.js';
import { createWebhookService } from './webhooks/webhook-service.js';
import { createTemplateService } from './templates/template-service.js';
import { createInvitationService } from './invitations/invitation-service.js';
import { createInterviewService } from './interview/interview-service.js';
import { createDsaService } from './dsa/dsa-service.js';
import { createReportService } from './report/report-service.js';
import { createInviteService } from './invite/invite-service.js';
import { createSpeechService } from './tts/speech-service.js';
import { createMaintenanceService } from './maintenance/maintenance-service.js';
import { createOfflineInterviewer } from './adapters/offline/index.js';
import { createRateLimitService, type RateLimitService } from './operations/rate-limit-service.js';
import { createStoredValueService, type StoredValueService } from './operations/stored-value-service.js';
import { checkHealth, type HealthResult } from './operations/health-check.js';
import { createOfflineSpeech, isOfflineSpeechAvailable } from './adapters/speech-offline/index.js';

export interface CreateCoachOptions {
  /** @default SQLite file `./coach.db` through `@coach/core/storage/kysely` */
  storage?: Storage;
  /** @default the built-in offline interviewer */
  languageModel?: LanguageModel;
  /** @default the built-in offline voice when `espeak-ng` is installed, else none; `null` turns speech off */
  speechModel?: SpeechModel | null;
  /** @default none: invites stay queued */
  mailer?: Mailer | null;
  /** OCR for image resumes when the language model has no vision. @default tesseract when installed */
  textRecognizer?: TextRecognizer | null;
  /**
   * Runs candidates' code in a sandbox. Python needs `@coach/core/code-runner/pyodide` (and
   * bubblewrap); combine runners with `combineCodeRunners`. `null` turns runnable code off.
   * @default JavaScript in QuickJS (`@coach/core/code-runner/quickjs`); its worker threads start on the first run
   */
  codeRunner?: CodeRunner | null;
  settings?: Partial<CoachSettings>;
  logger?: Logger;
  /** @default {@link systemClock} */
  now?: () => Date;
  /** Run storage migrations on creation. @default true */
  migrate?: boolean;
}

/** The Coach SDK: every candidate and recruiter operation. */
export interface Coach {
  /** The settings in force. */
  readonly settings: Readonly<CoachSettings>;
  readonly logger: Logger;
  /** The clock every service reads. */
  readonly now: () => Date;
  /** The mailer invites go through, or null when none is configured (invites stay queued). */
  readonly mailer: Mailer | null;
  /** The sandbox candidates' code runs in, or null when code is not run. */
  readonly codeRunner: CodeRunner | null;
  templates: TemplateService;
  /** Personal interview links: one candidate, one template, one interview. */
  invitations: InvitationService;
  interviews: InterviewService;
  dsa: DsaService;
  reports: ReportService;
  invites: InviteService;
  speech: SpeechService;
  maintenance: MaintenanceService;
  /** Signed webhooks: endpoints, deliveries and the delivery worker. */
  webhooks: WebhookService;
  rateLimits: RateLimitService;
  storedValues: StoredValueService;
  /** Checks that the database answers; throws a `StorageError` when it does not. */
  health(): Promise<HealthResult>;
  /** Closes storage and adapters. */
  close(): Promise<void>;
}

/** Defaults for every setting. */
export const DEFAULT_SETTINGS: CoachSettings = {
  sessionIdleMinutes: 24 * 60,
  retentionDays: null,
  recruiterName: 'The Hiring Team',
  meetingLink: null,
  senderEmail: null,
  replyToEmail: null,
  maxResumeBytes: 10 * 1024 * 1024,
  maxResumePages: 10,
  resumeReadTimeoutMs: 15_000,
  maxAnswerLength: 8000,
  maxSpeechLength: 1000,
  maxDsaTurns: 4,
  modelTimeoutMs: 30_000,
  modelMaxAttempts: 3,
  inviteMaxAttempts: 8,
  webhookAllowPrivateTargets: false,
  webhookAllowedHttpHosts: [],
  webhookTimeoutMs: 15_000,
};

/**
 * Creates a Coach. With no options: SQLite in `./coach.db`, the offline interviewer, the
 * offline voice if `espeak-ng` is installed, OCR if `tesseract.js` is installed, and no mailer.
 *
 * @example
 * ```ts
 * import { createCoach } from '@coach/core';
 * const coach = await createCoach();
 * await coach.templates.seedStarterTemplates();
 * const { session, question } = await coach.interviews.start({ resume: { bytes: pdfBytes } });
 * ```
 */
export async function createCoach(options: CreateCoachOptions = {}): Promise<Coach> {
  const settings: CoachSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  validateSettings(settings);
  const storage = options.storage ?? (await defaultStorage(options.logger));
  if (options.migrate ?? true) await storage.migrate();
  const textRecognizer = options.textRecognizer === undefined ? await defaultTextRecognizer() : options.textRecognizer;
  const context: CoachContext = {
    storage,
    languageModel: options.languageModel ?? createOfflineInterviewer(),
    speechModel: options.speechModel === undefined ? await defaultSpeechModel() : options.speechModel,
    mailer: options.mailer ?? null,
    textRecognizer,
    codeRunner: options.codeRunner === undefined ? await defaultCodeRunner() : options.codeRunner,
    settings,
    now: options.now ?? systemClock,
    logger: options.logger ?? silentLogger,
  };
  const invites = createInviteService(context);
  const invitations = createInvitationService(context, { invites });
  return {
    settings: context.settings,
    logger: context.logger,
    now: context.now,
    mailer: context.mailer,
    codeRunner: context.codeRunner ?? null,
    templates: createTemplateService(context),
    invitations,
    interviews: createInterviewService(context),
    dsa: createDsaService(context),
    reports: createReportService(context, { invites, invitations }),
    invites,
    speech: createSpeechService(context),
    maintenance: createMaintenanceService(context, { invites }),
    webhooks: createWebhookService(context),
    rateLimits: createRateLimitService(context),
    storedValues: createStoredValueService(context),
    health: () => checkHealth(context),
    async close() {
      await textRecognizer?.close?.();
      await context.codeRunner?.close?.();
      await storage.close();
    },
  };
}

function validateSettings(settings: CoachSettings): void {
  const positive: (keyof CoachSettings)[] = [
    'sessionIdleMinutes',
    'maxResumeBytes',
    'maxResumePages',
    'resumeReadTimeoutMs',
    'maxAnswerLength',
    'maxSpeechLength',
    'maxDsaTurns',
    'modelTimeoutMs',
    'modelMaxAttempts',
    'inviteMaxAttempts',
    'webhookTimeoutMs',
  ];
  const issues = positive
    .filter((key) => !(typeof settings[key] === 'number' && Number.isFinite(settings[key]) && (settings[key] as number) > 0))
    .map((key) => ({ path: `settings.${key}`, message: 'must be a positive number' }));
  if (settings.retentionDays !== null && !(settings.retentionDays > 0)) {
    issues.push({ path: 'settings.retentionDays', message: 'must be a positive number or null' });
  }
  if (!Array.isArray(settings.webhookAllowedHttpHosts) || settings.webhookAllowedHttpHosts.some((host) => typeof host !== 'string' || host.length === 0)) {
    issues.push({ path: 'settings.webhookAllowedHttpHosts', message: 'must be a list of host names' });
  }
  if (issues.length) throw new ValidationError({ code: 'INVALID_CONFIG', message: 'Invalid Coach settings.', issues });
}

/** Where `createCoach()` keeps its data when given no storage. */
export const DEFAULT_DATABASE_FILE = './coach.db';

async function defaultStorage(logger: Logger | undefined): Promise<Storage> {
  const { createSqliteStorage } = await import('./adapters/storage-kysely/index.js');
  const path = resolve(DEFAULT_DATABASE_FILE);
  const created = !existsSync(path);
  const storage = createSqliteStorage({ filename: path });
  if (created) {
    // A file appearing in the working directory should never be a surprise: say where it is
    // through the caller's logger, or as a process warning when there is none.
    const message = `Coach created its SQLite database at ${path} (pass \`storage\` to createCoach to choose another).`;
    if (logger) logger.info(message, { path });
    else process.emitWarning(message, { code: 'COACH_DEFAULT_DATABASE' });
  }
  return storage;
}

async function defaultCodeRunner(): Promise<CodeRunner> {
  const { createQuickJsCodeRunner } = await import('./adapters/code-runner-quickjs/index.js');
  return createQuickJsCodeRunner();
}

async function defaultSpeechModel(): Promise<SpeechModel | null> {
  return (await isOfflineSpeechAvailable()) ? createOfflineSpeech() : null;
}

async function defaultTextRecognizer(): Promise<TextRecognizer | null> {
  try {
    const { createTesseractRecognizer, isTesseractAvailable } = await import('./adapters/ocr-tesseract/index.js');
    return (await isTesseractAvailable()) ? createTesseractRecognizer() : null;
  } catch {
    return null;
  }
}
