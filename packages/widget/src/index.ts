/**
 * `@coach/widget`: the Coach candidate flow as the `<coach-interview>` web component.
 * Importing this entry registers nothing; import `@coach/widget/coach-interview.js` (or load
 * the bundle) to define the element.
 */
export { CoachInterview, type CoachTheme } from './components/coach-interview/coach-interview.component.js';
export { defaultStrings, formatString, resolveStrings, type CoachStrings, type CoachStringKey } from './strings.js';
export type {
  CoachAnswerEvaluateDetail,
  CoachAnswerEvaluateEvent,
  CoachErrorDetail,
  CoachErrorEvent,
  CoachInterviewEventDetails,
  CoachQuestionShowDetail,
  CoachQuestionShowEvent,
  CoachSessionCompleteDetail,
  CoachSessionCompleteEvent,
  CoachSessionStartDetail,
  CoachSessionStartEvent,
} from './events/index.js';
export type { VoiceSource } from './controllers/audio-controller.js';
export { coachTheme } from './themes/coach-theme.js';
export { lightTokens, darkTokens, sharedTokens, type CoachThemeTokens } from './themes/theme-tokens.js';
