// `coach-error` is shared with `<coach-interview>`: one detail type, declared by @coach/client.
import type { CoachErrorDetail, CoachErrorEvent } from '@coach/client';
import type { CoachDecisionChangeDetail, CoachDecisionChangeEvent } from './coach-decision-change.js';
import type { CoachReportDeleteDetail, CoachReportDeleteEvent } from './coach-report-delete.js';
import type { CoachReportOpenDetail, CoachReportOpenEvent } from './coach-report-open.js';

export type {
  CoachDecisionChangeDetail,
  CoachDecisionChangeEvent,
  CoachErrorDetail,
  CoachErrorEvent,
  CoachReportDeleteDetail,
  CoachReportDeleteEvent,
  CoachReportOpenDetail,
  CoachReportOpenEvent,
};

/** Every event `<coach-recruiter-dashboard>` dispatches, by name, with its detail type. */
export interface CoachRecruiterDashboardEventDetails {
  'coach-report-open': CoachReportOpenDetail;
  'coach-decision-change': CoachDecisionChangeDetail;
  'coach-report-delete': CoachReportDeleteDetail;
  'coach-error': CoachErrorDetail;
}
