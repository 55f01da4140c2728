import { CoachInterviewsPanel } from './coach-interviews-panel.component.js';

export { CoachInterviewsPanel, defaultInterviewsStrings, type InterviewsStrings } from './coach-interviews-panel.component.js';

/** The tag name `<coach-interviews-panel>` is registered under. */
export const COACH_INTERVIEWS_PANEL_TAG = 'coach-interviews-panel';

if (!customElements.get(COACH_INTERVIEWS_PANEL_TAG)) {
  // A literal tag name, so that the custom elements manifest can read it.
  customElements.define('coach-interviews-panel', CoachInterviewsPanel);
}

declare global {
  interface HTMLElementTagNameMap {
    'coach-interviews-panel': CoachInterviewsPanel;
  }
}
