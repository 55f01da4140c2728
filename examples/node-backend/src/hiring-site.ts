import type { Coach } from '@coach/core';
import { createApp, createRecruiterTokens, DEFAULT_TOKEN_TTL_SECONDS } from '@coach/server';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { mount } from 'hono/mount';
import { renderSitePage } from './site-page.js';
import type { RecruiterAccounts } from './recruiter-accounts.js';

/** Where the Coach API and widget bundles live on this site. */
export const COACH_PATH = '/coach';
const SESSION_COOKIE = 'acme_session';

export interface HiringSiteOptions {
  coach: Coach;
  /** Coach's secret key: signs recruiter tokens. It stays in this process. */
  secretKey: string;
  accounts: RecruiterAccounts;
  /** What the site's recruiters were told about new reports, newest last (see report-watcher.ts). */
  notifications: readonly string[];
}

/**
 * The hiring site: its own page and recruiter sign-in, and Coach mounted under `/coach`
 * (`/coach/api/…` for the widgets, `/coach/widget/…` for their bundles). Candidates use Coach
 * directly through the widget; recruiters sign in here and get short-lived recruiter tokens,
 * so the dashboard in their browser never holds the secret key.
 */
export function createHiringSite(options: HiringSiteOptions) {
  const { coach, secretKey, accounts } = options;
  const coachApp = createApp(coach, { secretKey });
  const tokens = createRecruiterTokens(secretKey);
  const site = new Hono();

  const signedIn = (c: Context) => accounts.recruiterFor(getCookie(c, SESSION_COOKIE));

  site.get('/', (c) => c.html(renderSitePage({ coachPath: COACH_PATH })));

  site.post('/login', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { email?: unknown; password?: unknown } | null;
    const sessionId = typeof body?.email === 'string' && typeof body.password === 'string' ? accounts.signIn(body.email, body.password) : null;
    if (!sessionId) return c.json({ error: 'Wrong email or password.' }, 401);
    setCookie(c, SESSION_COOKIE, sessionId, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.json({ recruiter: accounts.recruiterFor(sessionId) });
  });

  site.post('/logout', (c) => {
    accounts.signOut(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  site.get('/me', (c) => c.json({ recruiter: signedIn(c) }));

  // The dashboard calls this whenever it needs a token (and again when one expires).
  site.get('/me/recruiter-token', async (c) => {
    const recruiter = signedIn(c);
    if (!recruiter) return c.json({ error: 'Sign in first.' }, 401);
    const { token, expiresAt } = await tokens.mint({ subject: recruiter.email, ttlSeconds: DEFAULT_TOKEN_TTL_SECONDS, now: coach.now() });
    c.header('Cache-Control', 'no-store');
    return c.json({ token, expires_at: expiresAt.toISOString() });
  });

  site.get('/me/notifications', (c) => {
    if (!signedIn(c)) return c.json({ error: 'Sign in first.' }, 401);
    return c.json({ notifications: options.notifications });
  });

  // Coach keeps its own middleware (CORS, rate limits, recruiter auth, errors) and sees the
  // paths it knows (`/api/…`, `/widget/…`): mount() strips the prefix.
  site.all(`${COACH_PATH}/*`, mount(coachApp.fetch));
  return site;
}
