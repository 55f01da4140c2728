import type { Invitation, InvitationStatus, InterviewTemplate, InviteStatus } from '../domain/index.js';

/** An invitation as recruiters see it: the status is the effective one (`expired` included), never the token hash. */
export interface InvitationView {
  id: string;
  /** The email that sent the link (`sendEmail`), as the outbox has it; null when none was asked for. */
  email: {
    status: InviteStatus;
    attempts: number;
    lastError: string | null;
    nextAttemptAt: string;
    sentAt: string | null;
  } | null;
  templateId: string;
  candidateName: string;
  candidateEmail: string;
  status: InvitationStatus;
  expiresAt: string | null;
  sessionId: string | null;
  reportId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the candidate's page learns from a token: which interview, and whether the link still works. */
export interface InvitationLookup {
  templateId: string;
  templateTitle: string;
  candidateName: string;
  status: InvitationStatus;
  usable: boolean;
  /** Why it cannot be used, for the widget to show; null while usable. */
  message: string | null;
  expiresAt: string | null;
}

/** Personal interview links: one candidate, one template, one interview. */
export interface InvitationService {
  /** Makes a link; the `token` (128 random bits) is returned only here and stored hashed. */
  /**
   * With `publicUrl` (where candidates open the widget) the result carries the link,
   * `<publicUrl>/?invitation=<token>`; with `sendEmail` as well, the link is emailed to the
   * candidate through the invite outbox (queued in the same transaction, sent once, retried).
   */
  create(options: {
    templateId: string;
    candidateName: string;
    candidateEmail: string;
    expiresAt?: string | null;
    publicUrl?: string;
    sendEmail?: boolean;
  }): Promise<{ invitation: InvitationView; token: string; url: string | null }>;
  /** One invitation, or null for an unknown id. */
  get(options: { id: string }): Promise<InvitationView | null>;
  /** Newest first; `status` filters on the effective status. */
  list(options?: { templateId?: string; status?: InvitationStatus }): Promise<InvitationView[]>;
  /** Revokes a link not yet completed (`ConflictError` once completed). Idempotent. */
  revoke(options: { id: string }): Promise<InvitationView>;
  /** Looks a token up for the candidate's page and marks a fresh link `opened`. `NotFoundError` for an unknown token. */
  lookup(options: { token: string }): Promise<InvitationLookup>;
}

export type { Invitation, InterviewTemplate };
