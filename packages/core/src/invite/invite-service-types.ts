import type { Invite } from '../domain/index.js';

export interface ProcessInvitesResult {
  sent: number;
  retried: number;
  failed: number;
}

/** The invite outbox: drafting, sending and retrying invites. */
export interface InviteService {
  /** Sends due invites (claimed so that several processes never send one twice). */
  processQueue(options?: { limit?: number }): Promise<ProcessInvitesResult>;
  /** Tries to send one invite now; returns it with its new status. */
  sendNow(options: { inviteId: string }): Promise<Invite>;
}
