/** An interview a candidate can choose (the original system's "demo"). */
export interface InterviewTemplate {
  /** A stable slug, e.g. `software-engineer`. */
  id: string;
  title: string;
  description: string;
  /** A role family to focus on (see the offline taxonomy), or null to detect it from the resume. */
  roleFocus: string | null;
  behavioralQuestions: number;
  technicalQuestions: number;
  /** Whether the widget offers the DSA round by default after the questions. */
  includeDsa: boolean;
  createdAt: string;
  updatedAt: string;
}
