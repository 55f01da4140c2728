import { CoachInterview } from './coach-interview.component.js';

export { CoachInterview } from './coach-interview.component.js';
export type { CoachTheme } from './coach-interview.component.js';
// Re-exported so that importing only this entry also brings the typed `coach-*` events.
export type * from '../../events/index.js';

/** The tag name `<coach-interview>` is registered under. */
export const COACH_INTERVIEW_TAG = 'coach-interview';

const existing = customElements.get(COACH_INTERVIEW_TAG) as (CustomElementConstructor & { version?: string }) | undefined;
if (!existing) {
  // A literal tag name, so that the custom elements manifest can read it.
  customElements.define('coach-interview', CoachInterview);
} else if (existing !== CoachInterview && existing.version !== CoachInterview.version) {
  // Two copies on one page (e.g. the bundle and an npm build): the first one registered wins.
  console.warn(
    `<${COACH_INTERVIEW_TAG}> is already defined by version ${existing.version ?? 'unknown'}; version ${CoachInterview.version} was not registered.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'coach-interview': CoachInterview;
  }
}
