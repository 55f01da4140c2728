import { createServer } from 'node:http';
import { existsSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeEntry, CodeLanguage, CodeRunCase, CodeRunLimits, CodeRunner, CodeRunResult, CodeValueKind } from '../../ports/code-runner.js';
import { CoachError } from '../../errors/index.js';

/** Options of `describeCodeRunnerConformance`. */
export interface CodeRunnerConformanceOptions {
  /** Shown in the suite title, e.g. `quickjs`. */
  name: string;
  /** The language under test; the suite brings its programs in both languages. */
  language: CodeLanguage;
  /** Creates the runner under test; it is closed after the suite. */
  create: () => CodeRunner | Promise<CodeRunner>;
  /** The runner's configured number of simultaneous runs, to check that more queue. */
  concurrency: number;
}

type Program = Record<CodeLanguage, string>;

// A function entry in both languages: camelCase in JavaScript, snake_case in Python.
const fn = (name: string, parameters: { name: string; kind: CodeValueKind }[], returns: CodeValueKind = 'json'): Record<CodeLanguage, CodeEntry> => ({
  javascript: { kind: 'function', name, parameters, returns },
  python: { kind: 'function', name: name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), parameters, returns },
});

const json = (name: string) => ({ name, kind: 'json' as const });

/**
 * Registers the tests every `CodeRunner` must pass for one language: correct answers, every
 * value kind across the boundary (lists, cycles, trees, lists of lists, classes, round trips,
 * in-place results), load errors and runtime errors with their line, captured output, CPU,
 * wall-clock and memory limits, deep recursion, no access to the host's environment, files,
 * processes or network, no state carried between runs, a free event loop and bounded
 * concurrency.
 *
 * @example
 * ```ts
 * describeCodeRunnerConformance({ name: 'quickjs', language: 'javascript', concurrency: 2, create: () => createQuickJsCodeRunner({ concurrency: 2 }) });
 * ```
 */
export function describeCodeRunnerConformance(options: CodeRunnerConformanceOptions): void {
  const { language } = options;
  describe(`CodeRunner conformance: ${options.name} (${language})`, () => {
    let runner: CodeRunner;
    beforeAll(async () => {
      runner = await options.create();
    });
    afterAll(async () => {
      await runner?.close?.();
    });

    const run = (program: Program, entry: Record<CodeLanguage, CodeEntry>, cases: CodeRunCase[], limits?: CodeRunLimits): Promise<CodeRunResult> =>
      runner.run({ language, code: program[language], entry: entry[language], cases, ...(limits ? { limits } : {}) });
    const caseNamed = (name: string, args: unknown[]): CodeRunCase => ({ name, args });

    it('should list the language under test', () => {
      expect(runner.languages).toContain(language);
      expect(runner.specificationVersion).toBe('v1');
    });

    it('should reject a language it does not run with UNSUPPORTED_FEATURE', async () => {
      const other: CodeLanguage = language === 'javascript' ? 'python' : 'javascript';
      if (runner.languages.includes(other)) return;
      const error = await runner.run({ language: other, code: '', entry: fn('f', [])[other], cases: [] }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(CoachError.isInstance(error) && error.code).toBe('UNSUPPORTED_FEATURE');
    });

    it('should return correct answers and print output per case', async () => {
      const program: Program = {
        javascript:
          'function twoSum(nums, target) {\n  const seen = new Map();\n  console.log("looking for", target);\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}',
        python:
          'def two_sum(nums, target):\n    seen = {}\n    print("looking for", target)\n    for i, n in enumerate(nums):\n        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i\n    return []',
      };
      const result = await run(program, fn('twoSum', [json('nums'), json('target')]), [
        caseNamed('example', [[2, 7, 11, 15], 9]),
        caseNamed('negatives', [[-3, 4, 3, 90], 0]),
        caseNamed('none', [[1, 2], 7]),
      ]);
      expect(result.status).toBe('ok');
      expect(result.cases.map((c) => [c.name, c.status, c.actual])).toEqual([
        ['example', 'ok', [0, 1]],
        ['negatives', 'ok', [0, 2]],
        ['none', 'ok', []],
      ]);
      expect(result.cases[0]!.stdout).toContain('looking for 9');
      expect(result.cases[1]!.stdout).toContain('looking for 0');
      for (const c of result.cases) expect(c.timeMs).toBeGreaterThanOrEqual(0);
    });

    it('should build and serialise linked lists (empty too)', async () => {
      const program: Program = {
        javascript:
          'function reverseList(head) {\n  let prev = null;\n  while (head) { const next = head.next; head.next = prev; prev = head; head = next; }\n  return prev;\n}',
        python: 'def reverse_list(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev',
      };
      const result = await run(program, fn('reverseList', [{ name: 'head', kind: 'linked-list' }], 'linked-list'), [
        caseNamed('three', [[1, 2, 3]]),
        caseNamed('empty', [[]]),
      ]);
      expect(result.cases.map((c) => c.actual)).toEqual([[3, 2, 1], []]);
    });

    it('should build lists with a cycle and serialise one back as values and pos', async () => {
      const detect: Program = {
        javascript:
          'function hasCycle(head) {\n  let slow = head, fast = head;\n  while (fast && fast.next) { slow = slow.next; fast = fast.next.next; if (slow === fast) return true; }\n  return false;\n}',
        python:
          'def has_cycle(head):\n    slow = fast = head\n    while fast and fast.next:\n        slow, fast = slow.next, fast.next.next\n        if slow is fast:\n            return True\n    return False',
      };
      const detected = await run(detect, fn('hasCycle', [{ name: 'head', kind: 'linked-list-cycle' }]), [
        caseNamed('cycle', [{ values: [3, 2, 0, -4], pos: 1 }]),
        caseNamed('no cycle', [{ values: [1, 2], pos: -1 }]),
      ]);
      expect(detected.cases.map((c) => c.actual)).toEqual([true, false]);
      const same: Program = { javascript: 'function same(head) { return head; }', python: 'def same(head):\n    return head' };
      const echoed = await run(same, fn('same', [{ name: 'head', kind: 'linked-list-cycle' }], 'linked-list-cycle'), [
        caseNamed('cycle', [{ values: [3, 2, 0, -4], pos: 1 }]),
      ]);
      expect(echoed.cases[0]!.actual).toEqual({ values: [3, 2, 0, -4], pos: 1 });
    });

    it('should fail a case, not hang, when a returned list has a cycle', async () => {
      const program: Program = {
        javascript: 'function loop(head) { head.next.next = head; return head; }',
        python: 'def loop(head):\n    head.next.next = head\n    return head',
      };
      const result = await run(program, fn('loop', [{ name: 'head', kind: 'linked-list' }], 'linked-list'), [caseNamed('cycle', [[1, 2]])]);
      expect(result.cases[0]!.status).toBe('error');
      expect(result.cases[0]!.error).toMatch(/cycle/);
    });

    it('should build trees from level order and serialise them back with trailing nulls trimmed', async () => {
      const program: Program = {
        javascript:
          'function invertTree(root) {\n  if (!root) return null;\n  [root.left, root.right] = [invertTree(root.right), invertTree(root.left)];\n  return root;\n}',
        python:
          'def invert_tree(root):\n    if root is None:\n        return None\n    root.left, root.right = invert_tree(root.right), invert_tree(root.left)\n    return root',
      };
      const result = await run(program, fn('invertTree', [{ name: 'root', kind: 'tree' }], 'tree'), [
        caseNamed('full', [[4, 2, 7, 1, 3, 6, 9]]),
        caseNamed('gaps', [[1, null, 2, 3]]),
        caseNamed('empty', [[]]),
      ]);
      expect(result.cases.map((c) => c.actual)).toEqual([[4, 7, 2, 9, 6, 3, 1], [1, 2, null, null, 3], []]);
    });

    it('should build lists of linked lists', async () => {
      const program: Program = {
        javascript:
          'function mergeKLists(lists) {\n  const values = [];\n  for (let node of lists) for (; node; node = node.next) values.push(node.val);\n  values.sort((a, b) => a - b);\n  let head = null;\n  for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);\n  return head;\n}',
        python:
          'def merge_k_lists(lists):\n    values = []\n    for node in lists:\n        while node:\n            values.append(node.val)\n            node = node.next\n    head = None\n    for v in sorted(values, reverse=True):\n        head = ListNode(v, head)\n    return head',
      };
      const result = await run(program, fn('mergeKLists', [{ name: 'lists', kind: 'list-of-linked-lists' }], 'linked-list'), [
        caseNamed('three', [
          [
            [1, 4, 5],
            [1, 3, 4],
            [2, 6],
          ],
        ]),
        caseNamed('with empty', [[[], [1]]]),
      ]);
      expect(result.cases.map((c) => c.actual)).toEqual([[1, 1, 2, 3, 4, 4, 5, 6], [1]]);
      const same: Program = { javascript: 'function same(lists) { return lists; }', python: 'def same(lists):\n    return lists' };
      const echoed = await run(same, fn('same', [{ name: 'lists', kind: 'list-of-linked-lists' }], 'list-of-linked-lists'), [caseNamed('two', [[[1, 2], []]])]);
      expect(echoed.cases[0]!.actual).toEqual([[1, 2], []]);
    });

    it('should return the argument for in-place problems', async () => {
      const program: Program = {
        javascript: 'function reverseInPlace(nums) { nums.reverse(); }',
        python: 'def reverse_in_place(nums):\n    nums.reverse()',
      };
      const entry = fn('reverseInPlace', [json('nums')]);
      for (const value of Object.values(entry)) if (value.kind === 'function') value.resultArgument = 0;
      const result = await run(program, entry, [caseNamed('three', [[1, 2, 3]])]);
      expect(result.cases[0]!.actual).toEqual([3, 2, 1]);
    });

    it('should drive a class through its operations, constructor result null', async () => {
      const program: Program = {
        javascript: 'class Counter {\n  constructor(start) { this.value = start; }\n  add(n) { this.value += n; }\n  get() { return this.value; }\n}',
        python:
          'class Counter:\n    def __init__(self, start):\n        self.value = start\n    def add_to(self, n):\n        self.value += n\n    def current(self):\n        return self.value',
      };
      const entry: Record<CodeLanguage, CodeEntry> = {
        javascript: { kind: 'class', name: 'Counter', methods: { add: 'add', get: 'get' } },
        python: { kind: 'class', name: 'Counter', methods: { add: 'add_to', get: 'current' } },
      };
      const result = await run(program, entry, [
        caseNamed('ops', [
          ['Counter', 'add', 'get', 'add', 'get'],
          [[5], [2], [], [-10], []],
        ]),
      ]);
      expect(result.cases[0]!.actual).toEqual([null, null, 7, null, -3]);
    });

    it('should pass a value through encode then decode for round trips', async () => {
      const program: Program = {
        javascript:
          'function serialize(root) {\n  const out = [];\n  (function walk(n) { if (!n) { out.push("#"); return; } out.push(n.val); walk(n.left); walk(n.right); })(root);\n  return out.join(",");\n}\nfunction deserialize(text) {\n  const parts = text.split(",");\n  let i = 0;\n  return (function build() { const p = parts[i++]; if (p === "#") return null; const n = new TreeNode(Number(p)); n.left = build(); n.right = build(); return n; })();\n}',
        python:
          'def serialize(root):\n    out = []\n    def walk(n):\n        if n is None:\n            out.append("#")\n            return\n        out.append(str(n.val))\n        walk(n.left)\n        walk(n.right)\n    walk(root)\n    return ",".join(out)\n\ndef deserialize(text):\n    parts = iter(text.split(","))\n    def build():\n        p = next(parts)\n        if p == "#":\n            return None\n        n = TreeNode(int(p))\n        n.left = build()\n        n.right = build()\n        return n\n    return build()',
      };
      const entry: CodeEntry = { kind: 'round-trip', encode: 'serialize', decode: 'deserialize', value: 'tree' };
      const result = await run(program, { javascript: entry, python: entry }, [caseNamed('tree', [[1, 2, 3, null, null, 4, 5]]), caseNamed('empty', [[]])]);
      expect(result.cases.map((c) => c.actual)).toEqual([[1, 2, 3, null, null, 4, 5], []]);
    });

    it('should report a syntax error with its line and run no case', async () => {
      const program: Program = {
        javascript: 'function f(x) {\n  const y = 1;\n  return x +* y;\n}',
        python: 'def f(x):\n    y = 1\n    return x +* y',
      };
      const result = await run(program, fn('f', [json('x')]), [caseNamed('one', [1])]);
      expect(result.status).toBe('error');
      expect(result.line).toBe(3);
      expect(result.message).toMatch(/SyntaxError/);
      expect(result.cases).toEqual([]);
    });

    it('should report a missing function as a load error', async () => {
      const result = await run({ javascript: 'function other() {}', python: 'def other():\n    pass' }, fn('twoSum', []), [caseNamed('one', [])]);
      expect(result.status).toBe('error');
      expect(result.message).toMatch(/two_?[sS]um/);
    });

    it('should report a runtime error with its type, message and line, and go on with the next case', async () => {
      const program: Program = {
        javascript: 'function f(x) {\n  if (x === 0) {\n    throw new RangeError("zero is not allowed");\n  }\n  return x * 2;\n}',
        python: 'def f(x):\n    if x == 0:\n        raise ValueError("zero is not allowed")\n    return x * 2',
      };
      const result = await run(program, fn('f', [json('x')]), [caseNamed('zero', [0]), caseNamed('two', [2])]);
      expect(result.status).toBe('ok');
      expect(result.cases[0]!.status).toBe('error');
      expect(result.cases[0]!.error).toMatch(/(RangeError|ValueError): zero is not allowed/);
      expect(result.cases[0]!.error).toMatch(/line 3/);
      expect(result.cases[1]).toMatchObject({ status: 'ok', actual: 4 });
    });

    it('should truncate printed output', async () => {
      const program: Program = {
        javascript: 'function f() { for (let i = 0; i < 100000; i++) console.log("spam spam spam"); return 1; }',
        python: 'def f():\n    for i in range(100000):\n        print("spam spam spam")\n    return 1',
      };
      const result = await run(program, fn('f', []), [caseNamed('spam', [])]);
      expect(result.cases[0]!.status).toBe('ok');
      expect(result.cases[0]!.stdout!.length).toBeLessThan(10_000);
      expect(result.cases[0]!.stdout).toMatch(/truncated/);
    });

    it('should stop an endless loop at the CPU limit while the event loop stays free', async () => {
      const program: Program = { javascript: 'function f() { while (true) {} }', python: 'def f():\n    while True:\n        pass' };
      let maxGap = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
      }, 10);
      const result = await run(program, fn('f', []), [caseNamed('loop', []), caseNamed('again', [])], { caseTimeMs: 2000, wallTimeMs: 12_000 });
      clearInterval(ticker);
      expect(
        result.cases.map((c) => c.status),
        JSON.stringify(result),
      ).toEqual(['timeout', 'timeout']);
      // Measured by the runner, so a sandbox that is still starting does not count.
      for (const c of result.cases) {
        expect(c.timeMs).toBeGreaterThanOrEqual(1900);
        // Well under the wall-clock limit: each case was stopped by its own CPU limit. The margin
        // absorbs a shared machine's scheduling delays (seen up to seconds on two busy cores).
        expect(c.timeMs).toBeLessThan(2000 + 4000);
      }
      // Code run on the event loop would hold it for the whole CPU limit (2 s per case); an
      // overloaded shared machine alone delays a timer by up to several hundred ms.
      expect(maxGap).toBeLessThan(1000);
    });

    it('should stop the whole run at the wall-clock limit', async () => {
      const program: Program = { javascript: 'function f() { while (true) {} }', python: 'def f():\n    while True:\n        pass' };
      const result = await run(program, fn('f', []), [caseNamed('a', []), caseNamed('b', []), caseNamed('c', [])], { caseTimeMs: 1000, wallTimeMs: 1200 });
      expect(result.status).toBe('timeout');
      // The third case would start after 2 s of the 1.2 s allowed.
      expect(result.cases.map((c) => c.name)).not.toContain('c');
    });

    it('should stop a memory bomb with memory_limit', async () => {
      const program: Program = {
        javascript: 'function f() { const hoard = []; while (true) hoard.push(new Array(1 << 20).fill(0)); }',
        python: 'def f():\n    hoard = []\n    while True:\n        hoard.append(bytearray(1 << 24))',
      };
      const result = await run(program, fn('f', []), [caseNamed('bomb', [])], { memoryMb: 64, caseTimeMs: 10_000, wallTimeMs: 15_000 });
      expect(result.status).toBe('memory_limit');
      expect(result.cases[0]?.status ?? 'memory_limit').toBe('memory_limit');
    });

    it('should turn deep recursion into an error case and keep working', async () => {
      const program: Program = { javascript: 'function f(n) { return f(n + 1) + 1; }', python: 'def f(n):\n    return f(n + 1) + 1' };
      const result = await run(program, fn('f', [json('n')]), [caseNamed('deep', [0])]);
      expect(result.cases[0]?.status, JSON.stringify(result)).toBe('error');
      expect(result.cases[0]!.error).toMatch(/recursion|stack/i);
      const after = await run({ javascript: 'function g(x) { return x + 1; }', python: 'def g(x):\n    return x + 1' }, fn('g', [json('x')]), [
        caseNamed('one', [1]),
      ]);
      expect(after.cases[0]).toMatchObject({ status: 'ok', actual: 2 });
    });

    it('should allow recursion a few thousand calls deep', async () => {
      const program: Program = {
        javascript: 'function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }',
        python: 'import sys\nsys.setrecursionlimit(5000)\ndef depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)',
      };
      const result = await run(program, fn('depth', [json('n')]), [caseNamed('3000', [3000])]);
      expect(result.cases[0]).toMatchObject({ status: 'ok', actual: 3000 });
    });

    describe('hostile code', () => {
      const secret = `coach-secret-${randomBytes(8).toString('hex')}`;
      const marker = join(tmpdir(), `coach-conformance-${randomBytes(6).toString('hex')}`);
      beforeAll(() => {
        process.env.COACH_CONFORMANCE_SECRET = secret;
      });
      afterAll(() => {
        delete process.env.COACH_CONFORMANCE_SECRET;
        rmSync(marker, { force: true });
      });
      const leaked = (result: CodeRunResult) => JSON.stringify(result.cases.map((c) => [c.actual, c.stdout]));

      it("should not read the host's environment", async () => {
        const program: Program = {
          javascript: 'function f() { return JSON.stringify(process.env); }',
          python:
            'import os\ndef f():\n    import js\n    return [dict(os.environ), str(js.process.env.COACH_CONFORMANCE_SECRET), js.JSON.stringify(js.process.env)]',
        };
        const result = await run(program, fn('f', []), [caseNamed('env', [])]);
        expect(leaked(result)).not.toContain(secret);
        if (language === 'javascript') expect(result.cases[0]!.status).toBe('error');
      });

      it("should not read the host's files", async () => {
        const program: Program = {
          javascript: 'function f() { return require("fs").readFileSync("/etc/passwd", "utf8"); }\nfunction g() { return std.loadFile("/etc/passwd"); }',
          python:
            'def f():\n    return open("/etc/passwd").read()\n\ndef g():\n    import js\n    return js.process.getBuiltinModule("fs").readFileSync("/etc/passwd", "utf8")',
        };
        for (const name of ['f', 'g']) {
          const result = await run(program, fn(name, []), [caseNamed('passwd', [])]);
          expect(result.cases[0]!.status).toBe('error');
          expect(leaked(result)).not.toContain('root:');
        }
      });

      it('should not spawn processes that touch the host', async () => {
        const program: Program = {
          javascript: `function f() { require("child_process").execSync("touch ${marker}"); return 1; }`,
          python: `def f():\n    import subprocess\n    subprocess.run(["touch", "${marker}"])\n    return 1\n\ndef g():\n    import js\n    cp = js.process.getBuiltinModule("child_process")\n    cp.execFileSync(js.process.execPath, js.JSON.parse('["-e", "require(\\\\"fs\\\\").writeFileSync(\\\\"${marker}\\\\", \\\\"x\\\\")"]'))\n    return 1`,
        };
        const names = language === 'python' ? ['f', 'g'] : ['f'];
        for (const name of names) {
          const result = await run(program, fn(name, []), [caseNamed('spawn', [])]);
          expect(result.status === 'ok' ? result.cases[0]!.status : result.status).not.toBe('ok');
        }
        expect(existsSync(marker)).toBe(false);
      });

      it('should not reach the network', async () => {
        let hits = 0;
        const server = createServer((request, response) => {
          hits += 1;
          response.end('reached');
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        const port = (server.address() as { port: number }).port;
        try {
          const program: Program = {
            javascript: `function f() { fetch("http://127.0.0.1:${port}/"); return 1; }\nfunction g() { const s = new XMLHttpRequest(); s.open("GET", "http://127.0.0.1:${port}/", false); s.send(); return s.responseText; }`,
            python: `def f():\n    import socket\n    s = socket.create_connection(("127.0.0.1", ${port}), timeout=1)\n    s.sendall(b"GET / HTTP/1.0\\r\\n\\r\\n")\n    return s.recv(100).decode()\n\ndef g():\n    import js\n    js.fetch("http://127.0.0.1:${port}/")\n    import time\n    time.sleep(0.3)\n    return 1`,
          };
          for (const name of ['f', 'g']) {
            const result = await run(program, fn(name, []), [caseNamed('network', [])]);
            expect(leaked(result)).not.toContain('reached');
          }
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(hits).toBe(0);
        } finally {
          server.close();
        }
      });
    });

    it('should carry no state from one run to the next', async () => {
      const program: Program = {
        javascript:
          'function f(write) { if (write) { globalThis.leftover = 42; Array.prototype.leftover = 1; return 0; } return [typeof leftover, typeof [].leftover]; }',
        python: 'import builtins\ndef f(write):\n    if write:\n        builtins.leftover = 42\n        return 0\n    return [hasattr(builtins, "leftover")]',
      };
      await run(program, fn('f', [json('write')]), [caseNamed('write', [true])]);
      const result = await run(program, fn('f', [json('write')]), [caseNamed('read', [false])]);
      expect(result.cases[0]!.actual).toEqual(language === 'javascript' ? ['undefined', 'undefined'] : [false]);
    });

    it('should queue runs beyond its concurrency and finish them all', async () => {
      const busyMs = 300;
      const program: Program = {
        javascript: `function f(x) { const end = Date.now() + ${busyMs}; while (Date.now() < end) {} return x; }`,
        python: `import time\ndef f(x):\n    end = time.time() + ${busyMs / 1000}\n    while time.time() < end:\n        pass\n    return x`,
      };
      const count = options.concurrency * 2;
      const started = performance.now();
      const results = await Promise.all(Array.from({ length: count }, (_, index) => run(program, fn('f', [json('x')]), [caseNamed(`run ${index}`, [index])])));
      expect(results.map((result) => result.cases[0]!.actual)).toEqual(Array.from({ length: count }, (_, index) => index));
      // With at most `concurrency` runs at a time, twice as many runs take at least two rounds.
      expect(performance.now() - started).toBeGreaterThanOrEqual(busyMs * 2 - 20);
    });
  });
}
