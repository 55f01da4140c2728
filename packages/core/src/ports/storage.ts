import type {
  Decision,
  DecisionChange,
  DsaRound,
  DsaCodeSubmission,
  InterviewSession,
  InterviewTemplate,
  Invitation,
  InvitationStatus,
  TemplateAuditEntry,
  InterviewTurn,
  Invite,
  Report,
  ReportFilter,
  ReportSort,
  ReportStatistics,
  ReportSummary,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryEventType,
  WebhookEndpoint,
} from '../domain/index.js';
import type { AnswerEvaluation } from '../domain/evaluation-types.js';

/**
 * The storage port. Adapters implement typed repositories; services call them.
 *
 * General contract:
 * - Every method MUST be safe to call from several processes sharing one database.
 * - Timestamps are ISO-8601 strings in UTC; adapters MUST return them in the same form.
 * - Methods MUST throw `ConflictError` (not a raw driver error) for the conflicts they name,
 *   and `StorageError` for database failures. `get`-style methods return `null` for unknown ids.
 * - Returned objects MUST be plain data with no database types.
 */
export interface Storage extends StorageRepositories {
  readonly specificationVersion: 'v1';
  /** e.g. `kysely-sqlite`, `kysely-postgres`. */
  readonly adapterId: string;
  readonly capabilities: StorageCapabilities;
  /**
   * Runs `fn` in one transaction: every repository call on `tx` commits together or not at all.
   * On SQLite the transaction MUST take the write lock up front (`BEGIN IMMEDIATE` semantics).
   */
  transaction<T>(fn: (tx: StorageRepositories) => Promise<T>): Promise<T>;
  /** Brings the schema up to date. MUST be idempotent and safe to run from several processes at once. */
  migrate(): Promise<void>;
  /** Throws `StorageError` when the database cannot answer a trivial query. */
  healthCheck(): Promise<void>;
  /** Closes connections. */
  close(): Promise<void>;
}

export interface StorageCapabilities {
  dialect: 'sqlite' | 'postgres';
  /** Several processes may write at once (PostgreSQL); SQLite serialises writers. */
  concurrentProcesses: boolean;
}

export interface StorageRepositories {
  templates: TemplateRepository;
  sessions: SessionRepository;
  turns: TurnRepository;
  dsa: DsaRepository;
  reports: ReportRepository;
  invites: InviteRepository;
  speechCache: SpeechCacheRepository;
  rateLimits: RateLimitRepository;
  settings: SettingsRepository;
  webhooks: WebhookRepository;
  invitations: InvitationRepository;
}

export interface TemplateRepository {
  /** All templates (archived and unpublished ones included), ordered by title then id. */
  list(): Promise<InterviewTemplate[]>;
  get(options: { id: string }): Promise<InterviewTemplate | null>;
  /**
   * Inserts or replaces the template with that id (keeping `createdAt` of an existing one). For
   * seeding starter templates: it MUST NOT be used for authored ones, whose changes are versioned.
   */
  upsert(options: { template: InterviewTemplate }): Promise<InterviewTemplate>;
  /** Stores a new template with `version` 1. MUST throw `ConflictError` if one with that id exists. */
  create(options: { template: InterviewTemplate }): Promise<InterviewTemplate>;
  /**
   * Writes `template` if the stored version equals `expectedVersion`, storing and returning it
   * with `version = expectedVersion + 1`. MUST throw `ConflictError` otherwise (also when the
   * template does not exist), so of concurrent writers of one version exactly one succeeds.
   * MUST NOT change `createdAt`.
   */
  update(options: { template: InterviewTemplate; expectedVersion: number }): Promise<InterviewTemplate>;
  /** Appends an audit entry. MUST keep entries after their template is archived. */
  appendAudit(options: { entry: TemplateAuditEntry }): Promise<void>;
  /** A template's audit entries, oldest first. */
  listAudit(options: { templateId: string }): Promise<TemplateAuditEntry[]>;
}

export interface InvitationRepository {
  /** MUST throw `ConflictError` if one with that id or token hash exists. */
  create(options: { invitation: Invitation }): Promise<Invitation>;
  get(options: { id: string }): Promise<Invitation | null>;
  getByTokenHash(options: { tokenHash: string }): Promise<Invitation | null>;
  getBySession(options: { sessionId: string }): Promise<Invitation | null>;
  /** Newest first, optionally of one template and with one stored status. */
  list(options: { templateId?: string; status?: Exclude<InvitationStatus, 'expired'> }): Promise<Invitation[]>;
  /** Optimistic update like `SessionRepository.update`: MUST throw `ConflictError` unless the stored version is `expectedVersion`. */
  update(options: { invitation: Invitation; expectedVersion: number }): Promise<Invitation>;
}

export interface SessionRepository {
  /** MUST throw `ConflictError` if a session with that id exists. */
  create(options: { session: InterviewSession }): Promise<InterviewSession>;
  get(options: { id: string }): Promise<InterviewSession | null>;
  /**
   * Writes `session` if the stored version equals `expectedVersion`, storing and returning it
   * with `version = expectedVersion + 1`. MUST throw `ConflictError` otherwise (also when the
   * session is gone), so that of two concurrent writers exactly one wins.
   */
  update(options: { session: InterviewSession; expectedVersion: number }): Promise<InterviewSession>;
  /** Deletes the session with its turns and DSA round. Returns whether it existed. */
  delete(options: { id: string }): Promise<boolean>;
  /**
   * Deletes sessions (with turns and DSA rounds) whose `lastActivityAt` is before `before`
   * and which have no report. Returns how many were deleted.
   */
  deleteIdle(options: { before: string }): Promise<number>;
}

export interface TurnRepository {
  /** MUST throw `ConflictError` if a turn with that id, or with that (sessionId, index), exists. */
  create(options: { turn: InterviewTurn }): Promise<InterviewTurn>;
  get(options: { id: string }): Promise<InterviewTurn | null>;
  /** The session's turns ordered by `index`. */
  listBySession(options: { sessionId: string }): Promise<InterviewTurn[]>;
  /**
   * Stores the answer if the turn has none yet. MUST throw `ConflictError` with code
   * `QUESTION_ALREADY_ANSWERED` when it already has one: of two concurrent writers exactly
   * one succeeds. MUST throw `NotFoundError` for an unknown turn.
   */
  recordAnswer(options: { id: string; answer: string; answeredAt: string }): Promise<InterviewTurn>;
  /** Stores (or replaces) the evaluation of an answered turn. */
  saveEvaluation(options: { id: string; evaluation: AnswerEvaluation }): Promise<InterviewTurn>;
  /**
   * Ids of sessions still `interviewing` whose last turn (highest index) was answered before
   * `answeredBefore`: an answer whose evaluation or next question never came (the process
   * died). At most `limit`, oldest answer first. MUST NOT list a session whose last turn is
   * unanswered or whose state has moved on.
   */
  listSessionsWithPendingAnswer(options: { answeredBefore: string; limit: number }): Promise<string[]>;
}

export interface DsaRepository {
  get(options: { sessionId: string }): Promise<DsaRound | null>;
  /** MUST throw `ConflictError` if the session already has a DSA round. */
  create(options: { round: DsaRound }): Promise<DsaRound>;
  /** Optimistic update, like `SessionRepository.update`. The round's `codeSubmissions` are not written by it. */
  update(options: { round: DsaRound; expectedVersion: number }): Promise<DsaRound>;
  /**
   * Appends a code submission to a session's round; `get` lists them in `codeSubmissions`,
   * oldest first. Deleting the session deletes them. MUST throw `NotFoundError` without a round.
   */
  addCodeSubmission(options: { sessionId: string; submission: DsaCodeSubmission }): Promise<DsaCodeSubmission>;
}

export interface ReportListOptions {
  filter?: ReportFilter;
  /** @default 'newest' */
  sort?: ReportSort;
  /** 1..100. @default 20 */
  limit?: number;
  /** The opaque `nextCursor` of the previous page. */
  cursor?: string | null;
}

export interface ReportListResult {
  reports: ReportSummary[];
  /** Null on the last page. */
  nextCursor: string | null;
}

export interface ReportRepository {
  /** MUST throw `ConflictError` if a report with that id, or for that session, exists. */
  create(options: { report: Report }): Promise<Report>;
  get(options: { id: string }): Promise<Report | null>;
  /**
   * Replaces the content of an existing report (scores, feedback, questions, DSA part…).
   * MUST NOT change `id`, `sessionId`, `decision` or `createdAt`; sets `updatedAt`.
   * MUST throw `NotFoundError` for an unknown report.
   */
  update(options: { report: Report }): Promise<Report>;
  getBySession(options: { sessionId: string }): Promise<Report | null>;
  /**
   * Keyset pagination: walking every page MUST yield each matching row exactly once, even
   * while rows are inserted between pages (new rows may or may not appear). Ties are broken by id.
   * An invalid cursor MUST throw `ValidationError`.
   */
  list(options: ReportListOptions): Promise<ReportListResult>;
  statistics(options?: { now?: string }): Promise<ReportStatistics>;
  /**
   * Sets the decision and appends a `DecisionChange` (when it changes) in one step.
   * Returns the stored report, the previous decision and whether it changed.
   * MUST throw `NotFoundError` for an unknown report.
   */
  setDecision(options: {
    id: string;
    decision: Decision;
    actor: string;
    /**
     * When the change happens; a function is called once the report is locked, so that
     * concurrent changes get times in the order they are applied.
     */
    at: string | (() => string);
  }): Promise<{
    report: Report;
    previous: Decision;
    changed: boolean;
  }>;
  /** The decision audit trail in the order the changes were applied (MUST hold under concurrent `setDecision`). */
  listDecisionChanges(options: { reportId: string }): Promise<DecisionChange[]>;
  /**
   * Deletes the report, its decision changes, its invites, the webhook deliveries about it
   * (`WebhookEventRecord.reportId`, whatever their state), and the session behind it with the
   * session's turns and DSA round. Returns whether the report existed.
   */
  delete(options: { id: string }): Promise<boolean>;
  /** Deletes, as `delete` does, every report created before `before`. Returns how many. */
  deleteCreatedBefore(options: { before: string }): Promise<number>;
}

export interface InviteRepository {
  /**
   * Queues the invite unless its report (or invitation) already has one. MUST create at most one
   * invite per report and per invitation, also under concurrent calls; returns the existing one
   * with `created: false` otherwise. MUST throw `ValidationError` unless exactly one of
   * `reportId` and `invitationId` is set.
   */
  enqueue(options: { invite: Invite }): Promise<{ invite: Invite; created: boolean }>;
  get(options: { id: string }): Promise<Invite | null>;
  getByReport(options: { reportId: string }): Promise<Invite | null>;
  /** The invites of these invitations (at most one each), in no particular order. */
  listByInvitations(options: { invitationIds: string[] }): Promise<Invite[]>;
  /**
   * Claims up to `limit` invites that are due: `queued` with `nextAttemptAt <= now`, or
   * `sending` whose `lockedUntil` has passed (a worker died). Claimed invites become `sending`
   * with `lockedUntil = now + leaseMs`. MUST give each invite to exactly one concurrent caller.
   * With `id`, claims only that invite (if due); with `only: 'invitations'`, only invites of
   * invitations (those of reports stay queued).
   */
  claim(options: { now: string; leaseMs: number; limit: number; id?: string; only?: 'invitations' }): Promise<Invite[]>;
  /** Stores drafted content on a claimed invite. */
  saveDraft(options: { id: string; subject: string; text: string; html: string }): Promise<Invite>;
  /** Marks a claimed invite sent. */
  markSent(options: { id: string; sentAt: string }): Promise<Invite>;
  /**
   * Records a failed attempt (`attempts + 1`, `lastError`), releases the lease, and
   * requeues it for `nextAttemptAt`, or marks it `failed` when `giveUp` is true.
   */
  markFailed(options: { id: string; error: string; nextAttemptAt: string; giveUp: boolean }): Promise<Invite>;
}

export interface SpeechCacheEntry {
  key: string;
  contentType: string;
  audio: Uint8Array;
  createdAt: string;
}

export interface SpeechCacheRepository {
  get(options: { key: string }): Promise<SpeechCacheEntry | null>;
  /** Stores the entry; a concurrent put of the same key MUST NOT fail. */
  put(options: { entry: SpeechCacheEntry }): Promise<void>;
}

export interface RateLimitRepository {
  /**
   * Counts one hit for `key` in the fixed window containing `now` (windows start at multiples
   * of `windowMs` since the epoch) and returns the count after this hit and when the window
   * ends. MUST count every concurrent hit exactly once.
   */
  hit(options: { key: string; windowMs: number; now: string }): Promise<{ count: number; resetAt: string }>;
  /**
   * The count of `key` in the window containing `now`, as `hit` would see it before its own
   * hit (0 for a window without hits), without counting. For limits that count only failures
   * but must refuse every attempt once exceeded.
   */
  peek(options: { key: string; windowMs: number; now: string }): Promise<{ count: number; resetAt: string }>;
  /** Removes windows that ended before `before`. */
  prune(options: { before: string }): Promise<number>;
}

export interface SettingsRepository {
  get(options: { key: string }): Promise<string | null>;
  /**
   * Stores `value` unless the key has one, and returns the stored value: of concurrent
   * callers, all get the first writer's value.
   */
  setIfAbsent(options: { key: string; value: string }): Promise<string>;
}

/** An event as queued: its id (the `webhook-id` header), type and the exact JSON body. */
export interface WebhookEventRecord {
  id: string;
  type: WebhookDeliveryEventType;
  payload: string;
  createdAt: string;
  /** The report whose personal data the payload carries: `reports.delete` deletes the deliveries with it. */
  reportId?: string | null;
}

export interface WebhookDeliveryListResult {
  /** Newest first, each with its attempts (oldest first). */
  deliveries: (WebhookDelivery & { attemptLog: WebhookAttempt[] })[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/**
 * Webhook endpoints and their delivery outbox. Deliveries are written by `enqueue` inside the
 * transaction of the change that causes the event, and claimed by workers under a lease exactly
 * as invites are.
 */
export interface WebhookRepository {
  /** MUST throw `ConflictError` if an endpoint with that id exists. */
  createEndpoint(options: { endpoint: WebhookEndpoint }): Promise<WebhookEndpoint>;
  getEndpoint(options: { id: string }): Promise<WebhookEndpoint | null>;
  /** Every endpoint, oldest first. */
  listEndpoints(): Promise<WebhookEndpoint[]>;
  /** Replaces the endpoint's fields except `id` and `createdAt`. MUST throw `NotFoundError` for an unknown endpoint. */
  updateEndpoint(options: { endpoint: WebhookEndpoint }): Promise<WebhookEndpoint>;
  /** Deletes the endpoint with its deliveries and attempts. Returns whether it existed. */
  deleteEndpoint(options: { id: string }): Promise<boolean>;
  /**
   * Queues one delivery of `event`, due at `event.createdAt`, for every enabled endpoint
   * subscribed to its type, or, with `endpointId`, for that endpoint only (whatever it
   * subscribes to). Returns the deliveries created (none when nobody listens).
   */
  enqueue(options: { event: WebhookEventRecord; endpointId?: string }): Promise<WebhookDelivery[]>;
  getDelivery(options: { id: string }): Promise<WebhookDelivery | null>;
  /**
   * Claims up to `limit` deliveries of enabled endpoints that are due: `queued` with
   * `nextAttemptAt <= now`, or `sending` whose `lockedUntil` has passed (a worker died).
   * Claimed deliveries become `sending` with `lockedUntil = now + leaseMs`. MUST give each
   * delivery to exactly one concurrent caller. With `id`, claims only that delivery (if due).
   */
  claim(options: { now: string; leaseMs: number; limit: number; id?: string }): Promise<WebhookDelivery[]>;
  /**
   * Stores one attempt and its outcome in one step: `succeeded` and `failed` complete the
   * delivery, `retry` queues it again for `nextAttemptAt`. The attempt's `number` is the
   * delivery's new `attempts`. MUST throw `NotFoundError` for an unknown delivery.
   */
  recordAttempt(options: {
    attempt: Omit<WebhookAttempt, 'number'>;
    outcome: 'succeeded' | 'retry' | 'failed';
    nextAttemptAt: string;
  }): Promise<{ delivery: WebhookDelivery; attempt: WebhookAttempt }>;
  /**
   * Queues a delivery that is not being sent again, due at `now` (a manual resend).
   * MUST throw `ConflictError` while it is `sending`, `NotFoundError` for an unknown one.
   */
  requeue(options: { id: string; now: string }): Promise<WebhookDelivery>;
  /**
   * The endpoint's deliveries, newest first (ties broken by id), keyset-paginated like
   * `reports.list`. `limit` 1..100. An invalid cursor MUST throw `ValidationError`.
   */
  listDeliveries(options: { endpointId: string; limit: number; cursor?: string | null }): Promise<WebhookDeliveryListResult>;
  /** Deletes succeeded and failed deliveries completed before `before`, with their attempts. Returns how many. */
  prune(options: { before: string }): Promise<number>;
}
