/**
 * Every piece of text `<coach-interview>` shows or announces, in one place so that a host
 * page can translate the widget: pass a partial object to the element's `strings` property.
 * `{name}` placeholders are filled in by {@link formatString}.
 */
export const defaultStrings = {
  widgetLabel: 'Interview practice',
  loading: 'Loading…',
  working: 'Working…',

  chooseHeading: 'Choose an interview',
  chooseIntro: 'Pick the interview you want to practise. You will upload your resume next.',
  chooseButton: 'Start',
  chooseButtonLabel: 'Start {title}',
  noInterviews: 'No interviews are available right now.',

  uploadHeading: 'Upload your resume',
  uploadIntro: 'Questions are tailored to your resume. PDF, DOCX, PNG or JPEG.',
  uploadDropzone: 'Drag and drop your resume here, or',
  uploadChoose: 'Choose a file',
  uploadSelected: 'Selected: {name} ({size})',
  uploadNoFile: 'No file selected.',
  uploadJobDescription: 'Job description (optional)',
  uploadJobDescriptionHint: 'Paste the job ad to get questions closer to the role.',
  uploadStart: 'Start the interview',
  uploadBack: 'Back to interviews',
  uploadSending: 'Uploading {percent}%',
  uploadProcessing: 'Reading your resume and preparing the first question…',
  uploadProgressLabel: 'Upload progress',
  uploadWrongType: 'This file type is not supported. Use a PDF, DOCX, PNG or JPEG file.',

  sessionRole: 'Role: {role}',
  questionProgress: 'Question {number} of {total}',
  questionKindBehavioral: 'Behavioral',
  questionKindTechnical: 'Technical',
  questionFollowUp: 'Follow-up to question {number}',
  questionAnnouncement: 'Question {number} of {total}: {text}',
  followUpAnnouncement: 'Follow-up to question {number}: {text}',
  answerLabel: 'Your answer',
  answerHint: 'Press Ctrl+Enter to submit.',
  answerSubmit: 'Submit answer',
  answerSubmitting: 'Evaluating your answer…',
  dictateStart: 'Dictate',
  dictateStop: 'Stop dictation',
  dictateListening: 'Listening…',
  muteButton: 'Mute questions',
  unmuteButton: 'Unmute questions',
  repeatQuestion: 'Read the question again',

  evaluationHeading: 'Evaluation',
  evaluationScore: 'Score: {score} / 10',
  evaluationAnnouncement: 'Evaluation: score {score} out of 10. {feedback}',
  evidenceHeading: 'From your answer',
  scoringHeading: 'How this was scored',
  strengthsHeading: 'Strengths',
  improvementsHeading: 'To improve',
  nextQuestion: 'Next question',
  finishQuestions: 'Continue',

  questionsDoneHeading: 'All questions answered',
  questionsDoneWithDsa: 'Next comes a short coding round: you write an algorithm in pseudocode or real code and discuss it with the interviewer.',
  questionsDoneWithoutDsa: 'That was the last question of this interview. Your report is ready.',
  startDsa: 'Start the DSA round',
  skipDsa: 'Skip to the report',
  seeReport: 'See my report',

  invitationFor: 'Interview for {title}, invited by {recruiter}',
  reportCode: '{language}: {passed} of {total} tests passed.',
  dsaHeading: 'DSA round',
  dsaExamples: 'Examples',
  dsaExampleInput: 'Input',
  dsaExampleOutput: 'Output',
  dsaExampleExplanation: 'Explanation',
  dsaLanguage: 'Write your answer in',
  dsaEditorLabel: 'Your pseudocode',
  dsaEditorHint: 'Tab indents and Shift+Tab outdents. Press Escape, then Tab, to leave the editor.',
  dsaSubmit: 'Submit pseudocode',
  codeEditorLabel: 'Your {language} solution',
  codeEditorHint:
    'Tab indents and Shift+Tab outdents; Escape, then Tab, leaves the editor. "Run examples" tries the examples; "Submit" runs every test, hidden ones too.',
  codeRun: 'Run examples',
  codeSubmit: 'Submit code',
  codeExamples: 'Examples: {passed} of {total} passed',
  codeAllTests: 'All tests: {passed} of {total} passed',
  codeCase: 'Test',
  codeExpected: 'Expected',
  codeGot: 'Got',
  codeTime: 'Time',
  codePassed: 'passed',
  codeFailed: 'failed',
  codeHidden: 'Hidden test:',
  codeError: 'Your code stopped with an error: {message}',
  codeTimeout: 'Your code ran out of time: a faster approach, or a loop that never ends, is the usual cause.',
  codeMemory: 'Your code used more memory than it may.',
  dsaConversation: 'Conversation',
  dsaReplyLabel: 'Your reply',
  dsaSend: 'Send reply',
  dsaDone: 'The interviewer has wrapped up the DSA round.',
  dsaFinish: 'Finish and see my report',
  dsaYou: 'You',
  dsaInterviewer: 'Interviewer',
  dsaScore: 'Score so far: {score} / 10',
  dsaAnnouncement: 'Interviewer: {text}',

  reportHeading: 'Your interview report',
  reportPreparing: 'Preparing your report…',
  reportOverall: 'Overall score',
  reportChartLabel: 'Scores out of 10',
  reportPartOverall: 'Overall',
  reportPartBehavioral: 'Behavioral',
  reportPartTechnical: 'Technical',
  reportPartDsa: 'DSA',
  reportSummary: 'Summary',
  reportQuestions: 'Question by question',
  reportQuestion: 'Question {number}',
  reportYourAnswer: 'Your answer',
  reportDsa: 'DSA round: {title}',
  reportApproach: 'Approach: {approach}',
  reportComplexity: 'Time complexity: {complexity}',
  reportId: 'Report reference: {id}',
  reportPrint: 'Print report',
  reportRestart: 'Start a new interview',
  reportAnnouncement: 'Your report is ready. Overall score {score} out of 10.',

  errorHeading: 'Something went wrong',
  retry: 'Try again',
  dismiss: 'Dismiss',
  errorNetwork: 'Could not reach the interview server. Check your connection; your text is kept, so you can try again.',
  errorFileTooLarge: 'This file is too large. Upload a smaller resume.',
  errorUnsupportedFileType: 'This file type is not supported. Use a PDF, DOCX, PNG or JPEG file.',
  errorUnreadableFile: 'This file could not be read. It may be empty, encrypted or a scan without text. Try another file.',
  errorRateLimited: 'Too many requests. Please wait a moment and try again.',
  errorRateLimitedSeconds: 'Too many requests. Please wait {seconds} seconds and try again.',
  errorNotConfigured: 'This feature is not available on this server.',
  errorServer: 'The interview server had a problem. Please try again in a moment.',
  errorNotFound: 'This interview session no longer exists. Start a new one.',
  errorInterviewNotFound: 'This interview is not available. Check the interview name or choose another one.',
  errorConflict: 'This step was already done. The interview has been brought up to date.',
  errorBadRequest: 'The request was not accepted: {message}',
  errorUnknown: 'Unexpected error: {message}',
} as const;

/** The keys of every UI string. */
export type CoachStringKey = keyof typeof defaultStrings;

/** All UI strings of `<coach-interview>`. */
export type CoachStrings = { [K in CoachStringKey]: string };

/** Fills `{name}` placeholders; unknown placeholders stay as written so a mistake is visible. */
export function formatString(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match));
}

/** Merges a host's overrides over the defaults, ignoring keys and values that are not strings. */
export function resolveStrings(overrides: Partial<CoachStrings> | null | undefined): CoachStrings {
  const strings: CoachStrings = { ...defaultStrings };
  if (!overrides) return strings;
  for (const key of Object.keys(defaultStrings) as CoachStringKey[]) {
    const value = overrides[key];
    if (typeof value === 'string') strings[key] = value;
  }
  return strings;
}
