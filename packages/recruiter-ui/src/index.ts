/**
 * `@coach/recruiter-ui`: Coach reports, statistics and decisions as the
 * `<coach-recruiter-dashboard>` web component. Importing this entry registers nothing; import
 * `@coach/recruiter-ui/coach-recruiter-dashboard.js` (or load the bundle) to define the element.
 */
export {
  CoachRecruiterDashboard,
  type CoachTheme,
  type GetRecruiterToken,
} from './components/coach-recruiter-dashboard/coach-recruiter-dashboard.component.js';
export { createRecruiterClient, type RecruiterClientOptions } from './api/recruiter-client.js';
export { createTokenSource, type TokenSource, type TokenSourceOptions } from './api/token-source.js';
// The dashboard speaks the API through @coach/client: its client, error and the server's schemas (snake_case).
export { CoachClientError, type CoachClient, type CoachSchemas, type ListReportsQuery } from '@coach/client';
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
