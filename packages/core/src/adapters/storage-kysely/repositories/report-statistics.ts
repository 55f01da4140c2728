import { sql } from 'kysely';
import { DECISIONS, type Decision, type ReportStatistics } from '../../../domain/report-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { addWeeks, isoWeekStart, toTimestamp } from '../timestamps.js';

/** Weeks shown in `perWeek`, ending with the week of `now`. */
const WEEKS = 12;

/**
 * Computes the recruiter's statistics with grouped queries (each answered from an index), so
 * only a few dozen rows reach JavaScript whatever the number of reports.
 */
export async function computeReportStatistics({ db, dialect }: RepositoryContext, now: string): Promise<ReportStatistics> {
  const lastWeek = isoWeekStart(toTimestamp(now, 'now'));
  const firstWeek = addWeeks(lastWeek, -(WEEKS - 1));
  // Scores are non-negative, so truncation is floor; PostgreSQL's integer cast would round.
  const bucket = dialect === 'postgres' ? sql<number>`floor(overall_score)::integer` : sql<number>`cast(overall_score as integer)`;

  const [decisionRows, bucketRows, roleRows, weekRows] = await Promise.all([
    db
      .selectFrom('coach_reports')
      .select(['decision', (eb) => eb.fn.countAll().as('count'), (eb) => eb.fn.sum<number | string>('overall_score').as('score_sum')])
      .groupBy('decision')
      .execute(),
    db
      .selectFrom('coach_reports')
      .select([bucket.as('bucket'), (eb) => eb.fn.countAll().as('count')])
      .groupBy(bucket)
      .execute(),
    db
      .selectFrom('coach_reports')
      .select(['role', (eb) => eb.fn.countAll().as('count'), (eb) => eb.fn.avg<number | string>('overall_score').as('average')])
      .groupBy('role')
      .execute(),
    db
      .selectFrom('coach_reports')
      .select(['created_week', (eb) => eb.fn.countAll().as('count')])
      .where('created_week', '>=', firstWeek)
      .where('created_week', '<=', lastWeek)
      .groupBy('created_week')
      .orderBy('created_week')
      .execute(),
  ]);

  const byDecision = Object.fromEntries(DECISIONS.map((decision) => [decision, 0])) as Record<Decision, number>;
  let total = 0;
  let scoreSum = 0;
  for (const row of decisionRows) {
    const count = Number(row.count);
    total += count;
    scoreSum += Number(row.score_sum);
    if (DECISIONS.includes(row.decision as Decision)) byDecision[row.decision as Decision] = count;
  }

  const scoreDistribution = Array.from({ length: 11 }, () => 0);
  for (const row of bucketRows) {
    const index = Math.min(10, Math.max(0, Number(row.bucket)));
    scoreDistribution[index] = (scoreDistribution[index] ?? 0) + Number(row.count);
  }

  const byRole = roleRows
    .map((row) => ({ role: row.role, count: Number(row.count), averageScore: round2(Number(row.average)) }))
    .sort((a, b) => b.count - a.count || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));

  return {
    total,
    byDecision,
    averageScore: total === 0 ? null : round2(scoreSum / total),
    scoreDistribution,
    byRole,
    perWeek: weekRows.map((row) => ({ weekStart: row.created_week, count: Number(row.count) })),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
