import type { CoachClient, CoachSchemas } from '@coach/client';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { createTokenSource } from '../../api/token-source.js';
import { PanelRequests } from '../../internal/panel-requests.js';
import { coachTheme } from '@coach/widget/themes';
import { coachWebhooksPanelStyles } from './coach-webhooks-panel.styles.js';

type Endpoint = CoachSchemas['WebhookEndpoint'];
type Delivery = CoachSchemas['WebhookDelivery'];
type EventType = CoachSchemas['WebhookEventType'];

/** The events a recruiter can pick, in the order shown. */
const EVENT_TYPES: readonly EventType[] = [
  'interview.completed',
  'report.decision_changed',
  'report.deleted',
  'invite.sent',
  'invite.failed',
  'invitation.completed',
];

/** Every text the panel shows, in English; a host translates any of them through `strings`. */
export const defaultWebhooksStrings = {
  addTitle: 'Add a webhook endpoint',
  url: 'URL (https://…)',
  description: 'Description (optional)',
  events: 'Events to send',
  add: 'Add endpoint',
  secretTitle: 'Signing secret',
  secretNote: 'Copy it now: it is shown only once. Receivers verify each request with it (Standard Webhooks).',
  copy: 'Copy',
  copied: 'Copied',
  endpoints: 'Endpoints',
  noEndpoints: 'No webhook endpoints yet.',
  enabled: 'Enabled',
  disabled: 'Disabled',
  enable: 'Enable',
  disable: 'Disable',
  sendTest: 'Send test event',
  showDeliveries: 'Recent deliveries',
  remove: 'Delete',
  confirmRemove: 'Delete for good',
  deliveriesOf: 'Deliveries to {url}',
  noDeliveries: 'Nothing sent yet.',
  attempts: '{count} attempts',
  resend: 'Resend',
  refresh: 'Refresh',
  more: 'Older deliveries',
  loading: 'Loading…',
  pickEvent: 'Pick at least one event.',
};

/** The panel's texts. */
export type WebhooksStrings = typeof defaultWebhooksStrings;

/**
 * Webhook endpoints for recruiters: add one (its signing secret is shown once, with a copy
 * button), pick its events, enable or disable it, send a test event, and see its recent
 * deliveries with their status and attempts and a Resend button. Talks to the Coach server
 * through `@coach/client` with a recruiter token, like the dashboard it sits in.
 *
 * @summary Webhook endpoints and their deliveries.
 *
 * @event {CustomEvent<CoachErrorDetail>} coach-error - A request failed; the detail has the code and the message shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart add-form - The form that adds an endpoint.
 * @csspart url-input - The URL field.
 * @csspart description-input - The description field.
 * @csspart event-option - Each event checkbox (with `data-event`).
 * @csspart add-button - Adds the endpoint.
 * @csspart secret - The new endpoint's secret, shown once.
 * @csspart copy-button - Copies the secret.
 * @csspart endpoint - One endpoint (with `data-endpoint-id`).
 * @csspart endpoint-status - Enabled or disabled (with the reason).
 * @csspart toggle-button - Enables or disables an endpoint.
 * @csspart test-button - Sends a `webhook.test` event.
 * @csspart deliveries-button - Shows the endpoint's deliveries.
 * @csspart delete-button - Deletes the endpoint (asks once more).
 * @csspart deliveries - The deliveries of the chosen endpoint.
 * @csspart delivery - One delivery (with `data-status`).
 * @csspart resend-button - Sends a delivery again.
 * @csspart more-button - Loads older deliveries.
 * @csspart error - The error message.
 */
export class CoachWebhooksPanel extends LitElement {
  static override styles = [coachTheme, coachWebhooksPanelStyles];

  private readonly tokens = createTokenSource({ token: () => this.token, getToken: () => this.getToken });
  private readonly requests = new PanelRequests({
    host: this,
    apiBase: () => this.apiBase,
    tokens: this.tokens,
    onState: (busy, error) => {
      this.busy = busy;
      this.error = error;
    },
  });

  @state() private endpoints: Endpoint[] = [];
  @state() private loaded = false;
  @state() private busy = false;
  @state() private error: string | null = null;
  @state() private secret: { endpointId: string; value: string; copied: boolean } | null = null;
  @state() private selectedId: string | null = null;
  @state() private deliveries: Delivery[] = [];
  @state() private nextCursor: string | null = null;
  @state() private confirmDeleteId: string | null = null;
  @state() private picked: Set<EventType> = new Set(['interview.completed']);

  /** Origin of the Coach server. Default: this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** A short-lived recruiter token from `POST /api/recruiter-tokens/`. */
  @property({ attribute: false }) token: string | null = null;

  /** Called for a token when none is set, and again when the server answers 401. */
  @property({ attribute: false }) getToken: (() => string | null | Promise<string | null>) | null = null;

  /** Translations of any of the panel's texts. */
  @property({ attribute: false }) strings: Partial<WebhooksStrings> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('token') || changed.has('getToken') || changed.has('apiBase')) && this.tokens.available && !this.busy) void this.load();
  }

  private get text(): WebhooksStrings {
    return { ...defaultWebhooksStrings, ...this.strings };
  }

  private run<T>(work: (client: CoachClient) => Promise<T>): Promise<T | undefined> {
    return this.requests.run(work);
  }

  private async load(): Promise<void> {
    const list = await this.run((client) => client.GET('/api/webhooks/'));
    if (list) {
      this.endpoints = list.endpoints;
      this.loaded = true;
    }
  }

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    if (this.picked.size === 0) {
      this.error = this.text.pickEvent;
      return;
    }
    const description = String(data.get('description') ?? '').trim();
    const created = await this.run((client) =>
      client.POST('/api/webhooks/', { body: { url: String(data.get('url') ?? '').trim(), events: [...this.picked], ...(description ? { description } : {}) } }),
    );
    if (!created) return;
    const { secret, ...endpoint } = created;
    this.secret = { endpointId: endpoint.id, value: secret, copied: false };
    this.endpoints = [...this.endpoints, endpoint];
    // The form starts over: text fields emptied, the events back to the default choice.
    form.reset();
    this.picked = new Set(['interview.completed']);
  }

  private async copySecret(): Promise<void> {
    if (!this.secret) return;
    try {
      await navigator.clipboard.writeText(this.secret.value);
      this.secret = { ...this.secret, copied: true };
    } catch {
      // Without clipboard access the secret stays on screen to be copied by hand.
    }
  }

  private async toggle(endpoint: Endpoint): Promise<void> {
    const updated = await this.run((client) =>
      client.PATCH('/api/webhooks/{id}/', { params: { path: { id: endpoint.id } }, body: { enabled: !endpoint.enabled } }),
    );
    if (updated) this.replace(updated);
  }

  private replace(updated: Endpoint & { secret?: unknown }): void {
    const { secret: _secret, ...endpoint } = updated;
    this.endpoints = this.endpoints.map((each) => (each.id === endpoint.id ? endpoint : each));
  }

  private async sendTest(endpoint: Endpoint): Promise<void> {
    const queued = await this.run((client) => client.POST('/api/webhooks/{id}/test/', { params: { path: { id: endpoint.id } } }));
    if (queued && this.selectedId === endpoint.id) this.deliveries = [queued, ...this.deliveries];
  }

  private async deleteEndpoint(endpoint: Endpoint): Promise<void> {
    if (this.confirmDeleteId !== endpoint.id) {
      this.confirmDeleteId = endpoint.id;
      return;
    }
    this.confirmDeleteId = null;
    const done = await this.run(async (client) => {
      await client.DELETE('/api/webhooks/{id}/', { params: { path: { id: endpoint.id } }, parseAs: 'text' } as never);
      return true;
    });
    if (!done) return;
    this.endpoints = this.endpoints.filter((each) => each.id !== endpoint.id);
    if (this.selectedId === endpoint.id) this.selectedId = null;
    if (this.secret?.endpointId === endpoint.id) this.secret = null;
  }

  private async showDeliveries(endpointId: string, cursor: string | null = null): Promise<void> {
    const page = await this.run((client) =>
      client.GET('/api/webhooks/{id}/deliveries/', { params: { path: { id: endpointId }, query: { limit: 20, ...(cursor ? { cursor } : {}) } } }),
    );
    if (!page) return;
    this.selectedId = endpointId;
    this.deliveries = cursor ? [...this.deliveries, ...page.deliveries] : page.deliveries;
    this.nextCursor = page.next_cursor;
  }

  private async resend(delivery: Delivery): Promise<void> {
    const endpointId = this.selectedId;
    if (!endpointId) return;
    const queued = await this.run((client) =>
      client.POST('/api/webhooks/{id}/deliveries/{delivery_id}/retry/', { params: { path: { id: endpointId, delivery_id: delivery.id } } }),
    );
    if (queued) this.deliveries = this.deliveries.map((each) => (each.id === delivery.id ? { ...each, ...queued, attempt_log: each.attempt_log } : each));
  }

  private togglePick(type: EventType, checked: boolean): void {
    const next = new Set(this.picked);
    if (checked) next.add(type);
    else next.delete(type);
    this.picked = next;
  }

  /** Reloads the endpoints (and the deliveries shown). */
  async refresh(): Promise<void> {
    await this.load();
    if (this.selectedId) await this.showDeliveries(this.selectedId);
  }

  private renderForm(t: WebhooksStrings): TemplateResult {
    return html`<form class="section" part="add-form" @submit=${(event: SubmitEvent) => void this.add(event)}>
      <h3>${t.addTitle}</h3>
      <label>${t.url}
        <input part="url-input" name="url" type="url" required maxlength="2000" autocomplete="off" placeholder="https://ats.example.com/coach" />
      </label>
      <label>${t.description}
        <input part="description-input" name="description" maxlength="500" autocomplete="off" />
      </label>
      <fieldset >
        <legend>${t.events}</legend>
        ${EVENT_TYPES.map(
          (type) => html`<label><input part="event-option" type="checkbox" data-event=${type} .checked=${live(this.picked.has(type))}
            @change=${(event: Event) => this.togglePick(type, (event.target as HTMLInputElement).checked)} /> <code>${type}</code></label>`,
        )}
      </fieldset>
      <button part="button add-button" class="primary" type="submit" ?disabled=${this.busy}>${t.add}</button>
    </form>`;
  }

  private renderSecret(t: WebhooksStrings): TemplateResult | typeof nothing {
    if (!this.secret) return nothing;
    return html`<div class="section" part="secret" role="status">
      <h3>${t.secretTitle}</h3>
      <p ><code>${this.secret.value}</code>
        <button part="button copy-button" type="button" @click=${() => void this.copySecret()}>${this.secret.copied ? t.copied : t.copy}</button>
      </p>
      <p class="muted">${t.secretNote}</p>
    </div>`;
  }

  private renderEndpoint(t: WebhooksStrings, endpoint: Endpoint): TemplateResult {
    return html`<li part="endpoint" data-endpoint-id=${endpoint.id}>
      <span class="url">${endpoint.url}${endpoint.description ? html` <span class="muted">— ${endpoint.description}</span>` : nothing}
        <br /><span class="muted">${endpoint.events.join(', ')}</span></span>
      <span part="endpoint-status" data-enabled=${String(endpoint.enabled)}
        >${endpoint.enabled ? t.enabled : t.disabled}${endpoint.disabled_reason ? html` (${endpoint.disabled_reason})` : nothing}</span>
      <button part="button toggle-button" type="button" ?disabled=${this.busy} @click=${() => void this.toggle(endpoint)}
        >${endpoint.enabled ? t.disable : t.enable}</button>
      <button part="button test-button" type="button" ?disabled=${this.busy} @click=${() => void this.sendTest(endpoint)}>${t.sendTest}</button>
      <button part="button deliveries-button" type="button" ?disabled=${this.busy}
        @click=${() => void this.showDeliveries(endpoint.id)}>${t.showDeliveries}</button>
      <button part="button delete-button" type="button" ?disabled=${this.busy} @click=${() => void this.deleteEndpoint(endpoint)}
        >${this.confirmDeleteId === endpoint.id ? t.confirmRemove : t.remove}</button>
    </li>`;
  }

  private renderDeliveries(t: WebhooksStrings): TemplateResult | typeof nothing {
    const endpoint = this.endpoints.find((each) => each.id === this.selectedId);
    if (!endpoint) return nothing;
    return html`<section class="section" part="deliveries" aria-label=${t.deliveriesOf.replace('{url}', endpoint.url)}>
      <h3>${t.deliveriesOf.replace('{url}', endpoint.url)}</h3>
      <button part="button refresh-button" type="button" ?disabled=${this.busy} @click=${() => void this.showDeliveries(endpoint.id)}>${t.refresh}</button>
      ${this.deliveries.length === 0 ? html`<p class="muted">${t.noDeliveries}</p>` : nothing}
      <ul >
        ${this.deliveries.map((delivery) => {
          const last = delivery.attempt_log.at(-1);
          return html`<li part="delivery" data-status=${delivery.status} data-delivery-id=${delivery.id}>
            <code>${delivery.event_type}</code>
            <span data-status=${delivery.status}>${delivery.status}</span>
            <span class="muted">${t.attempts.replace('{count}', String(delivery.attempts))}${
              last ? html` · ${last.status_code ?? last.error ?? ''} · ${last.duration_ms} ms` : nothing
            }</span>
            <span class="muted">${new Date(delivery.created_at).toLocaleString()}</span>
            <button part="button resend-button" type="button" ?disabled=${this.busy || delivery.status === 'sending'}
              @click=${() => void this.resend(delivery)}>${t.resend}</button>
          </li>`;
        })}
      </ul>
      ${
        this.nextCursor
          ? html`<button part="button more-button" type="button" ?disabled=${this.busy}
            @click=${() => void this.showDeliveries(endpoint.id, this.nextCursor)}>${t.more}</button>`
          : nothing
      }
    </section>`;
  }

  override render(): TemplateResult {
    const t = this.text;
    return html`<div part="base" aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.error ? html`<p class="error" part="error" role="alert">${this.error}</p>` : nothing}
      ${this.renderForm(t)}
      ${this.renderSecret(t)}
      <section class="section">
        <h3>${t.endpoints}</h3>
        ${!this.loaded ? html`<p class="muted">${t.loading}</p>` : this.endpoints.length === 0 ? html`<p class="muted">${t.noEndpoints}</p>` : nothing}
        <ul >${this.endpoints.map((endpoint) => this.renderEndpoint(t, endpoint))}</ul>
      </section>
      ${this.renderDeliveries(t)}
    </div>`;
  }
}
