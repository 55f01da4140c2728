/**
 * Where a personal interview link is: `created` (sent), `opened` (the widget looked it up),
 * `started` (an interview began with it), `completed` (its report exists), `revoked` by a
 * recruiter, or `expired` (past `expiresAt` before it was completed; computed, never stored).
 */
export type InvitationStatus = 'created' | 'opened' | 'started' | 'completed' | 'expired' | 'revoked';

/** A personal link that sends one candidate to one interview template, usable for one interview. */
export interface Invitation {
  id: string;
  templateId: string;
  candidateName: string;
  candidateEmail: string;
  /** SHA-256 of the token (the token itself is shown once, at creation, and never stored). */
  tokenHash: string;
  /** The stored status; `expired` is derived from `expiresAt` by the service. */
  status: Exclude<InvitationStatus, 'expired'>;
  expiresAt: string | null;
  sessionId: string | null;
  reportId: string | null;
  /** Optimistic-concurrency version: of concurrent starts with one link, exactly one wins. */
  version: number;
  createdAt: string;
  updatedAt: string;
}
