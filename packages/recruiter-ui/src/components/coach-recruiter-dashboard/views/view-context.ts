import type { CoachSchemas } from '@coach/client';
import type { DashboardController } from '../../../controllers/dashboard-controller.js';
import type { DashboardStrings } from '../../../strings.js';

/** An operation waiting for the recruiter's confirmation. */
export type PendingAction = { kind: 'decision'; decision: CoachSchemas['Decision'] } | { kind: 'delete' };

/** What every view of the dashboard renders from. */
export interface ViewContext {
  strings: DashboardStrings;
  /** The language dates are formatted in (undefined: the browser's). */
  lang: string | undefined;
  /** The week the statistics end with. */
  now: Date;
  controller: DashboardController;
  pendingAction: PendingAction | null;
  openReport(id: string): void;
  changePage(direction: 'previous' | 'next'): void;
  closeReport(): void;
  /** Closes the report and lists the reports of one interview template. */
  showTemplateReports(templateId: string): void;
  requestAction(action: PendingAction): void | Promise<void>;
  confirmAction(): void;
  /** Reloads the open report to see whether a queued invite went out. */
  checkInvite(): void;
  cancelAction(): void;
}
