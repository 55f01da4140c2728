import { ValidationError } from '../../errors/validation-error.js';

/**
 * Normalises an ISO-8601 timestamp to `Date#toISOString` form (UTC, milliseconds), the form
 * stored and compared as text, so that every stored timestamp sorts chronologically.
 */
export function toTimestamp(value: string, path: string): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new ValidationError({ message: `${path} is not a valid timestamp.`, issues: [{ path, message: 'must be an ISO-8601 timestamp' }] });
  }
  return new Date(time).toISOString();
}

/** Same as `toTimestamp`, keeping null. */
export function toNullableTimestamp(value: string | null, path: string): string | null {
  return value === null ? null : toTimestamp(value, path);
}

/** The Monday (`YYYY-MM-DD`, UTC) starting the ISO week that contains `timestamp`. */
export function isoWeekStart(timestamp: string): string {
  const date = new Date(timestamp);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - daysSinceMonday));
  return monday.toISOString().slice(0, 10);
}

/** `weekStart` (`YYYY-MM-DD`) moved by `weeks` weeks. */
export function addWeeks(weekStart: string, weeks: number): string {
  const date = new Date(`${weekStart}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + weeks * 7);
  return date.toISOString().slice(0, 10);
}
