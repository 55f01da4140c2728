const DAY_MS = 86_400_000;

/** The Monday (UTC, `YYYY-MM-DD`) of the ISO week that contains `date`. */
export function isoWeekStart(date: Date): string {
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - daysSinceMonday)).toISOString().slice(0, 10);
}

/**
 * The last `count` weeks with their report counts, oldest first. The server lists only weeks
 * that have reports; the missing ones are filled with zero so the chart's time axis is even.
 * The last week is the later of this week and the newest week with reports.
 */
export function lastWeeks(perWeek: readonly { week_start: string; count: number }[], now: Date, count = 12): { weekStart: string; count: number }[] {
  const counts = new Map(perWeek.map((week) => [week.week_start, week.count]));
  const newestListed = perWeek.reduce<string>((newest, week) => (week.week_start > newest ? week.week_start : newest), '');
  const current = isoWeekStart(now);
  const last = newestListed > current ? newestListed : current;
  const lastTime = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const weekStart = new Date(lastTime - (count - 1 - index) * 7 * DAY_MS).toISOString().slice(0, 10);
    return { weekStart, count: counts.get(weekStart) ?? 0 };
  });
}
