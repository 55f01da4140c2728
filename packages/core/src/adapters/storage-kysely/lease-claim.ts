import type { ExpressionBuilder, Expression, Kysely, SqlBool } from 'kysely';
import { ValidationError } from '../../errors/validation-error.js';
import type { RepositoryContext } from './repository-context.js';
import { toTimestamp } from './timestamps.js';

/** The outbox tables claimed under a lease: each has `id`, `status`, `next_attempt_at`, `locked_until` and `updated_at`. */
export type LeasedTable = 'coach_invites' | 'coach_webhook_deliveries';

/** Options of `claimLeased`. */
export interface ClaimLeasedOptions<Row> {
  table: LeasedTable;
  now: string;
  leaseMs: number;
  limit: number;
  /** Claims only this row (if due). */
  id?: string;
  /** A further condition rows must meet (e.g. the webhook endpoint is enabled). */
  where?: (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>;
  map: (row: any) => Row;
}

/**
 * The outbox claim shared by invites and webhook deliveries: rows that are `queued` and due, or
 * `sending` whose lease lapsed (the worker died), become `sending` until `now + leaseMs`. Each
 * row goes to exactly one concurrent caller. Returns them oldest due first.
 */
export async function claimLeased<Row extends { nextAttemptAt: string; id: string }>(
  context: RepositoryContext,
  options: ClaimLeasedOptions<Row>,
): Promise<Row[]> {
  const { table, leaseMs, limit, id } = options;
  const at = toTimestamp(options.now, 'now');
  if (!Number.isInteger(limit) || limit < 1)
    throw new ValidationError({ message: 'limit must be a positive integer.', issues: [{ path: 'limit', message: 'must be a positive integer' }] });
  if (!Number.isFinite(leaseMs) || leaseMs <= 0)
    throw new ValidationError({ message: 'leaseMs must be positive.', issues: [{ path: 'leaseMs', message: 'must be positive' }] });
  const lockedUntil = new Date(Date.parse(at) + leaseMs).toISOString();
  const dueRows = (db: Kysely<any>, count: number) => {
    let due = db
      .selectFrom(table)
      .select('id')
      .where((eb) =>
        eb.or([eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', at)]), eb.and([eb('status', '=', 'sending'), eb('locked_until', '<=', at)])]),
      )
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(count);
    if (id !== undefined) due = due.where('id', '=', id);
    if (options.where) due = due.where(options.where);
    return due;
  };
  // Workers poll often and are mostly idle: a plain read first spares the write transaction
  // (SQLite's write lock) when nothing is due. A row it sees may be gone by the claim; that is fine.
  if (!(await dueRows(context.db as unknown as Kysely<any>, 1).executeTakeFirst())) return [];
  return context.atomic(async ({ db, dialect }) => {
    const tx = db as unknown as Kysely<any>;
    let due = dueRows(tx, limit);
    // On PostgreSQL concurrent claimers skip each other's locked rows instead of waiting and
    // then claiming the same row; SQLite's write lock already serialises them.
    if (dialect === 'postgres') due = due.forUpdate().skipLocked();
    const ids = (await due.execute()).map((row) => row.id as string);
    if (ids.length === 0) return [];
    const claimed = await tx
      .updateTable(table)
      .set({ status: 'sending', locked_until: lockedUntil, updated_at: at })
      .where('id', 'in', ids)
      .returningAll()
      .execute();
    return claimed.map(options.map).sort((a, b) => compare(a.nextAttemptAt, b.nextAttemptAt) || compare(a.id, b.id));
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
