/**
 * Entry of the document extraction worker (a worker_threads Worker started by
 * `extractInWorker`). It handles one request, posts one answer and is then terminated, so nothing a
 * document leaves behind (heap, pdf.js state) outlives it. Built as its own tsup entry.
 */
import { parentPort } from 'node:worker_threads';
import { CoachError, ValidationError } from '../errors/index.js';
import type { DocumentWorkerAnswer, DocumentWorkerRequest } from './document-worker-protocol.js';
import { extractDocx } from './extract-docx.js';
import { extractPdf } from './extract-pdf.js';

parentPort?.once('message', (request: DocumentWorkerRequest) => {
  void handle(request).then((answer) => {
    const transfer = answer.ok && answer.kind === 'pdf' ? (answer.result.scans ?? []).map((scan) => scan.buffer as ArrayBuffer) : [];
    parentPort?.postMessage(answer, transfer);
  });
});

async function handle(request: DocumentWorkerRequest): Promise<DocumentWorkerAnswer> {
  try {
    if (request.kind === 'docx') return { ok: true, kind: 'docx', result: await extractDocx(request.bytes, request.limits) };
    return { ok: true, kind: 'pdf', result: await extractPdf(request.bytes, request) };
  } catch (error) {
    if (CoachError.isInstance(error)) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, issues: ValidationError.isInstance(error) ? error.issues : [], cause: describe(error.cause) },
      };
    }
    return { ok: false, error: { code: null, message: describe(error) ?? 'unknown error', issues: [], cause: null } };
  }
}

function describe(error: unknown): string | null {
  if (error === undefined || error === null) return null;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
