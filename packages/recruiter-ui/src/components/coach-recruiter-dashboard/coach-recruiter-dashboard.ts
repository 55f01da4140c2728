import { CoachRecruiterDashboard } from './coach-recruiter-dashboard.component.js';

export { CoachRecruiterDashboard } from './coach-recruiter-dashboard.component.js';
export type { CoachTheme, GetRecruiterToken } from './coach-recruiter-dashboard.component.js';
// Re-exported so that importing only this entry also brings the typed `coach-*` events.
export type * from '../../events/index.js';

/** The tag name `<coach-recruiter-dashboard>` is registered under. */
export const COACH_RECRUITER_DASHBOARD_TAG = 'coach-recruiter-dashboard';

const existing = customElements.get(COACH_RECRUITER_DASHBOARD_TAG) as (CustomElementConstructor & { version?: string }) | undefined;
if (!existing) {
  // A literal tag name, so that the custom elements manifest can read it.
  customElements.define('coach-recruiter-dashboard', CoachRecruiterDashboard);
} else if (existing !== CoachRecruiterDashboard && existing.version !== CoachRecruiterDashboard.version) {
  // Two copies on one page (e.g. the bundle and an npm build): the first one registered wins.
  console.warn(
    `<${COACH_RECRUITER_DASHBOARD_TAG}> is already defined by version ${existing.version ?? 'unknown'}; version ${CoachRecruiterDashboard.version} was not registered.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'coach-recruiter-dashboard': CoachRecruiterDashboard;
  }
}
