import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CoachClientError, coachErrorDetail, emitCoachEvent, type CoachClient, type CoachErrorDetail, type CoachSchemas } from '@coach/client';
import { createRecruiterClient } from '../../api/recruiter-client.js';
import { createTokenSource } from '../../api/token-source.js';
import { DashboardController } from '../../controllers/dashboard-controller.js';
import type { CoachRecruiterDashboardEventDetails } from '../../events/index.js';
import { loadWebhooksPanel } from '../../internal/load-webhooks-panel.js';
import { loadInterviewsPanel } from '../../internal/load-interviews-panel.js';
import { RECRUITER_UI_VERSION } from '../../internal/version.js';
import { resolveStrings, type DashboardStrings } from '../../strings.js';
import { coachTheme } from '@coach/widget/themes';
import { coachRecruiterDashboardStyles } from './coach-recruiter-dashboard.styles.js';
import { renderConfirmDialog } from './views/render-confirm-dialog.js';
import { renderList } from './views/render-list.js';
import { renderReport } from './views/render-report.js';
import { renderStatistics } from './views/render-statistics.js';
import type { PendingAction, ViewContext } from './views/view-context.js';

/** Colour scheme of the dashboard. */
export type CoachTheme = 'light' | 'dark' | 'auto';

/** Supplies a fresh recruiter token (e.g. minted by the host's backend). */
export type GetRecruiterToken = () => string | null | Promise<string | null>;

/** The dashboard's views: reports, the interviews and invitations panel, and webhooks. */
type Section = 'reports' | 'interviews' | 'invitations' | 'webhooks';

/**
 * Reports, statistics and decisions for recruiters: statistics and charts at the top, a
 * searchable, filterable, paginated list, and each report in full (answers, scores, feedback,
 * evidence, the DSA conversation, the resume summary and the decision history) with Accept,
 * Decline and Delete behind a confirmation. Everything is rendered as text.
 *
 * It authenticates with a short-lived recruiter token (`POST /api/recruiter-tokens/` on the
 * Coach server): set `token`, or `getToken`, which is called when there is no token and again
 * whenever the server answers 401 (the token expired). It never needs the secret key.
 *
 * @summary Recruiter dashboard for Coach reports: statistics, search, decisions and invites.
 *
 * @event {CustomEvent<CoachReportOpenDetail>} coach-report-open - The recruiter opened a report.
 * @event {CustomEvent<CoachDecisionChangeDetail>} coach-decision-change - A decision was saved; the detail says whether the invite was sent.
 * @event {CustomEvent<CoachReportDeleteDetail>} coach-report-delete - A report and the candidate's data were erased.
 * @event {CustomEvent<CoachErrorDetail>} coach-error - A request failed; the detail has the code and the message shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart nav - The switch between reports and webhooks.
 * @csspart nav-reports - Shows the reports.
 * @csspart nav-webhooks - Shows the webhook endpoints (`<coach-webhooks-panel>`, loaded on first use).
 * @csspart nav-interviews - Shows the hiring site's interviews (`<coach-interviews-panel>`, loaded on first use).
 * @csspart nav-invitations - Shows the personal interview links (the same panel).
 * @csspart interviews - The interviews and invitations panel.
 * @csspart webhooks - The webhooks panel.
 * @csspart button - Every button (combine with a specific part to target one).
 * @csspart error - The error message box.
 * @csspart retry-button - Repeats the request that failed.
 * @csspart dismiss-button - Closes the error or notice.
 * @csspart signed-out - The note shown while there is no token.
 * @csspart stats - The statistics section.
 * @csspart stat - Each figure (also `stat-total`, `stat-average`, `stat-pending`, `stat-accepted`, `stat-declined`).
 * @csspart chart - Each inline SVG chart (also `distribution-chart`, `weekly-chart`, `score-chart`).
 * @csspart filters - The search and filter form.
 * @csspart search - The search box.
 * @csspart decision-filter - The decision select.
 * @csspart role-filter - The role select.
 * @csspart min-score-filter - The minimum score input.
 * @csspart sort - The order select.
 * @csspart clear-filters-button - Resets search, filters and order.
 * @csspart table - The report table.
 * @csspart row - One report of the table.
 * @csspart open-button - The candidate's name, which opens the report.
 * @csspart score-cell - The score of a row.
 * @csspart badge - A decision badge (also `badge-pending`, `badge-accepted`, `badge-declined`).
 * @csspart empty - The row shown when no report matches.
 * @csspart pagination - The page controls.
 * @csspart previous-button - Goes to the previous page.
 * @csspart next-button - Goes to the next page.
 * @csspart page-number - "Page n".
 * @csspart notice - A status line after a decision or deletion (also `decision-notice`).
 * @csspart report - One report in full.
 * @csspart back-button - Returns to the list, on the same page.
 * @csspart report-heading - The candidate's name (focused when the report opens).
 * @csspart report-meta - Email, role and date.
 * @csspart report-origin - The interview (title, version) and personal link the report came from.
 * @csspart report-invitation - The personal link: whom it invited; `data-status` is its status.
 * @csspart report-overall - The overall score and decision.
 * @csspart actions - The decision and delete buttons.
 * @csspart accept-button - Accepts the candidate (after confirmation).
 * @csspart decline-button - Declines the candidate (after confirmation).
 * @csspart reset-button - Sets the decision back to pending (after confirmation).
 * @csspart delete-button - Deletes the report (after confirmation).
 * @csspart saving - The "saving" indicator.
 * @csspart invite - Where the stored invite stands (`data-status`: queued, sending, sent, failed).
 * @csspart check-invite-button - Reloads the report to see whether a queued invite went out.
 * @csspart report-summary - Summary, strengths and improvements.
 * @csspart report-strengths - The strengths list.
 * @csspart report-improvements - The improvements list.
 * @csspart report-questions - The list of questions and answers.
 * @csspart report-question - One question with its answer, score, feedback and evidence.
 * @csspart question-score - A question's score.
 * @csspart answer - A candidate's answer.
 * @csspart feedback - The feedback on an answer.
 * @csspart evidence - A quote from the answer that backs the score.
 * @csspart evidence-note - The note that an answer gave too little evidence.
 * @csspart report-dsa - The DSA round.
 * @csspart dsa-problem - The DSA problem statement.
 * @csspart dsa-score - The DSA score.
 * @csspart dsa-feedback - The DSA evaluation's feedback.
 * @csspart dsa-conversation - The DSA conversation.
 * @csspart dsa-code - The latest runnable code the candidate submitted: language, tests passed, timing (`data-status` is its status).
 * @csspart code-language - The code's language.
 * @csspart code-tests - How many tests the code passed, of how many.
 * @csspart code-note - Why the code fell short: ran out of time on the large inputs, stopped with an error, …
 * @csspart code - The submitted code.
 * @csspart dsa-message - One message (also `dsa-message-candidate` or `dsa-message-interviewer`).
 * @csspart report-resume - The resume summary.
 * @csspart report-history - The decision history.
 * @csspart history-entry - One decision change.
 * @csspart report-provenance - Which models scored the report.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-title - The dialog's question.
 * @csspart dialog-body - What confirming does.
 * @csspart cancel-button - Closes the dialog without doing anything (initial focus).
 * @csspart confirm-button - Carries out the action.
 *
 * @cssproperty --max-width - Maximum width of the dashboard. Default `72rem`.
 * @cssproperty --coach-color-background - Background. Light `#ffffff`, dark `#111827`.
 * @cssproperty --coach-color-surface - Cards, table header and panels. Light `#f4f6f8`, dark `#1f2937`.
 * @cssproperty --coach-color-text - Body text.
 * @cssproperty --coach-color-text-muted - Secondary text (keep 4.5:1 against background and surface).
 * @cssproperty --coach-color-border - Borders of fields, cards and the table (keep 3:1).
 * @cssproperty --coach-color-accent - Primary buttons, links, chart bars.
 * @cssproperty --coach-color-accent-hover - Primary buttons on hover.
 * @cssproperty --coach-color-on-accent - Text on the accent colour.
 * @cssproperty --coach-color-focus - Focus rings.
 * @cssproperty --coach-color-danger - Errors, declined badges, the delete button.
 * @cssproperty --coach-color-danger-surface - Error box background.
 * @cssproperty --coach-color-success - Accepted badges and sent invites.
 * @cssproperty --coach-color-warning - Invites waiting for a retry.
 * @cssproperty --coach-color-chart-track - The empty part of chart bars.
 * @cssproperty --coach-font-family - Text font.
 * @cssproperty --coach-font-family-mono - Pseudocode font.
 * @cssproperty --coach-font-size - Base font size. Default `1rem`.
 * @cssproperty --coach-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --coach-spacing - Base spacing. Default `1rem`.
 */
export class CoachRecruiterDashboard extends LitElement {
  static override styles = [coachTheme, coachRecruiterDashboardStyles];

  /** The package version this class comes from. */
  static readonly version: string = RECRUITER_UI_VERSION;

  private readonly tokens = createTokenSource({ token: () => this.token, getToken: () => this.getToken });
  private readonly data = new DashboardController(this, {
    client: () => this.client(),
    // The server takes 1 to 100; anything else would fail every list request.
    pageSize: () => Math.min(100, Math.max(1, Math.round(this.pageSize) || 20)),
    describeError: (error) => this.describeError(error),
    listener: {
      error: (detail) => this.emit('coach-error', detail),
      reportOpen: (reportId) => this.emit('coach-report-open', { reportId }),
      decisionChange: (result, previous) => this.onDecisionChange(result, previous),
      reportDelete: (report) => this.onReportDelete(report),
    },
  });
  private cachedClient: { apiBase: string; client: CoachClient } | null = null;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  @state() private pendingAction: PendingAction | null = null;
  /** Set while the server is asked whether an invite could go out, before the accept dialog opens. */
  @state() private checkingInvite = false;
  /** The reports, or the webhook endpoints (loaded on first use: most visits never open it). */
  @state() private section: Section = 'reports';

  /** Origin of the Coach server (e.g. `https://coach.example.com`). Default: this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** A short-lived recruiter token from `POST /api/recruiter-tokens/`. Never the secret key. */
  @property({ attribute: false }) token: string | null = null;

  /** Called for a token when none is set, and again when the server answers 401 (the token expired). */
  @property({ attribute: false }) getToken: GetRecruiterToken | null = null;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: CoachTheme = 'light';

  /** Language of dates and numbers (BCP 47). Default: the page's language. */
  @property() override lang = '';

  /** Reports per page (1 to 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Translations of any of the dashboard's texts (see `defaultStrings`). */
  @property({ attribute: false }) strings: Partial<DashboardStrings> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    const credentials = changed.has('token') || changed.has('getToken') || changed.has('apiBase');
    if (credentials && !this.tokens.available) {
      // Signed out: no candidate data stays on the page.
      this.tokens.reset();
      this.data.reset();
      this.pendingAction = null;
      return;
    }
    if (!this.tokens.available) return;
    if (changed.has('apiBase') && changed.get('apiBase') !== undefined) {
      // Another server: its reports and tokens have nothing to do with the ones shown.
      this.tokens.reset();
      this.data.reset();
      this.pendingAction = null;
      void this.data.refresh();
    } else if (credentials && (!this.data.loaded || this.data.error?.status === 401)) {
      void this.data.refresh();
    } else if (changed.has('pageSize') && changed.get('pageSize') !== undefined && this.data.loaded) {
      void this.data.setFilters({});
    }
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.pendingAction && !dialog.open) dialog.showModal();
    else if (!this.pendingAction && dialog.open) dialog.close();
  }

  private get text(): DashboardStrings {
    return resolveStrings(this.strings);
  }

  private get effectiveLang(): string | undefined {
    return this.lang || document.documentElement.lang || undefined;
  }

  private client(): CoachClient | null {
    if (!this.tokens.available) return null;
    const apiBase = (this.apiBase || window.location.origin).replace(/\/+$/, '');
    if (this.cachedClient?.apiBase !== apiBase) {
      this.cachedClient = { apiBase, client: createRecruiterClient({ apiBase, tokens: this.tokens }) };
    }
    return this.cachedClient.client;
  }

  private describeError(error: unknown): CoachErrorDetail {
    const expired = CoachClientError.isInstance(error) && error.status === 401;
    return coachErrorDetail(error, expired ? this.text.sessionExpired : error instanceof Error ? error.message : String(error));
  }

  private emit<K extends keyof CoachRecruiterDashboardEventDetails>(name: K, detail: CoachRecruiterDashboardEventDetails[K]): void {
    emitCoachEvent(this, name, detail);
  }

  private async focusInside(selector: string): Promise<boolean> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target || (target as HTMLButtonElement).disabled) return false;
    target.focus();
    return true;
  }

  private hasFocus(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active !== null && active.isConnected;
  }

  private async openReport(id: string): Promise<void> {
    if (await this.data.openReport(id)) await this.focusInside('#report-heading');
  }

  private async closeReport(): Promise<void> {
    const id = this.data.openId ?? this.data.details?.id ?? null;
    const loading = this.data.closeReport();
    // The list shows the page it had at once; focus goes back to the row the report came from.
    if (!(id && (await this.focusInside(`[part~="open-button"][data-report-id="${CSS.escape(id)}"]`)))) await this.focusInside('[part~="table"]');
    await loading;
    await this.updateComplete;
    if (!this.hasFocus()) await this.focusInside('[part~="table"]');
  }

  private async changePage(direction: 'previous' | 'next'): Promise<void> {
    await (direction === 'next' ? this.data.nextPage() : this.data.previousPage());
    // Stay on the button pressed while it still leads somewhere; at either end, take the other one.
    const same = direction === 'next' ? 'next-button' : 'previous-button';
    const other = direction === 'next' ? 'previous-button' : 'next-button';
    if (!(await this.focusInside(`[part~="${same}"]`)) && !(await this.focusInside(`[part~="${other}"]`))) await this.focusInside('[part~="table"]');
  }

  private async requestAction(action: PendingAction): Promise<void> {
    if (this.data.busy || !this.data.details || this.checkingInvite) return;
    if (action.kind === 'decision' && action.decision === 'Accepted') {
      // Ask the server what accepting would do now (mail server, meeting link, sender), so
      // the dialog promises only what will happen.
      this.checkingInvite = true;
      try {
        await this.data.reloadReport();
      } finally {
        this.checkingInvite = false;
      }
      if (!this.data.details || this.data.details.decision === 'Accepted') return;
    }
    this.pendingAction = action;
  }

  private cancelAction(): void {
    this.pendingAction = null;
  }

  private async confirmAction(): Promise<void> {
    const action = this.pendingAction;
    if (!action) return;
    this.pendingAction = null;
    // Closing now hands focus back to the button that opened the dialog before it is disabled.
    if (this.dialog?.open) this.dialog.close();
    if (action.kind === 'delete') {
      await this.data.deleteReport();
    } else if (await this.data.decide(action.decision)) {
      await this.focusInside('[part~="decision-notice"]');
    }
  }

  private async checkInvite(): Promise<void> {
    await this.data.reloadReport();
    await this.focusInside('[part~="invite"]');
  }

  private onDecisionChange(result: CoachSchemas['DecisionResponse'], previous: CoachSchemas['Decision']): void {
    this.emit('coach-decision-change', {
      reportId: result.report.id,
      decision: result.report.decision,
      previous,
      emailSent: result.email_sent,
      emailMessage: result.email_message,
      inviteStatus: result.report.invite?.status ?? null,
    });
  }

  private onReportDelete(report: CoachSchemas['ReportDetails']): void {
    this.emit('coach-report-delete', { reportId: report.id });
    // The list is back with the notice at once (it refreshes behind it): focus goes there.
    void this.focusInside('[part~="notice"]').then((focused) => focused || this.focusInside('[part~="table"]'));
  }

  private renderError(): TemplateResult | typeof nothing {
    const error = this.data.error;
    if (!error) return nothing;
    const t = this.text;
    const retry = error.retry ?? (() => this.data.refresh());
    return html`<div class="dashboard__error" part="error" role="alert" data-code=${error.code}>
      <p>${error.message}</p>
      <div class="dashboard__error-actions">
        ${
          error.status === 401 && !this.getToken
            ? nothing
            : html`<button part="button retry-button" class="dashboard__button dashboard__button--small" type="button"
              @click=${() => {
                this.data.dismissError();
                void retry();
              }}>${t.retry}</button>`
        }
        <button part="button dismiss-button" class="dashboard__button dashboard__button--small" type="button"
          @click=${() => this.data.dismissError()}>${t.dismiss}</button>
      </div>
    </div>`;
  }

  private showSection(section: Section): void {
    if (section === 'interviews' || section === 'invitations') {
      loadInterviewsPanel().catch((error: unknown) =>
        this.emit('coach-error', {
          code: 'NETWORK_ERROR',
          message: `The interviews view could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          status: 0,
        }),
      );
    }
    if (section === 'webhooks') {
      loadWebhooksPanel().catch((error: unknown) =>
        this.emit('coach-error', {
          code: 'NETWORK_ERROR',
          message: `The webhooks view could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          status: 0,
        }),
      );
    }
    this.section = section;
  }

  private renderNav(): TemplateResult {
    const tab = (section: Section, label: string) =>
      html`<button part="button nav-${section}" class="dashboard__button dashboard__button--small" type="button" aria-pressed=${String(this.section === section)}
        @click=${() => this.showSection(section)}>${label}</button>`;
    return html`<nav class="dashboard__nav" part="nav">${tab('reports', this.text.reportsTab)} ${tab('interviews', this.text.interviewsTab)}
      ${tab('invitations', this.text.invitationsTab)} ${tab('webhooks', this.text.webhooksTab)}</nav>`;
  }

  /** Reloads the statistics, the shown page and the open report, keeping filters and place. */
  refresh(): Promise<void> {
    return this.data.refresh();
  }

  override render(): TemplateResult {
    const t = this.text;
    const data = this.data;
    const context: ViewContext = {
      strings: t,
      lang: this.effectiveLang,
      now: new Date(),
      controller: data,
      pendingAction: this.pendingAction,
      openReport: (id) => void this.openReport(id),
      closeReport: () => void this.closeReport(),
      showTemplateReports: (templateId) => void this.closeReport().then(() => this.data.setFilters({ templateId })),
      changePage: (direction) => void this.changePage(direction),
      requestAction: (action) => this.requestAction(action),
      confirmAction: () => void this.confirmAction(),
      checkInvite: () => void this.checkInvite(),
      cancelAction: () => this.cancelAction(),
    };
    const loading = data.loadingList || data.loadingReport;
    let view: TemplateResult | typeof nothing;
    if (!this.tokens.available) view = html`<p class="dashboard__muted" part="signed-out">${t.signedOut}</p>`;
    else if (this.section === 'webhooks') {
      view = html`<coach-webhooks-panel part="webhooks" exportparts="base: webhooks__base" .apiBase=${this.apiBase} .token=${this.token}
        .getToken=${this.getToken}></coach-webhooks-panel>`;
    } else if (this.section === 'interviews' || this.section === 'invitations') {
      view = html`<coach-interviews-panel part="interviews" exportparts="base: interviews__base" .view=${this.section} .apiBase=${this.apiBase}
        .token=${this.token} .getToken=${this.getToken}></coach-interviews-panel>`;
    } else if (data.openId && data.details) view = renderReport(context, data.details);
    else if (data.openId) view = html`<p class="dashboard__muted">${data.loadingReport ? t.loading : ''}</p>`;
    // Nothing loaded yet and the first request failed: the error says it all, an empty table would mislead.
    else if (!data.loaded && data.error) view = nothing;
    else view = html`${renderStatistics(context)}${renderList(context)}`;
    return html`<div class="dashboard" part="base" aria-busy=${loading || data.busy ? 'true' : 'false'}>
      ${this.tokens.available ? this.renderNav() : nothing}
      ${this.renderError()}
      ${view}
      <p class="visually-hidden" role="status">${loading ? t.loading : data.busy ? t.saving : ''}</p>
      ${renderConfirmDialog(context)}
    </div>`;
  }
}
