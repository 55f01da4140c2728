/**
 * Every text the dashboard shows, in English. A host translates any of them through the
 * `strings` property; `{name}`-style slots are filled in by the dashboard.
 */
export const defaultStrings = {
  statistics: 'Statistics',
  total: 'Candidates',
  average: 'Average score',
  pending: 'Pending',
  accepted: 'Accepted',
  declined: 'Declined',
  distribution: 'Score distribution',
  perWeek: 'Candidates per week',
  distributionAxis: 'Reports per whole score, from 0 to 10',
  perWeekAxis: 'Reports per week, by the Monday the week starts on, the last 12 weeks',
  reportsCount: '{count} reports',
  filters: 'Filter candidates',
  search: 'Search',
  searchHint: 'Name, email or role',
  decision: 'Decision',
  anyDecision: 'Any decision',
  role: 'Role',
  anyRole: 'Any role',
  minScore: 'Minimum score',
  sort: 'Sort by',
  newest: 'Newest first',
  highestScore: 'Highest score first',
  clearFilters: 'Clear filters',
  listCaption: 'Candidates, page {page}',
  candidate: 'Candidate',
  score: 'Score',
  date: 'Date',
  openReport: 'Open the report of {name}',
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {page}',
  noReports: 'No candidates match these filters.',
  noReportsYet: 'No reports yet. They appear here when candidates finish an interview.',
  loading: 'Loading…',
  saving: 'Saving…',
  back: 'Back to the list',
  accept: 'Accept',
  decline: 'Decline',
  resetPending: 'Reset to pending',
  delete: 'Delete',
  cancel: 'Cancel',
  confirmAcceptTitle: 'Accept {name}?',
  confirmAccept: 'An invite with the meeting link is emailed to {email} right away. A sent email cannot be recalled.',
  confirmAcceptBlocked: 'The decision is saved, but no email to {email} goes out now: {reason}',
  confirmAcceptBlockedButton: 'Accept and queue the invite',
  checkingInvite: 'Checking whether the invite can be sent…',
  confirmAcceptAgain: 'The candidate was accepted before; an invite already sent is not sent twice.',
  confirmDeclineTitle: 'Decline {name}?',
  confirmDecline: 'No email is sent. You can reset the decision later.',
  confirmPendingTitle: 'Set {name} back to pending?',
  confirmPending: 'An invite that was already sent is not recalled.',
  confirmDeleteTitle: 'Delete the report of {name}?',
  confirmDelete: 'This erases the report and the candidate’s interview data for good.',
  confirmAcceptButton: 'Accept and send invite',
  confirmDeclineButton: 'Decline',
  confirmPendingButton: 'Reset to pending',
  confirmDeleteButton: 'Delete for good',
  overall: 'Overall',
  behavioral: 'Behavioral',
  technical: 'Technical',
  dsa: 'DSA',
  outOfTen: 'out of 10',
  scores: 'Scores',
  summary: 'Summary',
  strengths: 'Strengths',
  improvements: 'Concerns',
  questions: 'Transcript',
  questionNumber: 'Question {number}',
  answer: 'Answer',
  noAnswer: 'No answer.',
  feedback: 'Feedback',
  evidence: 'Evidence from the answer',
  insufficientEvidence: 'The answer gave too little evidence for a confident score.',
  dsaRound: 'DSA round: {title}',
  problem: 'Problem',
  evaluation: 'Evaluation',
  approach: 'Approach',
  complexity: 'Time complexity',
  conversation: 'Conversation',
  codeRound: 'Code',
  codeLanguage: 'Language',
  codeTests: 'Tests',
  codeTestsPassed: '{passed} of {total} passed',
  codeSubmissions: 'Submissions',
  codeError: 'The code stopped with an error.',
  codeTimeout: 'The code ran out of time.',
  codeMemoryLimit: 'The code ran out of memory.',
  codeSubmitted: 'Submitted code',
  candidateSpeaker: 'Candidate',
  interviewerSpeaker: 'Interviewer',
  resume: 'Résumé summary',
  reportRole: 'Role',
  reportTemplate: 'Interview',
  feedbackForCandidate: 'Feedback given to the candidate',
  history: 'Decision history',
  noHistory: 'No decision has been made yet.',
  historyEntry: '{from} → {to} by {actor}',
  actorSecretKey: 'the secret key holder',
  generatedBy: 'Scored by {models}',
  invite: 'Invite',
  inviteSent: 'Invite sent to {email} on {date}.',
  inviteSending: 'The invite to {email} is being sent right now.',
  inviteQueued: 'The invite to {email} is queued; it will be sent at {date}.',
  inviteRetrying: 'Sending the invite to {email} failed ({error}); it will be retried at {date}.',
  inviteBlocked: 'The invite to {email} cannot be sent yet. {reason}',
  inviteFailed: 'Sending the invite to {email} failed after {attempts} attempts ({error}); it will not be retried.',
  checkAgain: 'Check again',
  decisionSaved: 'Decision saved: {decision}.',
  actions: 'Decision',
  deleted: 'The report of {name} was deleted.',
  signedOut: 'Sign in to see candidates.',
  retry: 'Try again',
  dismiss: 'Dismiss',
  sessionExpired: 'Your sign-in has expired. Sign in again to continue.',
} as const;

/** The keys of the dashboard's strings. */
export type DashboardStringKey = keyof typeof defaultStrings;

/** The dashboard's strings, as the `strings` property takes them. */
export type DashboardStrings = Record<DashboardStringKey, string>;

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The defaults overridden by a host's (partial) translation. Only the dashboard's own keys with
 * string values are taken: a stray value from an untyped host never reaches the page.
 */
export function resolveStrings(overrides: Partial<DashboardStrings> | null | undefined): DashboardStrings {
  const translated = Object.entries(overrides ?? {}).filter(([key, value]) => own(defaultStrings, key) && typeof value === 'string');
  return { ...defaultStrings, ...Object.fromEntries(translated) } as DashboardStrings;
}

/** Fills `{name}`-style slots; a slot without a value stays as written. */
export function formatString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => (own(values, key) ? String(values[key]) : slot));
}
