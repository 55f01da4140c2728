import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ValidationError } from '../errors/index.js';
import { documentTooLarge, type DocumentLimits } from './document-limits.js';
import type { DocumentWorkerAnswer, DocumentWorkerRequest } from './document-worker-protocol.js';
import type { PdfExtraction } from './extract-pdf.js';

/** How one extraction runs. */
export interface ExtractInWorkerOptions {
  /** Wall-clock limit; the worker is terminated when it passes. */
  timeoutMs: number;
  limits: DocumentLimits;
  abortSignal?: AbortSignal;
}

/** At most this many documents are extracted at once; more wait, so memory stays bounded under load. */
const MAX_CONCURRENT_WORKERS = 2;

/**
 * Runs a PDF or Word extraction in a worker thread with a capped V8 heap and a wall-clock limit, so
 * neither a slow document nor a memory-hungry one can stall the event loop or take the process down.
 * A worker that runs out of heap or time is terminated and the document refused with
 * `DOCUMENT_TOO_LARGE`.
 *
 * @throws ValidationError the extraction's own errors, or `DOCUMENT_TOO_LARGE` / `UNREADABLE_FILE`.
 */
export function extractInWorker(request: { kind: 'docx'; bytes: Uint8Array }, options: ExtractInWorkerOptions): Promise<{ text: string }>;
export function extractInWorker(
  request: { kind: 'pdf'; bytes: Uint8Array; maxPages: number; renderScans: boolean },
  options: ExtractInWorkerOptions,
): Promise<PdfExtraction>;
export async function extractInWorker(
  request: { kind: 'docx'; bytes: Uint8Array } | { kind: 'pdf'; bytes: Uint8Array; maxPages: number; renderScans: boolean },
  options: ExtractInWorkerOptions,
): Promise<{ text: string } | PdfExtraction> {
  options.abortSignal?.throwIfAborted();
  const release = await acquireSlot(options.abortSignal);
  try {
    return await runWorker({ ...request, limits: options.limits } as DocumentWorkerRequest, options);
  } finally {
    release();
  }
}

function runWorker(request: DocumentWorkerRequest, options: ExtractInWorkerOptions): Promise<{ text: string } | PdfExtraction> {
  const label = request.kind === 'pdf' ? 'PDF' : 'Word document';
  return new Promise((resolve, reject) => {
    const worker = createWorker({ maxOldGenerationSizeMb: options.limits.workerHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.abortSignal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          documentTooLarge(
            `This ${label} took too long to read (over ${Math.round(options.timeoutMs / 1000)} s), so it was not read. Please upload a simpler version of your resume.`,
            `reading took longer than ${options.timeoutMs} ms`,
          ),
        ),
      );
    }, options.timeoutMs);
    const onAbort = () => finish(() => reject(options.abortSignal?.reason));
    options.abortSignal?.addEventListener('abort', onAbort, { once: true });

    worker.once('message', (answer: DocumentWorkerAnswer) => {
      finish(() => {
        if (answer.ok) resolve(answer.result);
        else reject(toError(answer.error, label));
      });
    });
    worker.once('error', (error: Error & { code?: string }) => {
      finish(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(
            documentTooLarge(
              `This ${label} needs far more memory to read than a resume does, so it was not read. Please upload a simpler version of your resume.`,
              `reading needed more than ${options.limits.workerHeapMb} MiB`,
              error,
            ),
          );
        } else {
          reject(unreadable(label, error.message, error));
        }
      });
    });
    worker.once('exit', (exitCode) => finish(() => reject(unreadable(label, `the reader stopped (exit code ${exitCode})`))));
    worker.postMessage(request);
  });
}

function toError(error: Extract<DocumentWorkerAnswer, { ok: false }>['error'], label: string): ValidationError {
  if (error.code === null) return unreadable(label, error.message);
  return new ValidationError({ code: error.code, message: error.message, issues: error.issues, cause: error.cause ?? undefined });
}

function unreadable(label: string, detail: string, cause?: unknown): ValidationError {
  return new ValidationError({
    code: 'UNREADABLE_FILE',
    message: `This ${label} appears to be damaged and cannot be read. Please save or export it again and upload the new file.`,
    issues: [{ path: 'resume', message: detail }],
    cause,
  });
}

/**
 * The worker: its built entry beside this module (`dist/document-worker.js`, a tsup entry), or, when
 * running from the TypeScript source (tests), a small bootstrap that loads the source through tsx.
 */
function createWorker(resourceLimits: ResourceLimits): Worker {
  const options = { resourceLimits, stdout: false, stderr: false };
  if (!runningFromSource()) return new Worker(new URL('./document-worker.js', import.meta.url), options);
  // tsx is a development dependency of the repository; its ESM API sits beside the CJS one.
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./document-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function runningFromSource(): boolean {
  return import.meta.url.endsWith('.ts');
}

let running = 0;
const waiting: (() => void)[] = [];

async function acquireSlot(abortSignal: AbortSignal | undefined): Promise<() => void> {
  if (running >= MAX_CONCURRENT_WORKERS) {
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        waiting.splice(waiting.indexOf(wake), 1);
        reject(abortSignal?.reason);
      };
      const wake = () => {
        abortSignal?.removeEventListener('abort', onAbort);
        resolve();
      };
      waiting.push(wake);
      abortSignal?.addEventListener('abort', onAbort, { once: true });
    });
  } else {
    running += 1;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next) next();
    else running -= 1;
  };
}
