import { html, nothing, type TemplateResult } from 'lit';
import { barChart } from '../../../internal/bar-chart.js';
import { formatScore, formatWeek } from '../../../internal/format.js';
import { lastWeeks } from '../../../internal/weeks.js';
import { formatString } from '../../../strings.js';
import type { ViewContext } from './view-context.js';

/** The statistics at the top: totals, decisions, average, score distribution and candidates per week. */
export function renderStatistics(context: ViewContext): TemplateResult | typeof nothing {
  const { strings: t, controller } = context;
  const stats = controller.statistics;
  if (!stats) return nothing;
  const distribution = Array.from({ length: 11 }, (_, score) => stats.score_distribution[score] ?? 0);
  const weeks = lastWeeks(stats.per_week, context.now);
  const reports = (count: number) => formatString(t.reportsCount, { count });
  const card = (name: string, value: string, label: string) =>
    html`<div class="dashboard__stat dashboard__stat--${name}" part="stat stat-${name}">
      <dt class="dashboard__stat-label">${label}</dt>
      <dd class="dashboard__stat-value">${value}</dd>
    </div>`;
  return html`<section class="dashboard__stats" part="stats" aria-labelledby="dashboard-stats-heading">
    <h2 id="dashboard-stats-heading" class="visually-hidden">${t.statistics}</h2>
    <dl class="dashboard__stat-cards">
      ${card('total', String(stats.total), t.total)}
      ${card('average', formatScore(stats.average_score), t.average)}
      ${card('pending', String(stats.by_decision.Pending ?? 0), t.pending)}
      ${card('accepted', String(stats.by_decision.Accepted ?? 0), t.accepted)}
      ${card('declined', String(stats.by_decision.Declined ?? 0), t.declined)}
    </dl>
    <div class="dashboard__charts">
      <figure class="dashboard__chart">
        <figcaption>${t.distribution}</figcaption>
        ${barChart({
          values: distribution,
          labels: distribution.map((_, score) => String(score)),
          label: t.distribution,
          axis: t.distributionAxis,
          part: 'distribution-chart',
          formatValue: (value) => String(value),
          describeValue: reports,
        })}
      </figure>
      <figure class="dashboard__chart">
        <figcaption>${t.perWeek}</figcaption>
        ${barChart({
          values: weeks.map((week) => week.count),
          labels: weeks.map((week) => formatWeek(week.weekStart, context.lang)),
          label: `${t.perWeek} (${reports(weeks.reduce((sum, week) => sum + week.count, 0))})`,
          axis: t.perWeekAxis,
          part: 'weekly-chart',
          labelEvery: 2,
          describeValue: reports,
        })}
      </figure>
    </div>
  </section>`;
}
