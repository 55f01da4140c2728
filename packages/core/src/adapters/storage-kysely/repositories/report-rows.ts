import type { Decision, Report, ReportSummary } from '../../../domain/report-types.js';
import type { ReportRow } from '../database-types.js';
import { isoWeekStart, toTimestamp } from '../timestamps.js';

/** The parts of a report kept as JSON; the rest are columns. */
type ReportData = Pick<
  Report,
  | 'behavioralScore'
  | 'technicalScore'
  | 'dsaScore'
  | 'weights'
  | 'summary'
  | 'strengths'
  | 'improvements'
  | 'questions'
  | 'dsa'
  | 'resumeSummary'
  | 'provenance'
  | 'origin'
>;

/** The columns of `coach_reports` a summary needs. */
export const REPORT_SUMMARY_COLUMNS = ['id', 'candidate_name', 'candidate_email', 'role', 'overall_score', 'decision', 'created_at'] as const;

/** Longest part of each field that search looks in; keeps every index entry small. */
const SEARCHED_CHARACTERS = 300;

/** What text search looks in: name, email and role, lower-cased, one per line. */
export function searchText(report: Pick<Report, 'candidateName' | 'candidateEmail' | 'role'>): string {
  return [report.candidateName, report.candidateEmail, report.role].map((part) => [...part.toLowerCase()].slice(0, SEARCHED_CHARACTERS).join('')).join('\n');
}

export function reportToRow(report: Report): ReportRow {
  const createdAt = toTimestamp(report.createdAt, 'report.createdAt');
  const data: ReportData = {
    behavioralScore: report.behavioralScore,
    technicalScore: report.technicalScore,
    dsaScore: report.dsaScore,
    weights: report.weights,
    summary: report.summary,
    strengths: report.strengths,
    improvements: report.improvements,
    questions: report.questions,
    dsa: report.dsa,
    resumeSummary: report.resumeSummary,
    provenance: report.provenance,
    ...(report.origin ? { origin: report.origin } : {}),
  };
  return {
    id: report.id,
    session_id: report.sessionId,
    candidate_name: report.candidateName,
    candidate_email: report.candidateEmail,
    role: report.role,
    overall_score: report.overallScore,
    decision: report.decision,
    template_id: report.origin?.templateId ?? null,
    search_text: searchText(report),
    data: JSON.stringify(data),
    created_at: createdAt,
    created_week: isoWeekStart(createdAt),
    updated_at: toTimestamp(report.updatedAt, 'report.updatedAt'),
  };
}

export function rowToReport(row: ReportRow): Report {
  const data = JSON.parse(row.data) as ReportData;
  return {
    id: row.id,
    sessionId: row.session_id,
    candidateName: row.candidate_name,
    candidateEmail: row.candidate_email,
    role: row.role,
    overallScore: Number(row.overall_score),
    behavioralScore: data.behavioralScore,
    technicalScore: data.technicalScore,
    dsaScore: data.dsaScore,
    weights: data.weights,
    summary: data.summary,
    strengths: data.strengths,
    improvements: data.improvements,
    questions: data.questions,
    dsa: data.dsa,
    resumeSummary: data.resumeSummary,
    decision: row.decision as Decision,
    provenance: data.provenance,
    ...(data.origin ? { origin: data.origin } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function rowToSummary(row: Pick<ReportRow, (typeof REPORT_SUMMARY_COLUMNS)[number]>): ReportSummary {
  return {
    id: row.id,
    candidateName: row.candidate_name,
    candidateEmail: row.candidate_email,
    role: row.role,
    overallScore: Number(row.overall_score),
    decision: row.decision as Decision,
    createdAt: row.created_at,
  };
}
