/** A language candidates can write runnable code in. Pseudocode is judged, never run. */
export type CodeLanguage = 'javascript' | 'python';

/**
 * How a value crosses the sandbox boundary. Plain JSON values pass as they are; data
 * structures are built inside the sandbox from a plain form and serialised back to it, so
 * tests stay plain data:
 * - `linked-list`: an array of values, built into `ListNode { val, next }` nodes;
 * - `linked-list-cycle`: `{ values, pos }` where the last node points at index `pos` (-1: none);
 * - `tree`: a level-order array with `null` for missing children, built into
 *   `TreeNode { val, left, right }`;
 * - `list-of-linked-lists`: an array of such arrays.
 */
export type CodeValueKind = 'json' | 'linked-list' | 'linked-list-cycle' | 'tree' | 'list-of-linked-lists';

/** A function the candidate writes: `twoSum(nums, target)` / `two_sum(nums, target)`. */
export interface FunctionEntry {
  kind: 'function';
  /** The function's name in this language. */
  name: string;
  parameters: { name: string; kind: CodeValueKind }[];
  returns: CodeValueKind;
  /**
   * For in-place problems: the index of the argument whose value after the call is the
   * result (the return value is ignored).
   */
  resultArgument?: number;
}

/**
 * A class the candidate writes, driven by a list of calls (`LRUCache`, `Trie`, `MedianFinder`).
 * A case's arguments are `[operations, argumentLists]`: the first operation is the
 * constructor (its result is `null`), and the expected value is the list of results.
 */
export interface ClassEntry {
  kind: 'class';
  name: string;
  /** Method names in this language, keyed by their name in the test data. */
  methods: Record<string, string>;
}

/**
 * A round trip: the candidate writes two functions; the harness passes each case's first
 * argument through `encode` then `decode` and returns the result (`serialize-binary-tree`).
 */
export interface RoundTripEntry {
  kind: 'round-trip';
  encode: string;
  decode: string;
  /** The kind of the value that makes the trip. */
  value: CodeValueKind;
}

export type CodeEntry = FunctionEntry | ClassEntry | RoundTripEntry;

/** One call to make: a test case's name and plain-data arguments. */
export interface CodeRunCase {
  name: string;
  args: unknown[];
}

export interface CodeRunLimits {
  /** CPU time one case may take, in milliseconds. @default 2000 */
  caseTimeMs?: number;
  /** Wall-clock time for the whole run, in milliseconds. @default 5000 */
  wallTimeMs?: number;
  /** Memory the sandbox may use, in megabytes. @default 64 */
  memoryMb?: number;
}

export interface CodeRunOptions {
  language: CodeLanguage;
  /** The candidate's source code. Untrusted. */
  code: string;
  entry: CodeEntry;
  cases: CodeRunCase[];
  limits?: CodeRunLimits;
  abortSignal?: AbortSignal;
}

/**
 * What happened to one case. `actual` is the returned value in plain form (data structures
 * serialised back), present only when `status` is `ok`.
 */
export interface CodeCaseResult {
  name: string;
  status: 'ok' | 'error' | 'timeout' | 'memory_limit';
  actual?: unknown;
  /** The error's type and message, with the line in the candidate's code when known. */
  error?: string;
  /** Output the candidate's code printed (truncated). */
  stdout?: string;
  timeMs: number;
}

export interface CodeRunResult {
  /**
   * `ok`: the code loaded and every case ran (each has its own status);
   * `error`: the code did not load (syntax error, missing function), `message` says why;
   * `timeout` / `memory_limit`: the whole run was stopped, cases not reached are absent.
   */
  status: 'ok' | 'error' | 'timeout' | 'memory_limit';
  message?: string;
  /** 1-based line of a load error in the candidate's code, when known. */
  line?: number;
  cases: CodeCaseResult[];
}

/**
 * Runs untrusted candidate code against test inputs in a sandbox.
 *
 * - `run` MUST NOT let the code read the host's environment, files or network, nor spawn
 *   processes; such attempts end as an `error` case, never as access.
 * - `run` MUST stop code that exceeds `caseTimeMs` (case `timeout`) or the whole run's
 *   `wallTimeMs` (run `timeout`), and code that exceeds `memoryMb` (`memory_limit`).
 * - `run` MUST NOT block the event loop of the calling process for longer than a few
 *   milliseconds at a time.
 * - `run` MUST NOT carry state from one run to the next.
 * - `run` MUST reject with an `UNSUPPORTED_FEATURE` error for a language not in `languages`.
 * - Comparing `actual` with expected values is the caller's job, outside the sandbox.
 */
export interface CodeRunner {
  readonly specificationVersion: 'v1';
  readonly adapterId: string;
  /** The languages this runner can run now (Python is absent where its sandbox is missing). */
  readonly languages: readonly CodeLanguage[];
  /** Why a language is unavailable, when one is (shown at start). */
  readonly unavailable?: Partial<Record<CodeLanguage, string>>;
  run(options: CodeRunOptions): Promise<CodeRunResult>;
  close?(): Promise<void>;
}
