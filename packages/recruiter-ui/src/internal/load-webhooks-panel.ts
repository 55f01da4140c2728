declare const __COACH_SELF_CONTAINED_BUNDLE__: boolean | undefined;

/** Where the self-contained dashboard bundle finds the panel: the file beside it, as the server serves it. */
export const WEBHOOKS_PANEL_BUNDLE_FILE = 'coach-webhooks-panel.js';

/**
 * Defines `<coach-webhooks-panel>` on first use: most visits never open the Webhooks view, so
 * it stays out of the dashboard's own code. From npm, a bundler splits it off; the
 * self-contained bundle loads its own panel bundle from beside itself (`/widget/` on the Coach
 * server), keeping the dashboard bundle within its size budget.
 */
export function loadWebhooksPanel(): Promise<unknown> {
  if (typeof __COACH_SELF_CONTAINED_BUNDLE__ === 'boolean' && __COACH_SELF_CONTAINED_BUNDLE__) {
    return import(/* @vite-ignore */ new URL(`./${WEBHOOKS_PANEL_BUNDLE_FILE}`, import.meta.url).href);
  }
  return import('../components/coach-webhooks-panel/coach-webhooks-panel.js');
}
