import type { CoachSchemas } from '@coach/client';

/** Detail of `coach-decision-change`: the server saved a recruiter's decision. */
export interface CoachDecisionChangeDetail {
  reportId: string;
  decision: CoachSchemas['Decision'];
  /** The decision before this change. */
  previous: CoachSchemas['Decision'];
  /** Whether the invite has been handed to the mail server. */
  emailSent: boolean;
  /** What happened to the invite, as the dashboard shows it. */
  emailMessage: string;
  /** The invite's state after the decision: `sent`, `queued` (retried), `failed`, or null when there is none. */
  inviteStatus: CoachSchemas['InviteStatus']['status'] | null;
}

export type CoachDecisionChangeEvent = CustomEvent<CoachDecisionChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-decision-change': CoachDecisionChangeEvent;
  }
}
