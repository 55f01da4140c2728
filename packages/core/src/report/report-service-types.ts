import type { InvitationView } from '../invitations/invitation-service-types.js';
import type { Decision, DecisionChange, Invite, Report, ReportStatistics } from '../domain/index.js';
import type { ReportListOptions, ReportListResult } from '../ports/storage.js';

export interface CombinedReportResult {
  report: Report;
}

/** A report created directly (the original `POST /api/reports/create/`). Validated. */
export interface CreateReportInput {
  candidateName: string;
  candidateEmail: string;
  role: string;
  overallScore: number;
  summary?: string;
  strengths?: string[];
  improvements?: string[];
  questions?: { question: string; kind?: 'behavioral' | 'technical'; answer: string; score: number; feedback: string }[];
  decision?: Decision;
}

export interface ReportDetails {
  report: Report;
  decisionHistory: DecisionChange[];
  invite: Invite | null;
  /**
   * Why a queued invite cannot be sent as things stand (no mail server, meeting link or
   * sender configured), or null. Worked out when asked, so it clears as soon as the
   * configuration is fixed.
   */
  inviteBlocker: string | null;
  /**
   * Why an invite sent now could not go out (the same reasons), or null when mail is ready:
   * what accepting the candidate would really do, asked before the decision is confirmed.
   */
  sendBlocker: string | null;
  /** The title of the interview template the report came from (as it is now); null without one. */
  templateTitle: string | null;
  /** The personal link the candidate came through, as it is now; null without one. */
  invitation: InvitationView | null;
}

export interface DecideResult {
  report: Report;
  changed: boolean;
  /** True when the invite was delivered to the mail server by this call or before. */
  emailSent: boolean;
  /** For a person: what happened to the invite. */
  emailMessage: string;
  invite: Invite | null;
}

/** Reports for recruiters: combined report, list, details, statistics, decisions, erasure. */
export interface ReportService {
  /** Merges the questions part and the DSA part (if any) into the session's one report. */
  combined(options: { sessionId: string; abortSignal?: AbortSignal }): Promise<CombinedReportResult>;
  create(options: { input: CreateReportInput }): Promise<Report>;
  list(options: ReportListOptions): Promise<ReportListResult>;
  get(options: { id: string }): Promise<ReportDetails>;
  statistics(): Promise<ReportStatistics>;
  /** Erases the report and everything of the session behind it. */
  delete(options: { id: string }): Promise<void>;
  /**
   * Records the decision (and, on Accepted, queues exactly one invite) in one transaction,
   * then tries to send the invite at once.
   */
  decide(options: { id: string; decision: Decision; actor: string }): Promise<DecideResult>;
}
