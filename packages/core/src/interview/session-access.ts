import type { InterviewSession, InterviewTurn } from '../domain/index.js';
import { ConflictError, NotFoundError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { isIdShaped } from '../internal/ids.js';
import { hashForLog } from '../internal/logger.js';
import type { StorageRepositories } from '../ports/storage.js';

/** Loads a session or throws `NotFoundError` (also for ids that cannot be session ids). */
export async function loadSession(storage: StorageRepositories, sessionId: unknown): Promise<InterviewSession> {
  const session = typeof sessionId === 'string' && isIdShaped(sessionId) ? await storage.sessions.get({ id: sessionId }) : null;
  if (!session) throw new NotFoundError({ entity: 'session', id: String(sessionId), message: 'No interview session with that id.' });
  return session;
}

/**
 * Loads a question of a session. A question of another session is reported as unknown, so a
 * session id never reveals anything about other sessions.
 */
export async function loadTurn(storage: StorageRepositories, questionId: unknown, sessionId: string): Promise<InterviewTurn> {
  const turn = typeof questionId === 'string' && isIdShaped(questionId) ? await storage.turns.get({ id: questionId }) : null;
  if (!turn || turn.sessionId !== sessionId) {
    throw new NotFoundError({ entity: 'question', id: String(questionId), message: 'No question with that id in this session.' });
  }
  return turn;
}

/** Whether the session has been idle longer than `settings.sessionIdleMinutes`. */
export function isSessionExpired(context: CoachContext, session: InterviewSession): boolean {
  const idleMs = context.settings.sessionIdleMinutes * 60_000;
  return Date.parse(session.lastActivityAt) + idleMs < context.now().getTime();
}

/** Throws `ConflictError` `SESSION_EXPIRED` for an idle session. */
export function assertSessionActive(context: CoachContext, session: InterviewSession): void {
  if (isSessionExpired(context, session)) {
    throw new ConflictError({
      code: 'SESSION_EXPIRED',
      message: 'This interview session has expired after a long period without activity. Please start a new interview.',
    });
  }
}

/**
 * Applies `change` to the stored session with optimistic concurrency. On a version conflict
 * it re-reads the session and applies `change` once more to the fresh copy, so `change` must
 * decide from the session it is given (and may throw when the work turns out to be done).
 * A second conflict propagates.
 */
export async function updateSession(
  storage: StorageRepositories,
  sessionId: string,
  change: (session: InterviewSession) => InterviewSession,
  current?: InterviewSession,
): Promise<InterviewSession> {
  let session = current ?? (await loadSession(storage, sessionId));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await storage.sessions.update({ session: change(session), expectedVersion: session.version });
    } catch (error) {
      if (!ConflictError.isInstance(error) || attempt >= 2) throw error;
      session = await loadSession(storage, sessionId);
    }
  }
}

/**
 * Records candidate activity on the session (`lastActivityAt`). Best effort: losing a race
 * against another writer twice only leaves an older activity time, so that is logged, not thrown.
 */
export async function touchSession(context: CoachContext, sessionId: string, current?: InterviewSession): Promise<InterviewSession | null> {
  const now = context.now().toISOString();
  try {
    return await updateSession(context.storage, sessionId, (session) => ({ ...session, lastActivityAt: now, updatedAt: now }), current);
  } catch (error) {
    if (!ConflictError.isInstance(error)) throw error;
    context.logger.warn('session activity not recorded after concurrent updates', { session: hashForLog(sessionId) });
    return null;
  }
}
