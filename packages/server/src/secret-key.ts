import { randomBytes } from 'node:crypto';
import type { Coach } from '@coach/core';

/** The settings key under which a generated secret key is kept. */
export const SECRET_KEY_SETTING = 'server.secret_key';

export interface ResolvedSecretKey {
  secretKey: string;
  /** `environment`: COACH_SECRET_KEY; `generated`: made now, by this process; `stored`: made earlier or by another process. */
  source: 'environment' | 'generated' | 'stored';
}

/**
 * The secret key: COACH_SECRET_KEY when set; otherwise the one kept in the database, made on
 * the very first start. `setIfAbsent` makes every process that starts at once agree on one
 * key, and tells exactly one of them that it generated it (and so should print it).
 */
export async function resolveSecretKey(coach: Pick<Coach, 'storedValues'>, fromEnvironment: string | null): Promise<ResolvedSecretKey> {
  if (fromEnvironment) return { secretKey: fromEnvironment, source: 'environment' };
  const { value, created } = await coach.storedValues.getOrCreate({ key: SECRET_KEY_SETTING, create: () => randomBytes(32).toString('base64url') });
  return { secretKey: value, source: created ? 'generated' : 'stored' };
}
