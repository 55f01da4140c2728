/** Detail of `coach-report-delete`: the server erased a report and the candidate's session data. */
export interface CoachReportDeleteDetail {
  reportId: string;
}

export type CoachReportDeleteEvent = CustomEvent<CoachReportDeleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-report-delete': CoachReportDeleteEvent;
  }
}
