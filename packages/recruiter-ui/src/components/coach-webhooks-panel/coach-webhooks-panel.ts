import { CoachWebhooksPanel } from './coach-webhooks-panel.component.js';

export { CoachWebhooksPanel, defaultWebhooksStrings, type WebhooksStrings } from './coach-webhooks-panel.component.js';

/** The tag name `<coach-webhooks-panel>` is registered under. */
export const COACH_WEBHOOKS_PANEL_TAG = 'coach-webhooks-panel';

if (!customElements.get(COACH_WEBHOOKS_PANEL_TAG)) {
  // A literal tag name, so that the custom elements manifest can read it.
  customElements.define('coach-webhooks-panel', CoachWebhooksPanel);
}

declare global {
  interface HTMLElementTagNameMap {
    'coach-webhooks-panel': CoachWebhooksPanel;
  }
}
