import type { RunnableProblem, RunnableTestCase } from '../runnable-problem-types.js';
import {
  defineFunction,
  once,
  runnableProblem,
  seededRandom,
  shuffle,
  testCase,
  treeFromLevelOrder,
  treeToLevelOrder,
  type PlainTreeNode,
} from './problem-builders.js';

// The easy problems of the DSA bank, runnable in JavaScript and Python. Expected values of
// large generated inputs are computed by the small trusted implementations below, never typed.
// Large inputs (n = 100 000) are sized so a linear solution finishes in well under a second in
// QuickJS and Pyodide while a quadratic one cannot finish within the per-test time limit.

const LARGE = 100_000;

// ---------- two-sum ----------

function twoSumIndices(nums: readonly number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let index = 0; index < nums.length; index += 1) {
    const partner = seen.get(target - (nums[index] as number));
    if (partner !== undefined) return [partner, index];
    seen.set(nums[index] as number, index);
  }
  return [];
}

// Every value is a multiple of 3 except the pair (both ≡ 1 mod 3), whose sum is ≡ 2 mod 3, so
// the pair is the only one that reaches the target. It sits late so nested loops scan ~n²/2 pairs.
function twoSumLarge(): RunnableTestCase {
  const random = seededRandom(101);
  const nums = Array.from({ length: LARGE }, () => 3 * random.int(-300_000_000, 300_000_000));
  nums[Math.floor(LARGE * 0.9)] = 3 * random.int(-1_000_000, 1_000_000) + 1;
  nums[LARGE - 1] = 3 * random.int(-1_000_000, 1_000_000) + 1;
  const target = (nums[Math.floor(LARGE * 0.9)] as number) + (nums[LARGE - 1] as number);
  return testCase(`large input (n = ${LARGE})`, [nums, target], twoSumIndices(nums, target));
}

const twoSum = runnableProblem({
  problemId: 'two-sum',
  ...defineFunction({ javascript: ['twoSum', ['nums', 'target']], python: ['two_sum', ['nums', 'target']] }),
  comparator: 'unordered',
  examples: [testCase('example 1', [[2, 7, 11, 15], 9], [0, 1]), testCase('example 2', [[3, 2, 4], 6], [1, 2])],
  hidden: () => [
    testCase('two elements', [[1, 2], 3], [0, 1]),
    testCase('duplicates forming the pair', [[3, 3], 6], [0, 1]),
    testCase('not reusing the same element', [[3, 2, 4], 6], [1, 2]),
    testCase('negative numbers', [[-3, 4, 3, 90], 0], [0, 2]),
    testCase('all negative', [[-1, -2, -3, -4, -5], -8], [2, 4]),
    testCase('zeros', [[0, 4, 3, 0], 0], [0, 3]),
    testCase('pair at both ends', [[5, 1, 2, 3, 4, 6], 11], [0, 5]),
    testCase('duplicates outside the pair', [[1, 1, 1, 4, 5], 9], [3, 4]),
    testCase('large magnitudes', [[1_000_000_000, 3, -999_999_999, 8], 1], [0, 2]),
    twoSumLarge(),
  ],
  references: {
    javascript: `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const partner = seen.get(target - nums[i]);
    if (partner !== undefined) return [partner, i];
    seen.set(nums[i], i);
  }
  return [];
}`,
    python: `def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []`,
  },
});

// ---------- valid-parentheses ----------

const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

function bracketsValid(s: string): boolean {
  const stack: string[] = [];
  for (const char of s) {
    if (char in CLOSER_OF) stack.push(CLOSER_OF[char] as string);
    else if (stack.pop() !== char) return false;
  }
  return stack.length === 0;
}

// Deep nesting: the "remove adjacent pairs until nothing changes" brute force needs n/2 passes.
function deeplyNested(seed: number, breakLast: boolean): string {
  const random = seededRandom(seed);
  const openers = Array.from({ length: LARGE / 2 }, () => '([{'[random.int(0, 2)] as string);
  const closers = openers.map((opener) => CLOSER_OF[opener] as string).reverse();
  if (breakLast) closers[closers.length - 1] = closers[closers.length - 1] === ')' ? ']' : ')';
  return openers.join('') + closers.join('');
}

const validParentheses = runnableProblem({
  problemId: 'valid-parentheses',
  ...defineFunction({ javascript: ['isValid', ['s']], python: ['is_valid', ['s']] }),
  comparator: 'exact',
  examples: [testCase('example 1', ['()[]{}'], true), testCase('example 2', ['([)]'], false), testCase('example 3', ['{[]}'], true)],
  hidden: () => [
    testCase('empty string', [''], true),
    testCase('a single opening bracket', ['('], false),
    testCase('closing bracket with an empty stack', [')'], false),
    testCase('closing before opening', ['){'], false),
    testCase('unclosed brackets at the end', ['(('], false),
    testCase('odd length', ['(()'], false),
    testCase('mismatched types', ['(]'], false),
    testCase('nested and sequential', ['([{}])(){}[]'], true),
    testCase('extra closing bracket', ['())'], false),
    ...[deeplyNested(202, false), deeplyNested(203, true)].map((s, index) =>
      testCase(`large deeply nested input (n = ${s.length}) ${index + 1}`, [s], bracketsValid(s)),
    ),
  ],
  references: {
    javascript: `function isValid(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (stack.length === 0 || stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}`,
    python: `def is_valid(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in s:
        if c in '([{':
            stack.append(c)
        elif not stack or stack.pop() != pairs[c]:
            return False
    return not stack`,
  },
});

// ---------- best-time-to-buy-and-sell-stock ----------

function bestProfit(prices: readonly number[]): number {
  let lowest = Infinity;
  let best = 0;
  for (const price of prices) {
    lowest = Math.min(lowest, price);
    best = Math.max(best, price - lowest);
  }
  return best;
}

const stockLarge = once(() => {
  const random = seededRandom(303);
  return Array.from({ length: LARGE }, () => random.int(0, 10_000));
});

const bestTimeToBuyAndSellStock = runnableProblem({
  problemId: 'best-time-to-buy-and-sell-stock',
  ...defineFunction({ javascript: ['maxProfit', ['prices']], python: ['max_profit', ['prices']] }),
  comparator: 'exact',
  examples: [testCase('example 1', [[7, 1, 5, 3, 6, 4]], 5), testCase('example 2', [[7, 6, 4, 3, 1]], 0)],
  hidden: () => [
    testCase('empty price list', [[]], 0),
    testCase('a single day', [[5]], 0),
    testCase('two rising days', [[1, 2]], 1),
    testCase('two falling days', [[2, 1]], 0),
    testCase('flat prices', [[3, 3, 3]], 0),
    testCase('lowest price comes last', [[2, 4, 1]], 2),
    testCase('new minimum after the first peak', [[3, 2, 6, 5, 0, 3]], 4),
    testCase('best sale after a later minimum', [[1, 2, 4, 2, 5, 7, 2, 4, 9, 0]], 8),
    testCase(`large input (n = ${LARGE})`, [stockLarge()], bestProfit(stockLarge())),
  ],
  references: {
    javascript: `function maxProfit(prices) {
  let lowest = Infinity;
  let best = 0;
  for (const price of prices) {
    lowest = Math.min(lowest, price);
    best = Math.max(best, price - lowest);
  }
  return best;
}`,
    python: `def max_profit(prices):
    lowest = float('inf')
    best = 0
    for price in prices:
        lowest = min(lowest, price)
        best = max(best, price - lowest)
    return best`,
  },
});

// ---------- contains-duplicate ----------

const hasDuplicate = (nums: readonly number[]): boolean => new Set(nums).size !== nums.length;

const duplicateLarge = once(() => {
  const random = seededRandom(404);
  const distinct = shuffle(
    Array.from({ length: LARGE }, (_, index) => index * 7 - 350_000),
    random,
  );
  // The first copy of the repeated value sits late, so pairwise comparison scans ~n²/2 pairs.
  const repeated = [...distinct];
  repeated[LARGE - 1] = repeated[LARGE - 50] as number;
  return { distinct, repeated };
});

const containsDuplicate = runnableProblem({
  problemId: 'contains-duplicate',
  ...defineFunction({ javascript: ['containsDuplicate', ['nums']], python: ['contains_duplicate', ['nums']] }),
  comparator: 'exact',
  examples: [testCase('example 1', [[1, 2, 3, 1]], true), testCase('example 2', [[1, 2, 3, 4]], false)],
  hidden: () => [
    testCase('empty input', [[]], false),
    testCase('a single element', [[7]], false),
    testCase('two equal elements', [[7, 7]], true),
    testCase('negative duplicates', [[-1, -2, -3, -1]], true),
    testCase('a number and its negation', [[-1, 1]], false),
    testCase('many duplicates', [[1, 1, 1, 3, 3, 4, 3, 2, 4, 2]], true),
    testCase('zero and large magnitudes', [[0, 1_000_000_000, -1_000_000_000]], false),
    testCase(`large distinct input (n = ${LARGE})`, [duplicateLarge().distinct], hasDuplicate(duplicateLarge().distinct)),
    testCase(`large input with one late duplicate (n = ${LARGE})`, [duplicateLarge().repeated], hasDuplicate(duplicateLarge().repeated)),
  ],
  references: {
    javascript: `function containsDuplicate(nums) {
  const seen = new Set();
  for (const x of nums) {
    if (seen.has(x)) return true;
    seen.add(x);
  }
  return false;
}`,
    python: `def contains_duplicate(nums):
    seen = set()
    for x in nums:
        if x in seen:
            return True
        seen.add(x)
    return False`,
  },
});

// ---------- valid-anagram ----------

function sameLetters(s: string, t: string): boolean {
  if (s.length !== t.length) return false;
  const counts = new Map<string, number>();
  for (const char of s) counts.set(char, (counts.get(char) ?? 0) + 1);
  for (const char of t) {
    const left = counts.get(char) ?? 0;
    if (left === 0) return false;
    counts.set(char, left - 1);
  }
  return true;
}

const anagramLarge = once(() => {
  const random = seededRandom(505);
  const letters = Array.from({ length: LARGE }, () => 'abcdefghijklmnopqrstuvwxyz'[random.int(0, 25)] as string);
  const s = letters.join('');
  const t = shuffle([...letters], random).join('');
  // One letter changed in the middle: same length, different counts.
  const changed = t.slice(0, LARGE / 2) + (t[LARGE / 2] === 'z' ? 'y' : 'z') + t.slice(LARGE / 2 + 1);
  return { s, t, changed };
});

const validAnagram = runnableProblem({
  problemId: 'valid-anagram',
  ...defineFunction({ javascript: ['isAnagram', ['s', 't']], python: ['is_anagram', ['s', 't']] }),
  comparator: 'exact',
  examples: [testCase('example 1', ['anagram', 'nagaram'], true), testCase('example 2', ['rat', 'car'], false)],
  hidden: () => [
    testCase('empty strings', ['', ''], true),
    testCase('a single equal letter', ['a', 'a'], true),
    testCase('a single different letter', ['a', 'b'], false),
    testCase('different lengths', ['ab', 'a'], false),
    testCase('same letters, different counts', ['aacc', 'ccac'], false),
    testCase('repeated letters', ['aabbcc', 'abcabc'], true),
    testCase('upper-case letters', ['Abc', 'cbA'], true),
    testCase('non-ASCII letters', ['日本語', '語本日'], true),
    testCase(`large anagram (n = ${LARGE})`, [anagramLarge().s, anagramLarge().t], sameLetters(anagramLarge().s, anagramLarge().t)),
    testCase(`large, one letter changed (n = ${LARGE})`, [anagramLarge().s, anagramLarge().changed], sameLetters(anagramLarge().s, anagramLarge().changed)),
  ],
  references: {
    javascript: `function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const counts = new Map();
  for (const c of s) counts.set(c, (counts.get(c) || 0) + 1);
  for (const c of t) {
    const left = counts.get(c) || 0;
    if (left === 0) return false;
    counts.set(c, left - 1);
  }
  return true;
}`,
    python: `from collections import Counter


def is_anagram(s, t):
    return len(s) == len(t) and Counter(s) == Counter(t)`,
  },
});

// ---------- reverse-linked-list ----------

// Long enough to exercise the pointer walk, short enough for the (also optimal) recursive
// version to stay under Python's default recursion limit.
const LONG_LIST = 500;

const reverseLong = once(() => {
  const random = seededRandom(606);
  return Array.from({ length: LONG_LIST }, () => random.int(-1000, 1000));
});

const reverseLinkedList = runnableProblem({
  problemId: 'reverse-linked-list',
  ...defineFunction({
    javascript: ['reverseList', ['head']],
    python: ['reverse_list', ['head']],
    kinds: ['linked-list'],
    returns: 'linked-list',
    uses: 'ListNode',
  }),
  comparator: 'exact',
  examples: [testCase('example 1', [[1, 2, 3, 4, 5]], [5, 4, 3, 2, 1]), testCase('example 2', [[1, 2]], [2, 1])],
  hidden: () => [
    testCase('empty list', [[]], []),
    testCase('a single node', [[1]], [1]),
    testCase('two equal nodes', [[4, 4]], [4, 4]),
    testCase('duplicates', [[1, 1, 2]], [2, 1, 1]),
    testCase('negative values', [[-1, 0, 1]], [1, 0, -1]),
    testCase('odd length', [[9, 8, 7, 6, 5, 4, 3]], [3, 4, 5, 6, 7, 8, 9]),
    testCase('even length', [[10, 20, 30, 40]], [40, 30, 20, 10]),
    testCase('already descending', [[3, 2, 1]], [1, 2, 3]),
    testCase(`long list (n = ${LONG_LIST})`, [reverseLong()], [...reverseLong()].reverse()),
  ],
  references: {
    javascript: `function reverseList(head) {
  let prev = null;
  let current = head;
  while (current) {
    const next = current.next;
    current.next = prev;
    prev = current;
    current = next;
  }
  return prev;
}`,
    python: `def reverse_list(head):
    prev = None
    current = head
    while current:
        current.next, prev, current = prev, current, current.next
    return prev`,
  },
});

// ---------- merge-two-sorted-lists ----------

const mergeLong = once(() => {
  const random = seededRandom(707);
  const sortedList = (length: number): number[] => Array.from({ length }, () => random.int(-500, 500)).sort((a, b) => a - b);
  return [sortedList(200), sortedList(180)] as const;
});

const mergeTwoSortedLists = runnableProblem({
  problemId: 'merge-two-sorted-lists',
  ...defineFunction({
    javascript: ['mergeTwoLists', ['list1', 'list2']],
    python: ['merge_two_lists', ['list1', 'list2']],
    kinds: ['linked-list', 'linked-list'],
    returns: 'linked-list',
    uses: 'ListNode',
  }),
  comparator: 'exact',
  examples: [
    testCase(
      'example 1',
      [
        [1, 2, 4],
        [1, 3, 4],
      ],
      [1, 1, 2, 3, 4, 4],
    ),
    testCase('example 2', [[], [0]], [0]),
  ],
  hidden: () => [
    testCase('both lists empty', [[], []], []),
    testCase('second list empty', [[5], []], [5]),
    testCase(
      'first list entirely smaller',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [1, 2, 3, 4, 5, 6],
    ),
    testCase(
      'second list entirely smaller',
      [
        [4, 5, 6],
        [1, 2, 3],
      ],
      [1, 2, 3, 4, 5, 6],
    ),
    testCase(
      'equal values in both lists',
      [
        [1, 1, 1],
        [1, 1],
      ],
      [1, 1, 1, 1, 1],
    ),
    testCase(
      'negative values',
      [
        [-10, -3, 0],
        [-5, -3, 8],
      ],
      [-10, -5, -3, -3, 0, 8],
    ),
    testCase('single nodes out of order', [[2], [1]], [1, 2]),
    testCase('remainder of the longer list', [[1, 3, 5, 7, 9, 11], [2]], [1, 2, 3, 5, 7, 9, 11]),
    testCase(
      `long lists (${mergeLong()[0].length} + ${mergeLong()[1].length} nodes)`,
      [mergeLong()[0], mergeLong()[1]],
      [...mergeLong()[0], ...mergeLong()[1]].sort((a, b) => a - b),
    ),
  ],
  references: {
    javascript: `function mergeTwoLists(list1, list2) {
  const dummy = new ListNode(0);
  let tail = dummy;
  while (list1 && list2) {
    if (list1.val <= list2.val) {
      tail.next = list1;
      list1 = list1.next;
    } else {
      tail.next = list2;
      list2 = list2.next;
    }
    tail = tail.next;
  }
  tail.next = list1 || list2;
  return dummy.next;
}`,
    python: `def merge_two_lists(list1, list2):
    dummy = tail = ListNode(0)
    while list1 and list2:
        if list1.val <= list2.val:
            tail.next, list1 = list1, list1.next
        else:
            tail.next, list2 = list2, list2.next
        tail = tail.next
    tail.next = list1 or list2
    return dummy.next`,
  },
});

// ---------- binary-search ----------

const searchLarge = once(() => {
  const random = seededRandom(808);
  const nums: number[] = [];
  let value = -1_000_000_000;
  for (let index = 0; index < LARGE; index += 1) {
    value += random.int(1, 20_000);
    nums.push(value);
  }
  const present = nums[random.int(0, LARGE - 1)] as number;
  // An absent value inside the range: just after the first gap past a random position.
  let gap = random.int(0, LARGE - 2);
  while ((nums[gap + 1] as number) - (nums[gap] as number) < 2) gap += 1;
  return { nums, present, absent: (nums[gap] as number) + 1 };
});

const indexOrMinusOne = (nums: readonly number[], target: number): number => nums.indexOf(target);

const binarySearch = runnableProblem({
  problemId: 'binary-search',
  ...defineFunction({ javascript: ['search', ['nums', 'target']], python: ['search', ['nums', 'target']] }),
  comparator: 'exact',
  examples: [testCase('example 1', [[-1, 0, 3, 5, 9, 12], 9], 4), testCase('example 2', [[-1, 0, 3, 5, 9, 12], 2], -1)],
  hidden: () => [
    testCase('empty input', [[], 5], -1),
    testCase('a single element, found', [[5], 5], 0),
    testCase('a single element, not found', [[5], -5], -1),
    testCase('first element', [[-1, 0, 3, 5, 9, 12], -1], 0),
    testCase('last element', [[-1, 0, 3, 5, 9, 12], 12], 5),
    testCase('smaller than every element', [[-1, 0, 3, 5, 9, 12], -2], -1),
    testCase('larger than every element', [[-1, 0, 3, 5, 9, 12], 13], -1),
    testCase('two elements, second', [[1, 3], 3], 1),
    testCase('negative numbers', [[-9, -7, -5, -3, -1], -7], 1),
    testCase(`large input, present (n = ${LARGE})`, [searchLarge().nums, searchLarge().present], indexOrMinusOne(searchLarge().nums, searchLarge().present)),
    testCase(`large input, absent (n = ${LARGE})`, [searchLarge().nums, searchLarge().absent], indexOrMinusOne(searchLarge().nums, searchLarge().absent)),
  ],
  references: {
    javascript: `function search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}`,
    python: `def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1`,
  },
});

// ---------- maximum-depth-of-binary-tree ----------

function depth(root: PlainTreeNode | null): number {
  let levels = 0;
  let level = root ? [root] : [];
  while (level.length > 0) {
    levels += 1;
    level = level.flatMap((node) => [node.left, node.right].filter((child): child is PlainTreeNode => child !== null));
  }
  return levels;
}

/** A right-leaning chain `[1, null, 2, null, 3, …]` of the given depth. */
function rightChain(length: number): (number | null)[] {
  const values: (number | null)[] = [1];
  for (let value = 2; value <= length; value += 1) values.push(null, value);
  return values;
}

/** A random binary search tree of n distinct values, in canonical level order. */
function randomTree(seed: number, size: number): (number | null)[] {
  const random = seededRandom(seed);
  const values = shuffle(
    Array.from({ length: size }, (_, index) => index - Math.floor(size / 2)),
    random,
  );
  let root: PlainTreeNode | null = null;
  for (const val of values) {
    const node: PlainTreeNode = { val, left: null, right: null };
    if (!root) {
      root = node;
      continue;
    }
    let current: PlainTreeNode = root;
    for (;;) {
      const side = val < current.val ? 'left' : 'right';
      const child: PlainTreeNode | null = current[side];
      if (!child) {
        current[side] = node;
        break;
      }
      current = child;
    }
  }
  return treeToLevelOrder(root);
}

const depthOf = (values: readonly (number | null)[]): number => depth(treeFromLevelOrder(values));
const DEEP_TREE = 500;
const depthLarge = once(() => randomTree(909, 20_000));

const maximumDepthOfBinaryTree = runnableProblem({
  problemId: 'maximum-depth-of-binary-tree',
  ...defineFunction({
    javascript: ['maxDepth', ['root']],
    python: ['max_depth', ['root']],
    kinds: ['tree'],
    uses: 'TreeNode',
  }),
  comparator: 'exact',
  examples: [testCase('example 1', [[3, 9, 20, null, null, 15, 7]], 3), testCase('example 2', [[1, null, 2]], 2)],
  hidden: () => [
    testCase('empty tree', [[]], 0),
    testCase('a single node', [[1]], 1),
    testCase('only a left child', [[1, 2]], 2),
    testCase('complete tree', [[1, 2, 3, 4, 5, 6, 7]], 3),
    testCase('left-skewed tree', [[1, 2, null, 3, null, 4]], 4),
    testCase('deepest leaf on the right', [[1, 2, 3, null, null, 4, null, null, 5]], 4),
    testCase('negative values', [[0, -1, -2]], 2),
    testCase(`skewed tree (depth ${DEEP_TREE})`, [rightChain(DEEP_TREE)], depthOf(rightChain(DEEP_TREE))),
    testCase('large random tree (n = 20000)', [depthLarge()], depthOf(depthLarge())),
  ],
  references: {
    javascript: `function maxDepth(root) {
  if (!root) return 0;
  let depth = 0;
  let level = [root];
  while (level.length > 0) {
    depth++;
    const next = [];
    for (const node of level) {
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    level = next;
  }
  return depth;
}`,
    python: `from collections import deque


def max_depth(root):
    if not root:
        return 0
    depth = 0
    queue = deque([root])
    while queue:
        depth += 1
        for _ in range(len(queue)):
            node = queue.popleft()
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
    return depth`,
  },
});

// ---------- linked-list-cycle ----------

const cycleCase = (name: string, values: number[], pos: number): RunnableTestCase => testCase(name, [{ values, pos }], pos >= 0 && pos < values.length);

// Linked lists stay at 8000 nodes: Pyodide overflows its stack freeing a chain of ~15 000
// nodes. Walking from the head for every node (the brute force) still costs n²/2 = 3.2 · 10^7 steps.
const LONGEST_LINKED_LIST = 8000;

const cycleLarge = once(() => {
  const random = seededRandom(1010);
  return Array.from({ length: LONGEST_LINKED_LIST }, () => random.int(-100_000, 100_000));
});

const linkedListCycle = runnableProblem({
  problemId: 'linked-list-cycle',
  ...defineFunction({
    javascript: ['hasCycle', ['head']],
    python: ['has_cycle', ['head']],
    kinds: ['linked-list-cycle'],
    uses: 'ListNode',
  }),
  comparator: 'exact',
  examples: [cycleCase('example 1', [3, 2, 0, -4], 1), cycleCase('example 2', [1, 2], -1)],
  hidden: () => [
    cycleCase('empty list', [], -1),
    cycleCase('a single node', [1], -1),
    cycleCase('a single node pointing to itself', [1], 0),
    cycleCase('two nodes, cycle to the head', [1, 2], 0),
    cycleCase('tail pointing to itself', [1, 2], 1),
    cycleCase('equal values, no cycle', [1, 1, 1, 1], -1),
    cycleCase('equal values with a cycle', [1, 1, 1, 1], 2),
    cycleCase('odd length, no cycle (fast pointer reaches the end)', [5, 4, 3, 2, 1], -1),
    cycleCase(`large cycle to the head (n = ${LONGEST_LINKED_LIST})`, cycleLarge(), 0),
    cycleCase(`large list without a cycle (n = ${LONGEST_LINKED_LIST})`, cycleLarge(), -1),
  ],
  references: {
    javascript: `function hasCycle(head) {
  let slow = head;
  let fast = head;
  while (fast && fast.next) {
    slow = slow.next;
    fast = fast.next.next;
    if (slow === fast) return true;
  }
  return false;
}`,
    python: `def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False`,
  },
});

// ---------- valid-palindrome ----------

function palindromeAfterCleaning(s: string): boolean {
  const cleaned = s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return cleaned === [...cleaned].reverse().join('');
}

const palindromeLarge = once(() => {
  const random = seededRandom(1111);
  const half = Array.from({ length: LARGE / 2 }, () => 'aAbB1 ,:'[random.int(0, 7)] as string).join('');
  const mirrored = [...half].reverse().join('');
  const palindrome = half + mirrored;
  // The only mismatch is in the middle, so it is found only after scanning everything else.
  const broken = half + 'xy' + mirrored;
  return { palindrome, broken };
});

const validPalindrome = runnableProblem({
  problemId: 'valid-palindrome',
  ...defineFunction({ javascript: ['isPalindrome', ['s']], python: ['is_palindrome', ['s']] }),
  comparator: 'exact',
  examples: [testCase('example 1', ['A man, a plan, a canal: Panama'], true), testCase('example 2', ['race a car'], false)],
  hidden: () => [
    testCase('empty string', [''], true),
    testCase('only a space', [' '], true),
    testCase('only punctuation', ['.,!?'], true),
    testCase('a single letter', ['a'], true),
    testCase('two different letters', ['ab'], false),
    testCase('a digit and a letter', ['0P'], false),
    testCase('mixed case', ['Aa'], true),
    testCase('punctuation and case', ["No 'x' in Nixon"], true),
    testCase('digits', ['12321'], true),
    testCase(
      `large palindrome (n = ${palindromeLarge().palindrome.length})`,
      [palindromeLarge().palindrome],
      palindromeAfterCleaning(palindromeLarge().palindrome),
    ),
    testCase(`large, not a palindrome (n = ${palindromeLarge().broken.length})`, [palindromeLarge().broken], palindromeAfterCleaning(palindromeLarge().broken)),
  ],
  references: {
    javascript: `function isPalindrome(s) {
  const alnum = (c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    const a = s[i].toLowerCase();
    const b = s[j].toLowerCase();
    if (!alnum(a)) i++;
    else if (!alnum(b)) j--;
    else if (a !== b) return false;
    else {
      i++;
      j--;
    }
  }
  return true;
}`,
    python: `def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isascii() and c.isalnum()]
    return cleaned == cleaned[::-1]`,
  },
});

// ---------- climbing-stairs ----------

function stairWays(n: number): number {
  let [previous, current] = [1, 1];
  for (let step = 2; step <= n; step += 1) [previous, current] = [current, previous + current];
  return current;
}

const climbingStairs = runnableProblem({
  problemId: 'climbing-stairs',
  ...defineFunction({ javascript: ['climbStairs', ['n']], python: ['climb_stairs', ['n']] }),
  comparator: 'exact',
  examples: [testCase('example 1', [2], 2), testCase('example 2', [3], 3)],
  // n = 45 and 70 are out of reach of plain recursion (about 2^n calls); 70 still fits exactly
  // in a double, so JavaScript and Python agree.
  hidden: () =>
    [1, 4, 5, 10, 20, 30, 45, 70].map((n) => testCase(n === 1 ? 'base case n = 1' : n >= 45 ? `large input (n = ${n})` : `n = ${n}`, [n], stairWays(n))),
  references: {
    javascript: `function climbStairs(n) {
  let previous = 1;
  let current = 1;
  for (let i = 2; i <= n; i++) {
    [previous, current] = [current, previous + current];
  }
  return current;
}`,
    python: `def climb_stairs(n):
    previous, current = 1, 1
    for _ in range(2, n + 1):
        previous, current = current, previous + current
    return current`,
  },
});

// ---------- majority-element ----------

function majorityOf(nums: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of nums) {
    const count = (counts.get(value) ?? 0) + 1;
    if (count > nums.length / 2) return value;
    counts.set(value, count);
  }
  throw new Error('no majority element');
}

// The minority values come first and are all distinct, so counting each value by rescanning
// the array does ~n²/2 work before it reaches the majority.
const majorityLarge = once(() => {
  const random = seededRandom(1212);
  const minority = Array.from({ length: LARGE / 2 }, (_, index) => index + 1);
  shuffle(minority, random);
  return [...minority, ...Array.from({ length: LARGE / 2 + 1 }, () => -42)];
});

const majorityElement = runnableProblem({
  problemId: 'majority-element',
  ...defineFunction({ javascript: ['majorityElement', ['nums']], python: ['majority_element', ['nums']] }),
  comparator: 'exact',
  examples: [testCase('example 1', [[3, 2, 3]], 3), testCase('example 2', [[2, 2, 1, 1, 1, 2, 2]], 2)],
  hidden: () => [
    testCase('a single element', [[1]], 1),
    testCase('a single negative element', [[-1]], -1),
    testCase('two equal elements', [[5, 5]], 5),
    testCase('negative majority', [[-1, -1, 2]], -1),
    testCase('majority at the end', [[6, 5, 5]], 5),
    testCase('alternating', [[1, 2, 1, 2, 1]], 1),
    testCase('zero as the majority', [[0, 0, 0, 1, 1]], 0),
    testCase('candidate switches several times', [[7, 7, 5, 7, 5, 1, 5, 7, 5, 5, 7, 7, 1, 7, 7]], 7),
    testCase(`large input (n = ${majorityLarge().length})`, [majorityLarge()], majorityOf(majorityLarge())),
  ],
  references: {
    javascript: `function majorityElement(nums) {
  let candidate = null;
  let count = 0;
  for (const x of nums) {
    if (count === 0) candidate = x;
    count += x === candidate ? 1 : -1;
  }
  return candidate;
}`,
    python: `def majority_element(nums):
    candidate, count = None, 0
    for x in nums:
        if count == 0:
            candidate = x
        count += 1 if x == candidate else -1
    return candidate`,
  },
});

/** The easy problems of the DSA bank, runnable. */
export const RUNNABLE_EASY: readonly RunnableProblem[] = [
  twoSum,
  validParentheses,
  bestTimeToBuyAndSellStock,
  containsDuplicate,
  validAnagram,
  reverseLinkedList,
  mergeTwoSortedLists,
  binarySearch,
  maximumDepthOfBinaryTree,
  linkedListCycle,
  validPalindrome,
  climbingStairs,
  majorityElement,
];
