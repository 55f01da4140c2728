import { ValidationError } from '../../errors/validation-error.js';
import type { ReportSort } from '../../domain/report-types.js';

/** The sort keys of the last row of a page: where the next page starts. */
export interface ReportCursor {
  sort: ReportSort;
  createdAt: string;
  id: string;
  /** The overall score, for the `score` sort. */
  score: number | null;
}

/** Encodes the cursor as opaque base64url JSON. */
export function encodeReportCursor(cursor: ReportCursor): string {
  const payload = cursor.sort === 'score' ? [cursor.sort, cursor.createdAt, cursor.id, cursor.score] : [cursor.sort, cursor.createdAt, cursor.id];
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeReportCursor` for `sort`; anything else is a `ValidationError`. */
export function decodeReportCursor(value: string, sort: ReportSort): ReportCursor {
  const invalid = () =>
    new ValidationError({ message: 'The cursor is invalid; start again from the first page.', issues: [{ path: 'cursor', message: 'invalid cursor' }] });
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,2000}$/.test(value)) throw invalid();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(payload) || payload[0] !== sort) throw invalid();
  const [, createdAt, id, score] = payload as unknown[];
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)) || typeof id !== 'string' || id.length === 0) throw invalid();
  if (sort === 'score') {
    if (payload.length !== 4 || typeof score !== 'number' || !Number.isFinite(score)) throw invalid();
    return { sort, createdAt, id, score };
  }
  if (payload.length !== 3) throw invalid();
  return { sort, createdAt, id, score: null };
}
