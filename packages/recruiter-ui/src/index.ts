/**
 * `@coach/recruiter-ui`: Coach reports, statistics and decisions as the
 * `<coach-recruiter-dashboard>` web component. Importing this entry registers nothing; import
 * `@coach/recruiter-ui/coach-recruiter-dashboard.js` (or load the bundle) to define the element.
 */
export { CoachRecruiterDashboard, type CoachTheme, type GetRecruiterToken } from './components/coach-recruiter-dashboard/coach-recruiter-dashboard.component.js';
export { createRecruiterClient } from './api/recruiter-client.js';
export type { RecruiterClient, RecruiterClientOptions, RecruiterRequestOptions } from './api/recruiter-client.js';
export { RecruiterApiError, type RecruiterApiErrorOptions } from './api/recruiter-api-error.js';
export { createTokenSource, type TokenSource, type TokenSourceOptions } from './api/token-source.js';
export type {
  Decision,
  DecisionChange,
  DecisionResult,
  DsaMessage,
  InviteStatus,
  Provenance,
  ReportDetails,
  ReportDsa,
  ReportPage,
  ReportQuery,
  ReportQuestion,
  ReportRow,
  ReportSort,
  Statistics,
} from './api/recruiter-types.js';
export type {
  CoachDecisionChangeDetail,
  CoachDecisionChangeEvent,
  CoachErrorDetail,
  CoachErrorEvent,
  CoachRecruiterDashboardEventDetails,
  CoachReportDeleteDetail,
  CoachReportDeleteEvent,
  CoachReportOpenDetail,
  CoachReportOpenEvent,
} from './events/index.js';
export { defaultStrings, formatString, resolveStrings, type DashboardStrings, type DashboardStringKey } from './strings.js';
export { coachTheme, lightTokens, darkTokens, sharedTokens, type CoachThemeTokens } from '@coach/widget/themes';
