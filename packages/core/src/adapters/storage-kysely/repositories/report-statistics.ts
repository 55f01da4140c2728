import { DECISIONS, type Decision, type ReportStatistics } from '../../../domain/report-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { addWeeks, isoWeekStart, toTimestamp } from '../timestamps.js';

/** Weeks shown in `perWeek`, ending with the week of `now`. */
const WEEKS = 12;

/**
 * Reads the recruiter's statistics from the running totals that triggers keep in
 * `coach_report_stats` (see migration 0003): a few dozen rows whatever the number of reports.
 */
export async function computeReportStatistics({ db }: RepositoryContext, now: string): Promise<ReportStatistics> {
  const lastWeek = isoWeekStart(toTimestamp(now, 'now'));
  const firstWeek = addWeeks(lastWeek, -(WEEKS - 1));
  const rows = await db
    .selectFrom('coach_report_stats')
    .select(['dimension', 'value', 'report_count', 'score_sum'])
    .where('report_count', '>', 0)
    .where((eb) => eb.or([eb('dimension', '!=', 'week'), eb.and([eb('value', '>=', firstWeek), eb('value', '<=', lastWeek)])]))
    .execute();

  const byDecision = Object.fromEntries(DECISIONS.map((decision) => [decision, 0])) as Record<Decision, number>;
  const scoreDistribution = Array.from({ length: 11 }, () => 0);
  const byRole: ReportStatistics['byRole'] = [];
  const perWeek: ReportStatistics['perWeek'] = [];
  let total = 0;
  let scoreSum = 0;
  for (const row of rows) {
    const count = Number(row.report_count);
    const sum = Number(row.score_sum);
    switch (row.dimension) {
      case 'decision':
        total += count;
        scoreSum += sum;
        if (DECISIONS.includes(row.value as Decision)) byDecision[row.value as Decision] = count;
        break;
      case 'role':
        byRole.push({ role: row.value, count, averageScore: round2(sum / count) });
        break;
      case 'bucket': {
        const index = Math.min(10, Math.max(0, Number(row.value)));
        scoreDistribution[index] = (scoreDistribution[index] ?? 0) + count;
        break;
      }
      case 'week':
        perWeek.push({ weekStart: row.value, count });
        break;
    }
  }
  byRole.sort((a, b) => b.count - a.count || compareText(a.role, b.role));
  perWeek.sort((a, b) => compareText(a.weekStart, b.weekStart));
  return { total, byDecision, averageScore: total === 0 ? null : round2(scoreSum / total), scoreDistribution, byRole, perWeek };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
