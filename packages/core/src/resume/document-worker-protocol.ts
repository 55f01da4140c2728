import type { CoachErrorCode, ValidationIssue } from '../errors/index.js';
import type { DocumentLimits } from './document-limits.js';
import type { PdfExtraction } from './extract-pdf.js';

/** What the extraction worker is asked to do. */
export type DocumentWorkerRequest =
  | { kind: 'docx'; bytes: Uint8Array; limits: DocumentLimits }
  | { kind: 'pdf'; bytes: Uint8Array; limits: DocumentLimits; maxPages: number; renderScans: boolean };

/** The worker's one answer; errors cross the thread boundary as plain data. */
export type DocumentWorkerAnswer =
  | { ok: true; kind: 'docx'; result: { text: string } }
  | { ok: true; kind: 'pdf'; result: PdfExtraction }
  | { ok: false; error: { code: CoachErrorCode | null; message: string; issues: ValidationIssue[]; cause: string | null } };
