import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A recruiter of the hiring site (not of Coach: Coach only ever sees a token's subject). */
export interface Recruiter {
  email: string;
  name: string;
}

/** The site's own sign-in: accounts and cookie sessions, kept in memory. */
export interface RecruiterAccounts {
  /** A new session id for the right email and password, or null. */
  signIn(email: string, password: string): string | null;
  /** The recruiter a session id belongs to, while it is valid. */
  recruiterFor(sessionId: string | undefined): Recruiter | null;
  signOut(sessionId: string | undefined): void;
}

/** How long a sign-in lasts. */
const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * A stand-in for the hiring site's real login (its user database, SSO, …). What matters for
 * Coach is only that the site knows who its recruiter is before it mints a token for them.
 */
export function createRecruiterAccounts(accounts: readonly (Recruiter & { password: string })[], now: () => Date = () => new Date()): RecruiterAccounts {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  const byEmail = new Map(accounts.map((account) => [account.email.toLowerCase(), { ...account, passwordDigest: digest(account.password) }]));
  const sessions = new Map<string, { recruiter: Recruiter; expiresAt: number }>();

  return {
    signIn(email, password) {
      const account = byEmail.get(email.trim().toLowerCase());
      // Hashing first makes the comparison constant-time whatever the lengths.
      const matches = account !== undefined && timingSafeEqual(digest(password), account.passwordDigest);
      if (!account || !matches) return null;
      const sessionId = randomBytes(24).toString('base64url');
      sessions.set(sessionId, { recruiter: { email: account.email, name: account.name }, expiresAt: now().getTime() + SESSION_TTL_MS });
      return sessionId;
    },

    recruiterFor(sessionId) {
      if (!sessionId) return null;
      const session = sessions.get(sessionId);
      if (!session) return null;
      if (session.expiresAt <= now().getTime()) {
        sessions.delete(sessionId);
        return null;
      }
      return session.recruiter;
    },

    signOut(sessionId) {
      if (sessionId) sessions.delete(sessionId);
    },
  };
}
