// The Python sandbox's process, started inside bubblewrap by the Pyodide runner (plain
// JavaScript so the same file serves source and build). Usage: node pyodide-child.js <pyodide dir>
//
// The main thread only relays: Pyodide runs on a worker thread so that the main thread can
// raise KeyboardInterrupt in it (through the interrupt buffer) when a case runs out of CPU
// time. Lines on stdout, one JSON object each: {type:'ready'}, then for the one job read from
// stdin {type:'load'}, {type:'case'} per case, {type:'done'}. The process serves one run only.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

if (isMainThread) {
  const indexURL = process.argv[2];
  const interrupt = new Uint8Array(new SharedArrayBuffer(1));
  const worker = new Worker(new URL(import.meta.url), { workerData: { indexURL, interrupt } });
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  let job;
  let caseTimer;
  worker.on('message', (message) => {
    if (message.type === 'case-start') {
      clearTimeout(caseTimer);
      interrupt[0] = 0;
      // 2 is SIGINT: Pyodide raises KeyboardInterrupt at the next bytecode boundary.
      caseTimer = setTimeout(() => Atomics.store(interrupt, 0, 2), job.limits.caseTimeMs);
      return;
    }
    if (message.type === 'case') clearTimeout(caseTimer);
    send(message);
    if (message.type === 'done') process.stdout.end(() => process.exit(0));
  });
  worker.on('error', (error) => {
    send({ type: 'done', status: 'error', message: `the sandbox failed: ${error && error.message}` });
    process.stdout.end(() => process.exit(1));
  });
  const lines = createInterface({ input: process.stdin });
  lines.once('line', (line) => {
    job = JSON.parse(line);
    worker.postMessage(job);
  });
  // The runner holds stdin open for as long as it wants this process; its end (the runner
  // closed it, was killed, or bubblewrap's death signal lost a race at start) stops the process.
  lines.once('close', () => process.exit(0));
} else {
  const { loadPyodide } = await import(pathToFileURL(`${workerData.indexURL}/pyodide.mjs`).href);
  const pyodide = await loadPyodide({ indexURL: `${workerData.indexURL}/`, stdout: () => {}, stderr: () => {} });
  pyodide.setInterruptBuffer(workerData.interrupt);
  parentPort.postMessage({ type: 'ready' });
  parentPort.once('message', (job) => {
    const post = (message) => parentPort.postMessage(message);
    try {
      pyodide.runPython(job.harness);
      const load = pyodide.globals.get('__coach_load');
      const runCase = pyodide.globals.get('__coach_run');
      post({ type: 'case-start' });
      const loaded = JSON.parse(load(job.code, JSON.stringify(job.entry)));
      post({ type: 'load', ...loaded });
      if (!loaded.ok) {
        post({ type: 'done' });
        return;
      }
      for (const testCase of job.cases) {
        post({ type: 'case-start' });
        const started = performance.now();
        let outcome;
        try {
          outcome = JSON.parse(runCase(JSON.stringify({ entry: job.entry, args: testCase.args })));
        } catch (error) {
          // The harness itself was interrupted (the CPU limit hit while it reported an error).
          const interrupted = /KeyboardInterrupt/.test(String(error && error.message));
          outcome = interrupted
            ? { status: 'timeout', error: 'the case ran out of time' }
            : {
                status: 'error',
                error: String(error && error.message)
                  .split('\n')
                  .filter(Boolean)
                  .pop(),
              };
        }
        const timeMs = Math.round(performance.now() - started);
        const result = { name: testCase.name, status: outcome.status, timeMs };
        if (outcome.status === 'ok') result.actual = outcome.actual;
        if (outcome.error) result.error = outcome.error;
        if (outcome.stdout) result.stdout = outcome.stdout;
        post({ type: 'case', result });
      }
      post({ type: 'done' });
    } catch (error) {
      post({ type: 'done', status: 'error', message: `the sandbox failed: ${error && error.message}` });
    }
  });
}
