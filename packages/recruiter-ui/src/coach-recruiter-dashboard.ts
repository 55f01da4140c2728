import { CoachRecruiterDashboard } from './components/coach-recruiter-dashboard/coach-recruiter-dashboard.component.js';

export { CoachRecruiterDashboard };

/** The package version, compared when the tag is already defined by another copy. */
export const VERSION = '0.1.0';
const TAG = 'coach-recruiter-dashboard';

const existing = customElements.get(TAG) as (CustomElementConstructor & { version?: string }) | undefined;
if (!existing) {
  (CoachRecruiterDashboard as unknown as { version: string }).version = VERSION;
  customElements.define(TAG, CoachRecruiterDashboard);
} else if (existing.version !== VERSION) {
  console.warn(`<${TAG}> is already defined by version ${existing.version ?? 'unknown'}; version ${VERSION} was not registered.`);
}

declare global {
  interface HTMLElementTagNameMap {
    'coach-recruiter-dashboard': CoachRecruiterDashboard;
  }
}
