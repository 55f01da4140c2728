import { createCoachClient, type CoachSchemas } from '@coach/client';

export interface PendingDigestOptions {
  /** Where Coach answers, e.g. `http://127.0.0.1:3000/coach` for this site. */
  baseUrl: string;
  /** Coach's secret key: used only to mint a short-lived recruiter token. */
  secretKey: string;
  /** Leave out candidates below this overall score. @default 0 */
  minScore?: number;
  /** @default 10 */
  limit?: number;
}

/** What the digest found. */
export interface PendingDigest {
  statistics: CoachSchemas['Statistics'];
  /** The best pending candidates first. */
  pending: CoachSchemas['ReportRow'][];
  /** The digest as text, for an email or a chat message. */
  text: string;
}

/**
 * The recruiters' morning digest, built over Coach's HTTP API with `@coach/client` (as any
 * other backend, job or script could, wherever Coach runs): the statistics and the pending
 * candidates by score. The secret key only mints a 5-minute recruiter token; the reads go with
 * that token, renewed through `onUnauthorized` if it expires mid-run.
 */
export async function buildPendingDigest(options: PendingDigestOptions): Promise<PendingDigest> {
  const admin = createCoachClient({ baseUrl: options.baseUrl, token: options.secretKey });
  const mint = async () => (await admin.createRecruiterToken({ subject: 'pending-digest', ttl_seconds: 300 })).token;
  const recruiter = createCoachClient({ baseUrl: options.baseUrl, token: await mint(), onUnauthorized: mint });

  const [statistics, page] = await Promise.all([
    recruiter.getStatistics(),
    recruiter.listReports({ decision: 'Pending', sort: 'score', min_score: options.minScore ?? 0, limit: options.limit ?? 10 }),
  ]);
  const average = statistics.average_score === null ? 'no scores yet' : `average ${statistics.average_score.toFixed(1)}/10`;
  const lines = [
    `${statistics.total} interviews (${average}): ${statistics.by_decision.Pending} pending, ${statistics.by_decision.Accepted} accepted, ${statistics.by_decision.Declined} declined.`,
    ...page.reports.map(
      (report) => `- ${report.candidate_name} <${report.candidate_email}>, ${report.role}: ${report.overall_score.toFixed(1)}/10 (report ${report.id})`,
    ),
  ];
  if (page.next_cursor) lines.push('- … and more in the dashboard.');
  return { statistics, pending: page.reports, text: lines.join('\n') };
}
