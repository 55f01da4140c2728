/** Detail of `coach-report-open`: the recruiter opened a report. */
export interface CoachReportOpenDetail {
  reportId: string;
}

export type CoachReportOpenEvent = CustomEvent<CoachReportOpenDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-report-open': CoachReportOpenEvent;
  }
}
