import { Worker } from 'node:worker_threads';
import type { CodeLanguage, CodeRunLimits, CodeRunner, CodeRunOptions, CodeRunResult } from '../../ports/code-runner.js';
import { UnsupportedFeatureError, ValidationError } from '../../errors/index.js';
import { JAVASCRIPT_HARNESS } from '../../code-runner/javascript-harness.js';
import { resolveCodeRunLimits } from '../../code-runner/code-run-limits.js';
import { createRunQueue } from '../../code-runner/run-queue.js';

export interface QuickJsCodeRunnerOptions {
  /**
   * How many runs execute at once, each on its own worker thread; the rest queue in order.
   * @default 2
   */
  concurrency?: number;
  /** Limits for every run; a call's own `limits` override them. @default 2 s CPU per case, 5 s wall, 64 MB */
  limits?: CodeRunLimits;
}

// Grace after the wall-clock limit before the worker is terminated outright: the interrupt
// handler normally stops the code first; this catches a run stuck inside one native call.
const TERMINATE_GRACE_MS = 1000;
// The worker's native stack, large enough for QuickJS's own 4 MB stack check to fire first.
const WORKER_STACK_MB = 32;

interface PooledWorker {
  worker: Worker;
  ready: Promise<void>;
  /** Set once the worker is being terminated, so it never returns to the pool. */
  dead: boolean;
}

/**
 * Runs JavaScript in QuickJS compiled to WebAssembly. Each run gets a fresh QuickJS runtime
 * (no state carries over) with a memory limit, a stack limit and an interrupt handler for the
 * per-case CPU time and the run's wall-clock time. The sandbox has no host functions: no
 * `require`, `process`, `fetch`, files, timers or network exist inside it.
 *
 * QuickJS runs synchronously, so runs execute on a small pool of worker threads and never on
 * the caller's event loop; a bounded FIFO queue admits `concurrency` runs at a time.
 *
 * @example
 * const runner = createQuickJsCodeRunner({ concurrency: 2 });
 * const result = await runner.run({ language: 'javascript', code, entry, cases });
 */
export function createQuickJsCodeRunner(options: QuickJsCodeRunnerOptions = {}): CodeRunner {
  const concurrency = options.concurrency ?? 2;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ValidationError({ code: 'INVALID_CONFIG', message: 'concurrency must be a positive integer' });
  }
  const queue = createRunQueue(concurrency);
  const runnerLimits = resolveCodeRunLimits(options.limits);
  const idle: PooledWorker[] = [];
  const all = new Set<PooledWorker>();
  let nextId = 1;
  let closed = false;

  const spawn = (): PooledWorker => {
    const worker = new Worker(new URL('./quickjs-worker.js', import.meta.url), {
      resourceLimits: { stackSizeMb: WORKER_STACK_MB },
      workerData: { memoryMb: runnerLimits.memoryMb },
    });
    const pooled: PooledWorker = {
      worker,
      dead: false,
      ready: new Promise((resolve, reject) => {
        const onMessage = (message: { ready?: boolean }) => {
          if (message.ready) {
            worker.off('message', onMessage);
            worker.off('error', reject);
            resolve();
          }
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
      }),
    };
    worker.once('exit', () => {
      pooled.dead = true;
      all.delete(pooled);
      const index = idle.indexOf(pooled);
      if (index >= 0) idle.splice(index, 1);
    });
    all.add(pooled);
    return pooled;
  };

  const execute = async (pooled: PooledWorker, job: object, wallTimeMs: number, abortSignal?: AbortSignal) => {
    await pooled.ready;
    const id = nextId++;
    pooled.worker.ref();
    return new Promise<{ result?: CodeRunResult; killed?: 'timeout' | 'aborted' | 'crashed'; reason?: unknown }>((resolve) => {
      const finish = (value: { result?: CodeRunResult; killed?: 'timeout' | 'aborted' | 'crashed'; reason?: unknown }) => {
        clearTimeout(timer);
        pooled.worker.off('message', onMessage);
        pooled.worker.off('error', onError);
        pooled.worker.off('exit', onExit);
        abortSignal?.removeEventListener('abort', onAbort);
        resolve(value);
      };
      const onMessage = (message: { id?: number; result?: CodeRunResult }) => {
        if (message.id === id) finish({ result: message.result });
      };
      const onError = (reason: unknown) => {
        pooled.dead = true;
        finish({ killed: 'crashed', reason });
      };
      const onExit = () => finish({ killed: 'crashed' });
      const onAbort = () => {
        pooled.dead = true;
        void pooled.worker.terminate();
        finish({ killed: 'aborted', reason: abortSignal?.reason });
      };
      const timer = setTimeout(() => {
        pooled.dead = true;
        void pooled.worker.terminate();
        finish({ killed: 'timeout' });
      }, wallTimeMs + TERMINATE_GRACE_MS);
      pooled.worker.on('message', onMessage);
      pooled.worker.once('error', onError);
      pooled.worker.once('exit', onExit);
      abortSignal?.addEventListener('abort', onAbort, { once: true });
      pooled.worker.postMessage({ ...job, id });
    });
  };

  return {
    specificationVersion: 'v1',
    adapterId: 'quickjs',
    languages: ['javascript'] as const satisfies readonly CodeLanguage[],
    async run(runOptions: CodeRunOptions): Promise<CodeRunResult> {
      if (runOptions.language !== 'javascript') {
        throw new UnsupportedFeatureError({ feature: `code-runner.${runOptions.language}`, message: `The QuickJS runner cannot run ${runOptions.language}` });
      }
      if (closed) throw new UnsupportedFeatureError({ feature: 'code-runner', message: 'The code runner is closed' });
      const limits = resolveCodeRunLimits(runnerLimits, runOptions.limits);
      const release = await queue.acquire(runOptions.abortSignal);
      const pooled = idle.pop() ?? spawn();
      try {
        const outcome = await execute(
          pooled,
          { harness: JAVASCRIPT_HARNESS, code: runOptions.code, entry: runOptions.entry, cases: runOptions.cases, limits },
          limits.wallTimeMs,
          runOptions.abortSignal,
        );
        if (outcome.killed === 'aborted') throw outcome.reason ?? new Error('aborted');
        if (outcome.killed === 'timeout') return { status: 'timeout', message: 'the run took longer than its wall-clock limit', cases: [] };
        if (outcome.killed === 'crashed' || !outcome.result) {
          return { status: 'error', message: 'the sandbox stopped unexpectedly', cases: [] };
        }
        return outcome.result;
      } finally {
        if (!pooled.dead && !closed) {
          pooled.worker.unref();
          idle.push(pooled);
        }
        release();
      }
    },
    async close() {
      closed = true;
      await Promise.all([...all].map((pooled) => pooled.worker.terminate()));
      idle.length = 0;
    },
  };
}
