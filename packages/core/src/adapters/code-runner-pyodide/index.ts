// @coach/core/code-runner/pyodide: Python candidates' code in Pyodide, one bubblewrap-sandboxed process per run.
export { createPyodideCodeRunner, type PyodideCodeRunnerOptions } from './pyodide-runner.js';
