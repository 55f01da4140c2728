import type { Storage } from '../ports/storage.js';
import type { LanguageModel } from '../ports/language-model.js';
import type { SpeechModel } from '../ports/speech-model.js';
import type { Mailer } from '../ports/mailer.js';
import type { TextRecognizer } from '../ports/text-recognizer.js';
import type { CodeRunner } from '../ports/code-runner.js';
import type { Logger } from './logger.js';

/** Settings that shape behaviour; every field has a default in `createCoach`. */
export interface CoachSettings {
  /** Sessions idle longer than this expire. @default 1440 (24 h) */
  sessionIdleMinutes: number;
  /** Reports and sessions older than this many days are erased; null keeps them. @default null */
  retentionDays: number | null;
  /** Name signed under invites. @default 'The Hiring Team' */
  recruiterName: string;
  /** Link included in invites; null leaves invites queued with an explanation. @default null */
  meetingLink: string | null;
  /** Default sender of invites when the mailer has none. */
  senderEmail: string | null;
  /** Recruiter's reply-to address for invites, where known. */
  replyToEmail: string | null;
  /** Upload cap in bytes. @default 10 MiB */
  maxResumeBytes: number;
  /** Page cap for PDF resumes. @default 10 */
  maxResumePages: number;
  /**
   * Wall-clock limit for extracting the text of one PDF or Word resume, in ms. Extraction runs in
   * a worker thread that is terminated when this passes. @default 15000
   */
  resumeReadTimeoutMs: number;
  /** Longest accepted answer or pseudocode, in characters. @default 8000 */
  maxAnswerLength: number;
  /** Longest text accepted for speech. @default 1000 */
  maxSpeechLength: number;
  /** Candidate turns before the DSA discussion ends. @default 4 */
  maxDsaTurns: number;
  /** Per-call timeout for model calls, in ms. @default 30000 */
  modelTimeoutMs: number;
  /** Attempts per model call (1 = no retry). @default 3 */
  modelMaxAttempts: number;
  /** Attempts before an invite is marked failed. @default 8 */
  inviteMaxAttempts: number;
  /**
   * Let webhooks reach private, loopback and link-local addresses (server-side request forgery
   * protection off; `COACH_WEBHOOK_ALLOW_PRIVATE=1`). @default false
   */
  webhookAllowPrivateTargets: boolean;
  /** Hosts (`host` or `host:port`) webhooks may reach over plain `http://`. @default [] */
  webhookAllowedHttpHosts: string[];
  /** Time limit of one webhook attempt, in ms. @default 15000 */
  webhookTimeoutMs: number;
}

/** What every service gets: the ports, settings, a clock and a logger. */
export interface CoachContext {
  storage: Storage;
  languageModel: LanguageModel;
  speechModel: SpeechModel | null;
  mailer: Mailer | null;
  textRecognizer: TextRecognizer | null;
  /** Runs candidates' JavaScript and Python in a sandbox; null when code rounds are off. */
  codeRunner?: CodeRunner | null;
  settings: CoachSettings;
  /** The current time; injectable for tests. */
  now: () => Date;
  logger: Logger;
}
