// @coach/recruiter-ui: importing this module defines <coach-recruiter-dashboard>.
export { CoachRecruiterDashboard, VERSION } from './coach-recruiter-dashboard.js';
export { RecruiterClient, RecruiterApiError, type RecruiterClientOptions } from './api/recruiter-client.js';
export type * from './api/recruiter-types.js';
export type {
  CoachReportOpenDetail,
  CoachDecisionChangeDetail,
  CoachReportDeleteDetail,
  CoachErrorDetail,
} from './events/coach-recruiter-events.js';
export { DEFAULT_STRINGS, type DashboardStrings } from './strings.js';
