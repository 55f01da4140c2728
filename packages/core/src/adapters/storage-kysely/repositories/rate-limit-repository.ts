import { ValidationError } from '../../../errors/validation-error.js';
import type { RateLimitRepository } from '../../../ports/storage.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';

/** Fixed-window hit counters, counted by one atomic upsert per hit. */
export function createRateLimitRepository({ db }: RepositoryContext): RateLimitRepository {
  return {
    async hit({ key, windowMs, now }) {
      const { windowStart, resetAt } = fixedWindow(windowMs, now);
      // INSERT … ON CONFLICT DO UPDATE … RETURNING is one atomic statement on both dialects,
      // so concurrent hits each see their own count.
      const row = await db
        .insertInto('coach_rate_limits')
        .values({ key, window_start: windowStart, count: 1, reset_at: resetAt })
        .onConflict((conflict) => conflict.columns(['key', 'window_start']).doUpdateSet((eb) => ({ count: eb('coach_rate_limits.count', '+', 1) })))
        .returning('count')
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), resetAt };
    },

    async peek({ key, windowMs, now }) {
      const { windowStart, resetAt } = fixedWindow(windowMs, now);
      const row = await db.selectFrom('coach_rate_limits').select('count').where('key', '=', key).where('window_start', '=', windowStart).executeTakeFirst();
      return { count: row ? Number(row.count) : 0, resetAt };
    },

    async prune({ before }) {
      const result = await db.deleteFrom('coach_rate_limits').where('reset_at', '<', toTimestamp(before, 'before')).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function fixedWindow(windowMs: number, now: string): { windowStart: string; resetAt: string } {
  if (!Number.isInteger(windowMs) || windowMs <= 0) {
    throw new ValidationError({ message: 'windowMs must be a positive integer.', issues: [{ path: 'windowMs', message: 'must be a positive integer' }] });
  }
  const time = Date.parse(toTimestamp(now, 'now'));
  const start = Math.floor(time / windowMs) * windowMs;
  return { windowStart: new Date(start).toISOString(), resetAt: new Date(start + windowMs).toISOString() };
}
