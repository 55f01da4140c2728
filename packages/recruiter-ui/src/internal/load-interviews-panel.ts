declare const __COACH_SELF_CONTAINED_BUNDLE__: boolean | undefined;

/** Where the self-contained dashboard bundle finds the panel: the file beside it, as the server serves it. */
export const INTERVIEWS_PANEL_BUNDLE_FILE = 'coach-interviews-panel.js';

/**
 * Defines `<coach-interviews-panel>` (the Interviews and Invitations views) on first use, like
 * the webhooks panel: kept out of the dashboard's own code and size budget.
 */
export function loadInterviewsPanel(): Promise<unknown> {
  if (typeof __COACH_SELF_CONTAINED_BUNDLE__ === 'boolean' && __COACH_SELF_CONTAINED_BUNDLE__) {
    return import(/* @vite-ignore */ new URL(`./${INTERVIEWS_PANEL_BUNDLE_FILE}`, import.meta.url).href);
  }
  return import('../components/coach-interviews-panel/coach-interviews-panel.js');
}
