import type { CodeEntry, CodeLanguage, CodeValueKind } from '../../ports/code-runner.js';
import type { RunnableProblem, RunnableTestCase } from '../runnable-problem-types.js';

// Small helpers for writing runnable problems: entries with their starting code, and
// deterministic generators for large hidden inputs. Large inputs are generated from a fixed
// seed (never Math.random) so every run and every language sees the same data.

/** The data structures a signature's comment explains to the candidate. */
type NodeType = 'ListNode' | 'TreeNode';

const NODE_COMMENTS: Record<NodeType, Record<CodeLanguage, string>> = {
  ListNode: {
    javascript: '// ListNode: { val, next }, next is null at the end; make one with new ListNode(val)',
    python: '# ListNode: .val, .next (None at the end); make one with ListNode(val)',
  },
  TreeNode: {
    javascript: '// TreeNode: { val, left, right }, a missing child is null; make one with new TreeNode(val)',
    python: '# TreeNode: .val, .left, .right (None when missing); make one with TreeNode(val)',
  },
};

export interface FunctionDefinition {
  /** `[name, parameter names]` in JavaScript (camelCase). */
  javascript: readonly [string, readonly string[]];
  /** `[name, parameter names]` in Python (snake_case), in the same order. */
  python: readonly [string, readonly string[]];
  /** The kind of each parameter, in order; `json` when omitted. */
  kinds?: readonly CodeValueKind[];
  returns?: CodeValueKind;
  uses?: NodeType;
}

/** The entry and the editor's starting code of a problem solved by one function. */
export function defineFunction(definition: FunctionDefinition): {
  entry: Record<CodeLanguage, CodeEntry>;
  signatures: Record<CodeLanguage, string>;
} {
  const entry = (language: CodeLanguage): CodeEntry => {
    const [name, parameters] = definition[language];
    return {
      kind: 'function',
      name,
      parameters: parameters.map((parameter, index) => ({ name: parameter, kind: definition.kinds?.[index] ?? 'json' })),
      returns: definition.returns ?? 'json',
    };
  };
  const comment = (language: CodeLanguage): string => (definition.uses ? `${NODE_COMMENTS[definition.uses][language]}\n` : '');
  const [jsName, jsParameters] = definition.javascript;
  const [pyName, pyParameters] = definition.python;
  return {
    entry: { javascript: entry('javascript'), python: entry('python') },
    signatures: {
      javascript: `${comment('javascript')}function ${jsName}(${jsParameters.join(', ')}) {\n}`,
      python: `${comment('python')}def ${pyName}(${pyParameters.join(', ')}):\n    pass`,
    },
  };
}

/** The comment line explaining a node type, for hand-written signatures. */
export function nodeComment(type: NodeType, language: CodeLanguage): string {
  return NODE_COMMENTS[type][language];
}

/** A problem whose hidden tests are built by a function, called once on first use. */
export type RunnableProblemDefinition = Omit<RunnableProblem, 'hidden'> & { hidden: () => RunnableTestCase[] };

/**
 * A runnable problem whose hidden tests are generated on first read of `hidden`, not at
 * import: large inputs and their expected values cost tens of milliseconds per problem, which
 * every process importing the catalog would otherwise pay at start.
 */
export function runnableProblem(definition: RunnableProblemDefinition): RunnableProblem {
  const { hidden, ...rest } = definition;
  return Object.defineProperty(rest, 'hidden', { get: once(hidden), enumerable: true }) as RunnableProblem;
}

/** A function that computes its value on the first call and returns the same value afterwards. */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** A test case. */
export function testCase(name: string, args: unknown[], expected: unknown): RunnableTestCase {
  return { name, args, expected };
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): { next(): number; int(min: number, max: number): number } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max], both included. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}

/** Shuffles a list in place with the given generator (Fisher–Yates). */
export function shuffle<T>(items: T[], random: { int(min: number, max: number): number }): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/** A binary tree node, for computing expected values of tree problems. */
export interface PlainTreeNode {
  val: number;
  left: PlainTreeNode | null;
  right: PlainTreeNode | null;
}

/** Builds a tree from its level-order form (`null` for a missing child), as the sandbox does. */
export function treeFromLevelOrder(values: readonly (number | null)[]): PlainTreeNode | null {
  if (values.length === 0 || values[0] === null || values[0] === undefined) return null;
  const root: PlainTreeNode = { val: values[0], left: null, right: null };
  const queue: PlainTreeNode[] = [root];
  let head = 0;
  let index = 1;
  while (head < queue.length && index < values.length) {
    const node = queue[head++] as PlainTreeNode;
    for (const side of ['left', 'right'] as const) {
      const value = values[index++];
      if (value !== null && value !== undefined) {
        node[side] = { val: value, left: null, right: null };
        queue.push(node[side]);
      }
    }
  }
  return root;
}

/** The canonical level-order form of a tree: `null` for missing children, no trailing `null`s. */
export function treeToLevelOrder(root: PlainTreeNode | null): (number | null)[] {
  const values: (number | null)[] = [];
  const queue: (PlainTreeNode | null)[] = [root];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] ?? null;
    values.push(node ? node.val : null);
    if (node) queue.push(node.left, node.right);
  }
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}
