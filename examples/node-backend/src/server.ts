// A hiring site's Node service with Coach built in. Run: npm start (see README.md).
import { randomBytes } from 'node:crypto';
import { createCoach, type ReportSummary } from '@coach/core';
import { createSqliteStorage } from '@coach/core/storage/kysely';
import { serve } from '@coach/server/node';
import { createHiringSite } from './hiring-site.js';
import { createRecruiterAccounts } from './recruiter-accounts.js';
import { createReportWatcher } from './report-watcher.js';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const databaseFile = process.env.COACH_SQLITE_FILE ?? './hiring-site.db';
const pollIntervalMs = Number(process.env.REPORT_POLL_INTERVAL_MS ?? 5000);
const webhookUrl = process.env.NEW_REPORT_WEBHOOK_URL;

// The secret key signs recruiter tokens; it lives in this process's environment only.
let secretKey = process.env.COACH_SECRET_KEY ?? '';
if (secretKey.length < 16) {
  secretKey = randomBytes(32).toString('base64url');
  console.warn('[hiring-site] COACH_SECRET_KEY is not set: using a random key, so recruiter tokens end with this process.');
}

// Demo accounts; a real site checks its own user database or SSO instead.
const accounts = createRecruiterAccounts([
  { email: 'ana@acme.example', name: 'Ana Lima', password: process.env.DEMO_RECRUITER_PASSWORD ?? 'correct-horse-battery' },
]);

const coach = await createCoach({ storage: createSqliteStorage({ filename: databaseFile }) });
await coach.templates.seedStarterTemplates();

const notifications: string[] = [];
/** What the site does when a candidate finishes: tell the recruiters (log, page, webhook). */
async function notifyRecruiters(report: ReportSummary): Promise<void> {
  const text = `New interview report: ${report.candidateName} <${report.candidateEmail}> for ${report.role} scored ${report.overallScore}/10 (report ${report.id})`;
  console.log(`[hiring-site] ${text}`);
  notifications.push(text);
  if (webhookUrl) {
    const response = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, report }) });
    if (!response.ok) console.warn(`[hiring-site] The webhook answered ${response.status}.`);
  }
}

const watcher = createReportWatcher({
  coach,
  intervalMs: pollIntervalMs,
  onNewReport: notifyRecruiters,
  onError: (error) => console.warn(`[hiring-site] Could not check for new reports: ${error instanceof Error ? error.message : String(error)}`),
});

const site = createHiringSite({ coach, secretKey, accounts, notifications });
// serve() also runs Coach's maintenance (invite retries, expiry) and shuts down gracefully.
const running = await serve(site, { port, hostname, coach });
running.server.once('close', () => watcher.stop());
console.log(`[hiring-site] Acme Careers is running at ${running.url}/ (Coach API at ${running.url}/coach/api/)`);
