import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CoachSchemas } from '@coach/client';
import type { DashboardFilters } from '../../../controllers/dashboard-controller.js';
import { formatDate, formatScore } from '../../../internal/format.js';
import { formatString, type DashboardStrings } from '../../../strings.js';
import type { ViewContext } from './view-context.js';

type Decision = CoachSchemas['Decision'];

const DECISIONS: readonly Decision[] = ['Pending', 'Accepted', 'Declined'];

/** The label of a decision in the dashboard's language. */
export function decisionLabel(strings: DashboardStrings, decision: Decision): string {
  return decision === 'Accepted' ? strings.accepted : decision === 'Declined' ? strings.declined : strings.pending;
}

/** A decision badge. */
export function renderDecisionBadge(strings: DashboardStrings, decision: Decision): TemplateResult {
  return html`<span class="dashboard__badge dashboard__badge--${decision.toLowerCase()}" part="badge badge-${decision.toLowerCase()}">${decisionLabel(strings, decision)}</span>`;
}

function renderFilters(context: ViewContext): TemplateResult {
  const { strings: t, controller } = context;
  const { filters } = controller;
  const roles = controller.statistics?.by_role.map((entry) => entry.role) ?? [];
  // A role chosen earlier stays selectable even if its last report was deleted meanwhile.
  if (filters.role && !roles.includes(filters.role)) roles.push(filters.role);
  const onSelect = (name: 'decision' | 'role' | 'sort') => (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    void controller.setFilters(
      name === 'sort' ? { sort: value as DashboardFilters['sort'] } : name === 'decision' ? { decision: value as Decision | '' } : { role: value },
    );
  };
  // Typing applies after a pause, like the search box; leaving the field only tidies the number.
  const readMinScore = (input: HTMLInputElement) => {
    const raw = input.value.trim();
    const value = raw === '' ? null : Number(raw);
    return { raw, minScore: value === null || !Number.isFinite(value) ? null : Math.min(10, Math.max(0, value)) };
  };
  const onMinScoreInput = (event: Event) => {
    const { minScore } = readMinScore(event.target as HTMLInputElement);
    if (minScore !== controller.filters.minScore) controller.setFiltersSoon({ minScore });
  };
  const onMinScoreChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const { raw, minScore } = readMinScore(input);
    if (minScore !== null && String(minScore) !== raw) input.value = String(minScore);
    if (minScore !== controller.filters.minScore) controller.setFiltersSoon({ minScore });
  };
  return html`<form class="dashboard__filters" part="filters" role="search" aria-label=${t.filters}
    @submit=${(event: Event) => {
      event.preventDefault();
      void controller.submitSearch();
    }}>
    <label class="dashboard__field dashboard__field--search">
      <span>${t.search}</span>
      <input part="search" type="search" name="q" autocomplete="off" placeholder=${t.searchHint} .value=${filters.q}
        @input=${(event: Event) => controller.setSearch((event.target as HTMLInputElement).value)} />
    </label>
    <label class="dashboard__field">
      <span>${t.decision}</span>
      <select part="decision-filter" name="decision" @change=${onSelect('decision')}>
        <option value="" ?selected=${filters.decision === ''}>${t.anyDecision}</option>
        ${DECISIONS.map((decision) => html`<option value=${decision} ?selected=${filters.decision === decision}>${decisionLabel(t, decision)}</option>`)}
      </select>
    </label>
    <label class="dashboard__field">
      <span>${t.role}</span>
      <select part="role-filter" name="role" @change=${onSelect('role')}>
        <option value="" ?selected=${filters.role === ''}>${t.anyRole}</option>
        ${roles.map((role) => html`<option .value=${role} ?selected=${filters.role === role}>${role}</option>`)}
      </select>
    </label>
    <label class="dashboard__field dashboard__field--score">
      <span>${t.minScore}</span>
      <input part="min-score-filter" type="number" name="min_score" min="0" max="10" step="0.5" inputmode="decimal"
        .value=${filters.minScore === null ? '' : String(filters.minScore)} @input=${onMinScoreInput} @change=${onMinScoreChange} />
    </label>
    <label class="dashboard__field">
      <span>${t.sort}</span>
      <select part="sort" name="sort" @change=${onSelect('sort')}>
        <option value="newest" ?selected=${filters.sort === 'newest'}>${t.newest}</option>
        <option value="score" ?selected=${filters.sort === 'score'}>${t.highestScore}</option>
      </select>
    </label>
    ${
      controller.filters.templateId
        ? html`<span part="template-filter" class="dashboard__muted">${t.fromInterview.replace('{template}', controller.filters.templateId)}</span>`
        : nothing
    }
    <button part="button clear-filters-button" class="dashboard__button" type="button" ?hidden=${!controller.hasFilters}
      @click=${() => void controller.clearFilters()}>${t.clearFilters}</button>
  </form>`;
}

function renderRow(context: ViewContext, row: CoachSchemas['ReportRow']): TemplateResult {
  const t = context.strings;
  const name = row.candidate_name || row.candidate_email;
  return html`<tr part="row" data-report-id=${row.id}>
    <th scope="row" class="dashboard__candidate">
      <button part="open-button" class="dashboard__link" type="button" data-report-id=${row.id}
        aria-label=${formatString(t.openReport, { name })} @click=${() => context.openReport(row.id)}>${name}</button>
      <span class="dashboard__email">${row.candidate_email}</span>
    </th>
    <td>${row.role}</td>
    <td class="dashboard__number" part="score-cell">${formatScore(row.overall_score)}</td>
    <td>${renderDecisionBadge(t, row.decision)}</td>
    <td><time datetime=${row.created_at}>${formatDate(row.created_at, context.lang)}</time></td>
  </tr>`;
}

/** The notice after a deletion, shown above the list. */
function renderDeleteNotice(context: ViewContext): TemplateResult | typeof nothing {
  const notice = context.controller.notice;
  if (notice?.kind !== 'delete') return nothing;
  return html`<p class="dashboard__notice" part="notice" role="status" tabindex="-1">
    <span>${formatString(context.strings.deleted, { name: notice.name })}</span>
    <button part="button dismiss-button" class="dashboard__button dashboard__button--small" type="button"
      @click=${() => context.controller.dismissNotice()}>${context.strings.dismiss}</button>
  </p>`;
}

/** The filters, the report table and the pagination. */
export function renderList(context: ViewContext): TemplateResult {
  const { strings: t, controller } = context;
  const rows = controller.page?.reports ?? [];
  const sort = controller.filters.sort;
  const empty = controller.loadingList && !controller.page ? t.loading : controller.hasFilters ? t.noReports : t.noReportsYet;
  return html`${renderDeleteNotice(context)}
    ${renderFilters(context)}
    <div class="dashboard__table-wrap">
      <table class="dashboard__table" part="table" tabindex="-1" aria-busy=${controller.loadingList ? 'true' : 'false'}>
        <caption class="dashboard__caption">${formatString(t.listCaption, { page: controller.pageNumber })}</caption>
        <thead>
          <tr>
            <th scope="col">${t.candidate}</th>
            <th scope="col">${t.role}</th>
            <th scope="col" aria-sort=${sort === 'score' ? 'descending' : 'none'}>${t.score}</th>
            <th scope="col">${t.decision}</th>
            <th scope="col" aria-sort=${sort === 'newest' ? 'descending' : 'none'}>${t.date}</th>
          </tr>
        </thead>
        <tbody>
          ${
            rows.length === 0
              ? html`<tr><td colspan="5" class="dashboard__empty" part="empty">${empty}</td></tr>`
              : repeat(
                  rows,
                  (row) => row.id,
                  (row) => renderRow(context, row),
                )
          }
        </tbody>
      </table>
    </div>
    <nav class="dashboard__pagination" part="pagination" aria-label=${t.pagination}>
      <button part="button previous-button" class="dashboard__button" type="button" ?disabled=${controller.pageNumber <= 1}
        @click=${() => context.changePage('previous')}>${t.previous}</button>
      <span part="page-number" aria-live="polite">${formatString(t.page, { page: controller.pageNumber })}</span>
      <button part="button next-button" class="dashboard__button" type="button" ?disabled=${!controller.page?.next_cursor}
        @click=${() => context.changePage('next')}>${t.next}</button>
    </nav>`;
}
