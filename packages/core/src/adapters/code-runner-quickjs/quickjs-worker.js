// Runs in a worker thread (plain JavaScript so the same file serves source and build). Each
// message is one run: a fresh QuickJS runtime with memory, stack and interrupt limits, the
// harness, the candidate's code, then one call per case. QuickJS runs synchronously, which
// is why it lives here and not on the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';

// QuickJS's malloc limit alone lets some allocations (array buffers) run far past it while
// the WebAssembly memory grows towards 2 GB; a capped memory makes any allocation beyond
// twice the runner's limit fail at once with "out of memory".
const PAGE_BYTES = 64 * 1024;
const INITIAL_PAGES = 256;
const wasmMemory = new WebAssembly.Memory({
  initial: INITIAL_PAGES,
  maximum: INITIAL_PAGES + Math.ceil((workerData.memoryMb * 2 * 1024 * 1024) / PAGE_BYTES),
});
const quickjs = await newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmMemory }));
// QuickJS's own stack check turns deep recursion into an InternalError well before the
// worker's native stack (raised with `resourceLimits.stackSizeMb`) would overflow.
const QUICKJS_STACK_BYTES = 4 * 1024 * 1024;

parentPort.on('message', (job) => {
  let result;
  try {
    result = run(job);
  } catch (error) {
    result = { status: 'error', message: `the sandbox failed: ${error && error.message}`, cases: [] };
  }
  parentPort.postMessage({ id: job.id, result });
});
parentPort.postMessage({ ready: true });

function lineOf(dumped) {
  if (dumped && typeof dumped === 'object') {
    if (dumped.fileName === 'solution.js' && typeof dumped.lineNumber === 'number') return dumped.lineNumber;
    const match = /solution\.js:(\d+)/.exec(String(dumped.stack ?? ''));
    if (match) return Number(match[1]);
  }
  return undefined;
}

function describe(dumped) {
  if (dumped && typeof dumped === 'object' && 'message' in dumped) {
    const name = typeof dumped.name === 'string' ? dumped.name : 'Error';
    return `${name}: ${String(dumped.message)}`;
  }
  try {
    return `Uncaught ${typeof dumped === 'string' ? dumped : JSON.stringify(dumped)}`;
  } catch {
    return 'Uncaught exception';
  }
}

function kindOf(dumped) {
  if (dumped && typeof dumped === 'object' && dumped.name === 'InternalError') {
    if (dumped.message === 'interrupted') return 'interrupted';
    if (dumped.message === 'out of memory') return 'memory';
  }
  return 'error';
}

function run({ harness, code, entry, cases, limits }) {
  const started = performance.now();
  const wallDeadline = started + limits.wallTimeMs;
  let deadline = wallDeadline;
  const runtime = quickjs.newRuntime();
  runtime.setMemoryLimit(limits.memoryMb * 1024 * 1024);
  runtime.setMaxStackSize(QUICKJS_STACK_BYTES);
  runtime.setInterruptHandler(() => performance.now() > deadline);
  const vm = runtime.newContext();
  const results = [];

  // Evaluates and returns { value } or { error } with the error dumped while the deadline still applies.
  const evaluate = (source, fileName) => {
    const handle = vm.evalCode(source, fileName);
    if (handle.error) {
      let dumped;
      try {
        dumped = vm.dump(handle.error);
      } catch {
        dumped = { name: 'InternalError', message: 'interrupted' };
      }
      handle.error.dispose();
      return { error: dumped };
    }
    const value = vm.dump(handle.value);
    handle.value.dispose();
    return { value };
  };
  const takeOutput = () => {
    deadline = performance.now() + 100;
    try {
      const out = evaluate('__coachOutput()', 'harness.js');
      return typeof out.value === 'string' && out.value !== '' ? out.value : undefined;
    } catch {
      return undefined;
    }
  };

  try {
    const loadedHarness = evaluate(harness, 'harness.js');
    if (loadedHarness.error) throw new Error(describe(loadedHarness.error));

    const loaded = evaluate(code, 'solution.js');
    if (loaded.error) {
      const kind = kindOf(loaded.error);
      if (kind === 'interrupted') return { status: 'timeout', message: 'the code did not finish loading in time', cases: [] };
      if (kind === 'memory') return { status: 'memory_limit', message: 'the code ran out of memory while loading', cases: [] };
      const line = lineOf(loaded.error);
      return { status: 'error', message: describe(loaded.error), ...(line ? { line } : {}), cases: [] };
    }
    const checked = evaluate(`__coachCheck(${JSON.stringify(JSON.stringify(entry))})`, 'harness.js');
    if (checked.error) return { status: 'error', message: describe(checked.error), cases: [] };

    for (const testCase of cases) {
      const caseStarted = performance.now();
      if (caseStarted >= wallDeadline) return { status: 'timeout', message: 'the run took longer than its wall-clock limit', cases: results };
      deadline = Math.min(caseStarted + limits.caseTimeMs, wallDeadline);
      const request = JSON.stringify({ entry, args: testCase.args });
      const outcome = evaluate(`__coachRun(${JSON.stringify(request)})`, 'harness.js');
      const timeMs = Math.round(performance.now() - caseStarted);
      if (outcome.error) {
        const kind = kindOf(outcome.error);
        if (kind === 'interrupted') {
          results.push({ name: testCase.name, status: 'timeout', error: `the case ran longer than ${limits.caseTimeMs} ms`, timeMs });
          if (performance.now() >= wallDeadline) return { status: 'timeout', message: 'the run took longer than its wall-clock limit', cases: results };
          continue;
        }
        if (kind === 'memory') {
          results.push({ name: testCase.name, status: 'memory_limit', error: `the case used more than ${limits.memoryMb} MB`, timeMs });
          return { status: 'memory_limit', message: `the code used more than ${limits.memoryMb} MB`, cases: results };
        }
        const line = lineOf(outcome.error);
        const stdout = takeOutput();
        results.push({
          name: testCase.name,
          status: 'error',
          error: describe(outcome.error) + (line ? ` (line ${line})` : ''),
          ...(stdout ? { stdout } : {}),
          timeMs,
        });
        continue;
      }
      const stdout = takeOutput();
      results.push({ name: testCase.name, status: 'ok', actual: JSON.parse(outcome.value).actual, ...(stdout ? { stdout } : {}), timeMs });
    }
    return { status: 'ok', cases: results };
  } finally {
    try {
      vm.dispose();
      runtime.dispose();
    } catch {
      // A runtime left inconsistent by an out-of-memory error cannot always be freed; the
      // next run gets a new one either way.
    }
  }
}
