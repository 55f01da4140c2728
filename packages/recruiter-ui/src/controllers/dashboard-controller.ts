import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CoachClientError, type CoachClient, type CoachErrorDetail, type CoachSchemas, type ListReportsQuery } from '@coach/client';

type Decision = CoachSchemas['Decision'];
type ReportDetails = CoachSchemas['ReportDetails'];

/** The list's search, filters and order. */
export interface DashboardFilters {
  q: string;
  decision: Decision | '';
  role: string;
  minScore: number | null;
  /** Only reports of this interview template (set from a report's "all reports of this interview"). */
  templateId: string;
  sort: NonNullable<ListReportsQuery['sort']>;
}

/** What the controller tells its host, which turns it into events and focus moves. */
export interface DashboardListener {
  /** A request failed; `detail` is what the dashboard shows. */
  error(detail: CoachErrorDetail): void;
  reportOpen(reportId: string): void;
  decisionChange(result: CoachSchemas['DecisionResponse'], previous: Decision): void;
  reportDelete(report: ReportDetails): void;
}

/** Options of {@link DashboardController}. */
export interface DashboardControllerOptions {
  client: () => CoachClient | null;
  pageSize: () => number;
  listener: DashboardListener;
  /** Turns a failure into what the dashboard shows (e.g. a translated "sign in again"). */
  describeError: (error: unknown) => CoachErrorDetail;
}

/** What a failure interrupted; a later success of the same kind clears it. */
export type DashboardErrorSource = 'list' | 'statistics' | 'report' | 'action';

/** A failed operation, shown with a retry. */
export interface DashboardError extends CoachErrorDetail {
  source: DashboardErrorSource;
  retry: (() => Promise<void>) | null;
}

/** A status line after an operation. */
export type DashboardNotice =
  | { kind: 'decision'; decision: Decision; emailSent: boolean; emailMessage: string; inviteStatus: CoachSchemas['InviteStatus']['status'] | null }
  | { kind: 'delete'; name: string };

/** Debounce of the typed filters: one request per pause in typing. */
const SEARCH_DELAY_MS = 300;

export const EMPTY_FILTERS: Readonly<DashboardFilters> = Object.freeze({ q: '', decision: '', role: '', minScore: null, templateId: '', sort: 'newest' });

/**
 * The dashboard's data and operations: statistics, the filtered list with its place (filters
 * and the cursors walked so far survive opening a report), the open report, decisions and
 * deletion. Older answers never overwrite newer ones; superseded list requests are aborted.
 */
export class DashboardController implements ReactiveController {
  statistics: CoachSchemas['Statistics'] | null = null;
  page: CoachSchemas['ReportList'] | null = null;
  /** Cursors of the pages walked so far; the shown page was fetched with the last one. */
  cursors: (string | null)[] = [null];
  filters: DashboardFilters = { ...EMPTY_FILTERS };
  details: ReportDetails | null = null;
  /** The id of the report being opened or shown. */
  openId: string | null = null;
  loadingList = false;
  loadingReport = false;
  busy = false;
  error: DashboardError | null = null;
  notice: DashboardNotice | null = null;
  /** Whether the list has been fetched at least once since sign-in. */
  loaded = false;

  private readonly host: ReactiveControllerHost;
  private readonly options: DashboardControllerOptions;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private listAbort: AbortController | null = null;
  private listSerial = 0;
  private reportSerial = 0;
  private statisticsSerial = 0;
  private generation = 0;

  constructor(host: ReactiveControllerHost, options: DashboardControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
    this.listAbort?.abort();
  }

  /** The page number shown (1-based). */
  get pageNumber(): number {
    return this.cursors.length;
  }

  get hasFilters(): boolean {
    const { q, decision, role, minScore, templateId, sort } = this.filters;
    return q.trim() !== '' || decision !== '' || role !== '' || minScore !== null || templateId !== '' || sort !== EMPTY_FILTERS.sort;
  }

  /** Reloads the statistics, the shown page and the open report, keeping filters and place. */
  async refresh(): Promise<void> {
    this.error = null;
    this.host.requestUpdate();
    await Promise.all([this.loadStatistics(), this.loadPage(), this.openId ? this.loadReport(this.openId) : Promise.resolve()]);
  }

  /** Forgets everything (sign-out): no candidate data stays on the page. */
  reset(): void {
    this.generation += 1;
    clearTimeout(this.searchTimer);
    this.listAbort?.abort();
    this.statistics = null;
    this.page = null;
    this.cursors = [null];
    this.filters = { ...EMPTY_FILTERS };
    this.details = null;
    this.openId = null;
    this.loadingList = false;
    this.loadingReport = false;
    this.busy = false;
    this.error = null;
    this.notice = null;
    this.loaded = false;
    this.host.requestUpdate();
  }

  /** Sets the search text; the list follows after a short pause in typing. */
  setSearch(q: string): void {
    this.setFiltersSoon({ q });
  }

  /**
   * Changes typed filters (search, minimum score): the list follows after a short pause in
   * typing, so every text field behaves the same and one request goes out per pause.
   */
  setFiltersSoon(change: Partial<DashboardFilters>): void {
    this.filters = { ...this.filters, ...change };
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.firstPage(), SEARCH_DELAY_MS);
    this.host.requestUpdate();
  }

  /** Applies the search at once (Enter in the search box). */
  submitSearch(): Promise<void> {
    clearTimeout(this.searchTimer);
    return this.firstPage();
  }

  /** Changes filters or the order and goes back to the first page. */
  setFilters(change: Partial<DashboardFilters>): Promise<void> {
    this.filters = { ...this.filters, ...change };
    clearTimeout(this.searchTimer);
    return this.firstPage();
  }

  clearFilters(): Promise<void> {
    this.filters = { ...EMPTY_FILTERS };
    clearTimeout(this.searchTimer);
    return this.firstPage();
  }

  async nextPage(): Promise<void> {
    const cursor = this.page?.next_cursor;
    if (!cursor || this.loadingList) return;
    this.cursors = [...this.cursors, cursor];
    await this.loadPage();
  }

  async previousPage(): Promise<void> {
    if (this.cursors.length <= 1 || this.loadingList) return;
    this.cursors = this.cursors.slice(0, -1);
    await this.loadPage();
  }

  /** Opens a report in full; resolves once it is shown (or failed). */
  async openReport(id: string): Promise<boolean> {
    this.notice = null;
    this.openId = id;
    this.details = null;
    const shown = await this.loadReport(id);
    if (shown) this.options.listener.reportOpen(id);
    return shown;
  }

  /** Back to the list, on the same page with the same filters, refreshed. */
  async closeReport(): Promise<void> {
    this.reportSerial += 1;
    this.openId = null;
    this.details = null;
    this.loadingReport = false;
    if (this.notice?.kind === 'decision') this.notice = null;
    this.host.requestUpdate();
    await Promise.all([this.loadPage(), this.loadStatistics()]);
  }

  /** Reloads the open report (e.g. to see whether a queued invite went out). */
  async reloadReport(): Promise<void> {
    if (!this.openId) return;
    // The decision's notice described the invite as it was; the reloaded invite line replaces it.
    if (this.notice?.kind === 'decision') this.notice = null;
    await this.loadReport(this.openId);
  }

  /** Saves a decision on the open report. */
  async decide(decision: Decision): Promise<CoachSchemas['DecisionResponse'] | null> {
    const report = this.details;
    const client = this.options.client();
    if (!report || !client || this.busy) return null;
    const generation = this.generation;
    this.busy = true;
    this.notice = null;
    this.host.requestUpdate();
    try {
      const result = await client.setDecision(report.id, decision);
      if (generation !== this.generation) return null;
      if (this.openId === report.id) this.details = result.report;
      this.notice = {
        kind: 'decision',
        decision,
        emailSent: result.email_sent,
        emailMessage: result.email_message,
        inviteStatus: result.report.invite?.status ?? null,
      };
      this.patchRow(result.report);
      this.clearError('action');
      this.host.requestUpdate();
      this.options.listener.decisionChange(result, report.decision);
      void this.loadStatistics();
      return result;
    } catch (error) {
      if (generation === this.generation) this.fail(error, 'action', () => this.decide(decision).then(() => undefined));
      return null;
    } finally {
      if (generation === this.generation) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Deletes the open report and goes back to the list. */
  async deleteReport(): Promise<boolean> {
    const report = this.details;
    const client = this.options.client();
    if (!report || !client || this.busy) return false;
    const generation = this.generation;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await client.deleteReport(report.id);
      if (generation !== this.generation) return false;
      this.openId = null;
      this.details = null;
      this.notice = { kind: 'delete', name: report.candidate_name || report.candidate_email };
      if (this.page) this.page = { ...this.page, reports: this.page.reports.filter((row) => row.id !== report.id) };
      this.clearError('action');
      this.host.requestUpdate();
      this.options.listener.reportDelete(report);
      await Promise.all([this.loadPage(), this.loadStatistics()]);
      // Deleting the last report of the last page leaves it empty: show the page before.
      if (this.page?.reports.length === 0 && this.cursors.length > 1) await this.previousPage();
      return true;
    } catch (error) {
      if (generation === this.generation) this.fail(error, 'action', () => this.deleteReport().then(() => undefined));
      return false;
    } finally {
      if (generation === this.generation) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }

  dismissError(): void {
    this.error = null;
    this.host.requestUpdate();
  }

  dismissNotice(): void {
    this.notice = null;
    this.host.requestUpdate();
  }

  private firstPage(): Promise<void> {
    this.cursors = [null];
    return this.loadPage();
  }

  private patchRow(report: ReportDetails): void {
    if (!this.page) return;
    this.page = {
      ...this.page,
      reports: this.page.reports.map((row) => (row.id === report.id ? { ...row, decision: report.decision } : row)),
    };
  }

  /** The list request for the filters and the page shown; filters left empty are not sent. */
  private listQuery(): ListReportsQuery {
    const { q, decision, role, minScore, templateId, sort } = this.filters;
    const cursor = this.cursors[this.cursors.length - 1];
    return {
      sort,
      limit: this.options.pageSize(),
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(decision ? { decision } : {}),
      ...(role ? { role } : {}),
      ...(templateId ? { template_id: templateId } : {}),
      ...(minScore !== null && Number.isFinite(minScore) ? { min_score: minScore } : {}),
      ...(cursor ? { cursor } : {}),
    };
  }

  private async loadPage(): Promise<void> {
    const client = this.options.client();
    if (!client) return;
    const serial = ++this.listSerial;
    const generation = this.generation;
    this.listAbort?.abort();
    const abort = new AbortController();
    this.listAbort = abort;
    this.loadingList = true;
    this.host.requestUpdate();
    try {
      const page = await client.listReports(this.listQuery(), { signal: abort.signal });
      if (serial !== this.listSerial || generation !== this.generation) return;
      this.page = page;
      this.loaded = true;
      this.clearError('list');
    } catch (error) {
      if (serial !== this.listSerial || generation !== this.generation || abort.signal.aborted) return;
      this.fail(error, 'list', () => this.loadPage());
    } finally {
      if (serial === this.listSerial && generation === this.generation) {
        this.loadingList = false;
        this.host.requestUpdate();
      }
    }
  }

  private async loadStatistics(): Promise<void> {
    const client = this.options.client();
    if (!client) return;
    const serial = ++this.statisticsSerial;
    const generation = this.generation;
    try {
      const statistics = await client.getStatistics();
      if (serial !== this.statisticsSerial || generation !== this.generation) return;
      this.statistics = statistics;
      this.clearError('statistics');
      this.host.requestUpdate();
    } catch (error) {
      if (serial !== this.statisticsSerial || generation !== this.generation) return;
      this.fail(error, 'statistics', () => this.loadStatistics());
    }
  }

  private async loadReport(id: string): Promise<boolean> {
    const client = this.options.client();
    if (!client) return false;
    const serial = ++this.reportSerial;
    const generation = this.generation;
    this.loadingReport = true;
    this.host.requestUpdate();
    try {
      const details = await client.getReport(id);
      if (serial !== this.reportSerial || generation !== this.generation) return false;
      this.details = details;
      this.clearError('report');
      return true;
    } catch (error) {
      if (serial !== this.reportSerial || generation !== this.generation) return false;
      if (CoachClientError.isInstance(error) && error.status === 404) {
        // Deleted meanwhile (another recruiter, retention): back to the refreshed list.
        this.openId = null;
        void Promise.all([this.loadPage(), this.loadStatistics()]);
        this.fail(error, 'report', null);
      } else {
        this.fail(error, 'report', () => this.loadReport(id).then(() => undefined));
      }
      return false;
    } finally {
      if (serial === this.reportSerial && generation === this.generation) {
        this.loadingReport = false;
        this.host.requestUpdate();
      }
    }
  }

  private clearError(source: DashboardErrorSource): void {
    if (this.error?.source === source) this.error = null;
  }

  private fail(error: unknown, source: DashboardErrorSource, retry: (() => Promise<void>) | null): void {
    const detail = this.options.describeError(error);
    this.error = { ...detail, source, retry };
    this.host.requestUpdate();
    this.options.listener.error(detail);
  }
}
