import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RecruiterApiError, RecruiterClient } from '../../api/recruiter-client.js';
import type { Decision, ReportDetails, ReportPage, ReportQuery, Statistics } from '../../api/recruiter-types.js';
import { coachEvent, type CoachErrorDetail } from '../../events/coach-recruiter-events.js';
import { barChart } from '../../internal/charts.js';
import { DEFAULT_STRINGS, format, type DashboardStrings } from '../../strings.js';
import { styles } from './coach-recruiter-dashboard.styles.js';

type PendingAction = { kind: 'decision'; decision: Decision } | { kind: 'delete' };

/**
 * Reports, statistics and decisions for recruiters: statistics and charts at the top, a
 * searchable, filterable list, and each report in full with Accept / Decline / Delete.
 *
 * It authenticates with a short-lived recruiter token from the host page (`token`, or a
 * `getToken` callback called again when the token expires); it never takes the secret key.
 *
 * @tagname coach-recruiter-dashboard
 * @summary Recruiter dashboard for Coach reports.
 *
 * @event {{reportId: string}} coach-report-open - A report was opened.
 * @event {{reportId: string, decision: string, previous: string, emailSent: boolean, emailMessage: string}} coach-decision-change - A decision was saved.
 * @event {{reportId: string}} coach-report-delete - A report and the candidate's data were erased.
 * @event {{code: string, message: string}} coach-error - An operation failed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart stats - The statistics cards and charts.
 * @csspart chart - Each inline SVG chart.
 * @csspart filters - The search and filter form.
 * @csspart table - The report list.
 * @csspart pagination - The previous/next controls.
 * @csspart report - One report in full.
 * @csspart actions - The decision and delete buttons.
 * @csspart button - Every button.
 * @csspart dialog - The confirmation dialog.
 * @csspart notice - Status messages (e.g. whether the invite was sent).
 *
 * @cssproperty --coach-font-family - Font of the dashboard.
 * @cssproperty --coach-color-bg - Background.
 * @cssproperty --coach-color-surface - Cards and table header background.
 * @cssproperty --coach-color-text - Text color.
 * @cssproperty --coach-color-muted - Secondary text color.
 * @cssproperty --coach-color-border - Borders.
 * @cssproperty --coach-color-primary - Primary buttons, links and chart bars.
 * @cssproperty --coach-color-primary-text - Text on primary buttons.
 * @cssproperty --coach-color-success - Accepted badges.
 * @cssproperty --coach-color-danger - Declined badges and destructive buttons.
 * @cssproperty --coach-radius - Corner radius.
 */
export class CoachRecruiterDashboard extends LitElement {
  static override styles = styles;

  private client: RecruiterClient | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private requestSerial = 0;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  @state() private statistics: Statistics | null = null;
  @state() private page: ReportPage | null = null;
  /** Cursors of the pages walked so far; the current page was fetched with the last one. */
  @state() private cursors: (string | null)[] = [null];
  @state() private filters: Required<Pick<ReportQuery, 'q' | 'decision' | 'role' | 'sort'>> & { min_score: number | null } = {
    q: '',
    decision: '',
    role: '',
    sort: 'newest',
    min_score: null,
  };
  @state() private details: ReportDetails | null = null;
  @state() private pendingAction: PendingAction | null = null;
  @state() private notice = '';
  @state() private error: CoachErrorDetail | null = null;
  @state() private loading = false;
  @state() private busy = false;

  /** Base URL of the Coach server, e.g. `https://coach.example.com`. Defaults to this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** A short-lived recruiter token (from `POST /api/recruiter-tokens/`). */
  @property({ attribute: false }) token: string | null = null;
  /** Called for a token when none is set or the current one expired (the server answered 401). */
  @property({ attribute: false }) getToken: (() => string | null | Promise<string | null>) | null = null;
  /** Color theme. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /** Reports per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Overrides for any of the dashboard's strings (translations). */
  @property({ attribute: false }) strings: Partial<DashboardStrings> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.client = new RecruiterClient({
      apiBase: this.apiBase || window.location.origin,
      token: (options) => this.currentToken(options.renew),
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('apiBase') && this.client) {
      this.client = new RecruiterClient({ apiBase: this.apiBase || window.location.origin, token: (o) => this.currentToken(o.renew) });
    }
    if ((changed.has('token') || changed.has('getToken') || changed.has('apiBase')) && (this.token || this.getToken)) {
      void this.refresh();
    }
    if (changed.has('pendingAction')) {
      if (this.pendingAction && this.dialog && !this.dialog.open) this.dialog.showModal();
      if (!this.pendingAction && this.dialog?.open) this.dialog.close();
    }
  }

  private get text(): DashboardStrings {
    return { ...DEFAULT_STRINGS, ...this.strings };
  }

  private async currentToken(renew: boolean): Promise<string | null> {
    if ((renew || !this.token) && this.getToken) {
      this.token = (await this.getToken()) ?? null;
    }
    return this.token;
  }

  private fail(error: unknown): void {
    const detail: CoachErrorDetail =
      error instanceof RecruiterApiError
        ? { code: error.code, message: error.message }
        : { code: 'UNEXPECTED', message: error instanceof Error ? error.message : String(error) };
    this.error = detail;
    this.dispatchEvent(coachEvent('coach-error', detail));
  }

  private async loadPage(): Promise<void> {
    if (!this.client) return;
    const serial = ++this.requestSerial;
    this.loading = true;
    try {
      const page = await this.client.listReports({
        ...this.filters,
        limit: this.pageSize,
        cursor: this.cursors[this.cursors.length - 1] ?? null,
      });
      // A slower, older request must not overwrite the answer to a newer one.
      if (serial === this.requestSerial) {
        this.page = page;
        this.error = null;
      }
    } catch (error) {
      if (serial === this.requestSerial) this.fail(error);
    } finally {
      if (serial === this.requestSerial) this.loading = false;
    }
  }

  private async loadStatistics(): Promise<void> {
    if (!this.client) return;
    try {
      this.statistics = await this.client.statistics();
    } catch (error) {
      this.fail(error);
    }
  }

  private applyFilters(): void {
    this.cursors = [null];
    void this.loadPage();
  }

  private onSearchInput(event: Event): void {
    this.filters = { ...this.filters, q: (event.target as HTMLInputElement).value };
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applyFilters(), 250);
  }

  private onFilterChange(event: Event): void {
    const target = event.target as HTMLSelectElement | HTMLInputElement;
    const name = target.name as 'decision' | 'role' | 'sort' | 'min_score';
    if (name === 'min_score') {
      const value = target.value.trim() === '' ? null : Math.min(10, Math.max(0, Number(target.value)));
      this.filters = { ...this.filters, min_score: value === null || Number.isNaN(value) ? null : value };
    } else {
      this.filters = { ...this.filters, [name]: target.value } as typeof this.filters;
    }
    this.applyFilters();
  }

  private nextPage(): void {
    if (!this.page?.next_cursor) return;
    this.cursors = [...this.cursors, this.page.next_cursor];
    void this.loadPage();
  }

  private previousPage(): void {
    if (this.cursors.length <= 1) return;
    this.cursors = this.cursors.slice(0, -1);
    void this.loadPage();
  }

  private async openReport(id: string): Promise<void> {
    if (!this.client) return;
    this.loading = true;
    this.notice = '';
    try {
      this.details = await this.client.report(id);
      this.error = null;
      this.dispatchEvent(coachEvent('coach-report-open', { reportId: id }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#report-heading')?.focus();
    } catch (error) {
      this.fail(error);
    } finally {
      this.loading = false;
    }
  }

  private async closeReport(): Promise<void> {
    const id = this.details?.id;
    this.details = null;
    this.notice = '';
    // The list keeps its page and filters; refresh it so a changed decision shows.
    await Promise.all([this.loadPage(), this.loadStatistics()]);
    await this.updateComplete;
    if (id) this.renderRoot.querySelector<HTMLElement>(`[data-report-id="${CSS.escape(id)}"]`)?.focus();
  }

  private async confirmAction(): Promise<void> {
    const action = this.pendingAction;
    const report = this.details;
    this.pendingAction = null;
    if (!action || !report || !this.client) return;
    this.busy = true;
    try {
      if (action.kind === 'delete') {
        await this.client.deleteReport(report.id);
        this.dispatchEvent(coachEvent('coach-report-delete', { reportId: report.id }));
        this.details = null;
        this.notice = this.text.deleted;
        await Promise.all([this.loadPage(), this.loadStatistics()]);
      } else {
        const previous = report.decision;
        const result = await this.client.decide(report.id, action.decision);
        this.notice = action.decision === 'Accepted' ? result.email_message : '';
        this.dispatchEvent(
          coachEvent('coach-decision-change', {
            reportId: report.id,
            decision: action.decision,
            previous,
            emailSent: result.email_sent,
            emailMessage: result.email_message,
          }),
        );
        this.details = await this.client.report(report.id);
        void this.loadStatistics();
      }
      this.error = null;
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Reloads statistics and the current page (keeping filters and place). */
  async refresh(): Promise<void> {
    await Promise.all([this.loadStatistics(), this.loadPage()]);
  }

  override render(): TemplateResult {
    const t = this.text;
    return html`<div part="base" class="dashboard">
      ${this.error
        ? html`<div class="error" role="alert" part="notice">
            <span>${this.error.message}</span>
            <button part="button" class="button" @click=${() => this.refresh()}>${t.retry}</button>
          </div>`
        : nothing}
      ${!this.token && !this.getToken ? html`<p class="muted">${t.signInNeeded}</p>` : nothing}
      ${this.details ? this.renderReport(this.details) : this.renderList()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.loading ? t.loading : ''}</p>
      ${this.renderDialog()}
    </div>`;
  }

  private renderStatistics(): TemplateResult | typeof nothing {
    const stats = this.statistics;
    const t = this.text;
    if (!stats) return nothing;
    const distribution = stats.score_distribution.length === 11 ? stats.score_distribution : new Array(11).fill(0);
    const weeks = stats.per_week.slice(-12);
    return html`<section part="stats" class="stats" aria-label=${t.title}>
      <div class="cards">
        <div class="card"><span class="figure">${stats.total}</span><span class="muted">${t.total}</span></div>
        <div class="card"><span class="figure">${stats.average_score === null ? '–' : stats.average_score.toFixed(1)}</span><span class="muted">${t.average}</span></div>
        <div class="card"><span class="figure pending">${stats.by_decision.Pending}</span><span class="muted">${t.pending}</span></div>
        <div class="card"><span class="figure accepted">${stats.by_decision.Accepted}</span><span class="muted">${t.accepted}</span></div>
        <div class="card"><span class="figure declined">${stats.by_decision.Declined}</span><span class="muted">${t.declined}</span></div>
      </div>
      <div class="charts">
        <figure>
          <figcaption>${t.distribution}</figcaption>
          ${barChart({ values: distribution, labels: distribution.map((_, i) => String(i)), label: t.distribution })}
        </figure>
        <figure>
          <figcaption>${t.perWeek}</figcaption>
          ${barChart({ values: weeks.map((w) => w.count), labels: weeks.map((w) => w.week_start.slice(5)), label: t.perWeek })}
        </figure>
      </div>
    </section>`;
  }

  private renderList(): TemplateResult {
    const t = this.text;
    const roles = this.statistics?.by_role.map((r) => r.role) ?? [];
    const reports = this.page?.reports ?? [];
    return html`${this.renderStatistics()}
      ${this.notice ? html`<p class="notice" part="notice" role="status">${this.notice}</p>` : nothing}
      <form part="filters" class="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <label>${t.search}<input type="search" name="q" .value=${this.filters.q} @input=${this.onSearchInput} /></label>
        <label>${t.decision}
          <select name="decision" @change=${this.onFilterChange}>
            <option value="" ?selected=${this.filters.decision === ''}>${t.anyDecision}</option>
            ${(['Pending', 'Accepted', 'Declined'] as const).map(
              (d) => html`<option value=${d} ?selected=${this.filters.decision === d}>${t[d.toLowerCase() as 'pending']}</option>`,
            )}
          </select>
        </label>
        <label>${t.role}
          <select name="role" @change=${this.onFilterChange}>
            <option value="" ?selected=${this.filters.role === ''}>${t.anyRole}</option>
            ${roles.map((r) => html`<option value=${r} ?selected=${this.filters.role === r}>${r}</option>`)}
          </select>
        </label>
        <label>${t.minScore}<input type="number" name="min_score" min="0" max="10" step="0.5" .value=${this.filters.min_score === null ? '' : String(this.filters.min_score)} @change=${this.onFilterChange} /></label>
        <label>${t.sort}
          <select name="sort" @change=${this.onFilterChange}>
            <option value="newest" ?selected=${this.filters.sort === 'newest'}>${t.newest}</option>
            <option value="score" ?selected=${this.filters.sort === 'score'}>${t.score}</option>
          </select>
        </label>
      </form>
      <table part="table" class="table">
        <caption class="visually-hidden">${t.title}</caption>
        <thead><tr><th scope="col">${t.name}</th><th scope="col">${t.role}</th><th scope="col">${t.score}</th><th scope="col">${t.decision}</th><th scope="col">${t.date}</th></tr></thead>
        <tbody>
          ${reports.length === 0
            ? html`<tr><td colspan="5" class="muted">${this.loading ? t.loading : t.noReports}</td></tr>`
            : reports.map(
                (r) => html`<tr>
                  <td><button part="button" class="link" data-report-id=${r.id} @click=${() => this.openReport(r.id)}>${r.candidate_name || r.candidate_email}</button>
                    <div class="muted small">${r.candidate_email}</div></td>
                  <td>${r.role}</td>
                  <td class="number">${r.overall_score.toFixed(1)}</td>
                  <td><span class="badge ${r.decision.toLowerCase()}">${t[r.decision.toLowerCase() as 'pending']}</span></td>
                  <td><time datetime=${r.created_at}>${new Date(r.created_at).toLocaleDateString(this.lang || undefined)}</time></td>
                </tr>`,
              )}
        </tbody>
      </table>
      <nav part="pagination" class="pagination" aria-label="Pagination">
        <button part="button" class="button" ?disabled=${this.cursors.length <= 1} @click=${this.previousPage}>${t.previous}</button>
        <span class="muted">${this.cursors.length}</span>
        <button part="button" class="button" ?disabled=${!this.page?.next_cursor} @click=${this.nextPage}>${t.next}</button>
      </nav>`;
  }

  private renderReport(report: ReportDetails): TemplateResult {
    const t = this.text;
    const parts: [string, number | null][] = [
      [t.behavioral, report.behavioral_score],
      [t.technical, report.technical_score],
      [t.dsa, report.dsa_score],
      [t.overall, report.overall_score],
    ];
    const shown = parts.filter((p): p is [string, number] => p[1] !== null && p[1] !== undefined);
    return html`<article part="report" class="report">
      <button part="button" class="link" @click=${this.closeReport}>← ${t.back}</button>
      <header>
        <h2 id="report-heading" tabindex="-1">${report.candidate_name || report.candidate_email}</h2>
        <p class="muted">${report.candidate_email} · ${report.role} · <time datetime=${report.created_at}>${new Date(report.created_at).toLocaleString(this.lang || undefined)}</time></p>
        <p><span class="figure">${report.overall_score.toFixed(1)}</span><span class="muted">/10</span>
          <span class="badge ${report.decision.toLowerCase()}">${t[report.decision.toLowerCase() as 'pending']}</span></p>
      </header>
      <div part="actions" class="actions">
        <button part="button" class="button primary" ?disabled=${this.busy || report.decision === 'Accepted'} @click=${() => (this.pendingAction = { kind: 'decision', decision: 'Accepted' })}>${t.accept}</button>
        <button part="button" class="button" ?disabled=${this.busy || report.decision === 'Declined'} @click=${() => (this.pendingAction = { kind: 'decision', decision: 'Declined' })}>${t.decline}</button>
        ${report.decision !== 'Pending'
          ? html`<button part="button" class="button" ?disabled=${this.busy} @click=${() => (this.pendingAction = { kind: 'decision', decision: 'Pending' })}>${t.resetPending}</button>`
          : nothing}
        <button part="button" class="button danger" ?disabled=${this.busy} @click=${() => (this.pendingAction = { kind: 'delete' })}>${t.delete}</button>
      </div>
      ${this.notice ? html`<p class="notice" part="notice" role="status">${this.notice}</p>` : nothing}
      ${this.renderInvite(report)}
      <section>
        ${barChart({ values: shown.map((p) => p[1]), labels: shown.map((p) => p[0]), label: `${t.score}: ${shown.map((p) => `${p[0]} ${p[1]}`).join(', ')}`, height: 70 })}
      </section>
      <section><h3>${t.summary}</h3><p>${report.summary}</p></section>
      <div class="two-columns">
        <section><h3>${t.strengths}</h3><ul>${report.strengths.map((s) => html`<li>${s}</li>`)}</ul></section>
        <section><h3>${t.improvements}</h3><ul>${report.improvements.map((s) => html`<li>${s}</li>`)}</ul></section>
      </div>
      <section>
        <h3>${t.questions}</h3>
        ${report.questions.map(
          (q, index) => html`<details class="question" ?open=${index === 0}>
            <summary><span class="number">${q.score.toFixed(1)}</span> ${q.question}</summary>
            <h4>${t.answer}</h4><p class="answer">${q.answer}</p>
            <h4>${t.feedback}</h4><p>${q.feedback}</p>
            ${q.evidence?.length ? html`<h4>${t.evidence}</h4>${q.evidence.map((e) => html`<blockquote>${e}</blockquote>`)}` : nothing}
          </details>`,
        )}
      </section>
      ${report.dsa
        ? html`<section>
            <h3>${t.dsa}: ${report.dsa.problem_title} <span class="number">${report.dsa.score.toFixed(1)}</span></h3>
            <p>${report.dsa.feedback}</p>
            <p class="muted">${t.approach}: ${report.dsa.approach ?? '–'} · ${t.complexity}: ${report.dsa.time_complexity ?? '–'}</p>
            <h4>${t.conversation}</h4>
            <ol class="conversation">
              ${report.dsa.conversation.map(
                (m) => html`<li class=${m.role}><strong>${m.role === 'candidate' ? t.candidate : t.interviewer}</strong>
                  ${m.kind === 'pseudocode' ? html`<pre>${m.text}</pre>` : html`<p>${m.text}</p>`}</li>`,
              )}
            </ol>
          </section>`
        : nothing}
      ${report.resume_summary ? html`<section><h3>${t.resume}</h3><p>${report.resume_summary}</p></section>` : nothing}
      <section>
        <h3>${t.history}</h3>
        ${report.decision_history?.length
          ? html`<ol class="history">${report.decision_history.map(
              (c) => html`<li><time datetime=${c.at}>${new Date(c.at).toLocaleString(this.lang || undefined)}</time> — ${c.actor}: ${c.from} → ${c.to}</li>`,
            )}</ol>`
          : html`<p class="muted">${t.noHistory}</p>`}
      </section>
    </article>`;
  }

  private renderInvite(report: ReportDetails): TemplateResult | typeof nothing {
    const invite = report.invite;
    const t = this.text;
    if (!invite) return nothing;
    const message =
      invite.status === 'sent'
        ? `${t.inviteSent}${invite.sent_at ? ` (${new Date(invite.sent_at).toLocaleString(this.lang || undefined)})` : ''}`
        : invite.status === 'failed'
          ? `${t.inviteFailed}${invite.last_error ? ` ${invite.last_error}` : ''}`
          : `${t.inviteQueued}${invite.last_error ? ` ${invite.last_error}` : ''}`;
    return html`<p class="invite ${invite.status}" part="notice" data-invite-status=${invite.status}><strong>${t.invite}:</strong> ${message}</p>`;
  }

  private renderDialog(): TemplateResult {
    const t = this.text;
    const action = this.pendingAction;
    const name = this.details?.candidate_name || this.details?.candidate_email || '';
    const message = !action
      ? ''
      : action.kind === 'delete'
        ? format(t.confirmDelete, { name })
        : format(action.decision === 'Accepted' ? t.confirmAccept : action.decision === 'Declined' ? t.confirmDecline : t.confirmPending, { name });
    return html`<dialog part="dialog" aria-labelledby="dialog-message" @close=${() => (this.pendingAction = null)}>
      <p id="dialog-message">${message}</p>
      <div class="actions">
        <button part="button" class="button" autofocus @click=${() => (this.pendingAction = null)}>${t.cancel}</button>
        <button part="button" class="button ${action?.kind === 'delete' ? 'danger' : 'primary'}" @click=${this.confirmAction}>${t.confirm}</button>
      </div>
    </dialog>`;
  }
}
