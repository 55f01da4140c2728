import type { Decision } from '../api/recruiter-types.js';

/** `coach-report-open`: a recruiter opened a report. */
export interface CoachReportOpenDetail {
  reportId: string;
}
/** `coach-decision-change`: a recruiter's decision was saved. */
export interface CoachDecisionChangeDetail {
  reportId: string;
  decision: Decision;
  previous: Decision;
  emailSent: boolean;
  emailMessage: string;
}
/** `coach-report-delete`: a report (and the candidate's data) was erased. */
export interface CoachReportDeleteDetail {
  reportId: string;
}
/** `coach-error`: an operation failed. */
export interface CoachErrorDetail {
  code: string;
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-report-open': CustomEvent<CoachReportOpenDetail>;
    'coach-decision-change': CustomEvent<CoachDecisionChangeDetail>;
    'coach-report-delete': CustomEvent<CoachReportDeleteDetail>;
  }
}

/** Creates a bubbling, composed Coach event. */
export function coachEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
}
