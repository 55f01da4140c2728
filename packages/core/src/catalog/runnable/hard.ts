import type { CodeEntry, CodeLanguage } from '../../ports/code-runner.js';
import type { RunnableProblem, RunnableTestCase } from '../runnable-problem-types.js';
import {
  defineFunction,
  nodeComment,
  once,
  runnableProblem,
  seededRandom,
  shuffle,
  testCase,
  treeToLevelOrder,
  type PlainTreeNode,
} from './problem-builders.js';

// The hard problems of the DSA bank, runnable in JavaScript and Python. Expected values of
// large generated inputs are computed by the small trusted implementations below, never typed.

// ---------- a binary heap, for the trusted median implementation ----------

class Heap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0] as number;
  }
  push(value: number): void {
    const items = this.items;
    items.push(value);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(items[index] as number, items[parent] as number)) break;
      [items[index], items[parent]] = [items[parent] as number, items[index] as number];
      index = parent;
    }
  }
  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    const last = items.pop() as number;
    if (items.length > 0) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let best = index;
        if (left < items.length && this.before(items[left] as number, items[best] as number)) best = left;
        if (right < items.length && this.before(items[right] as number, items[best] as number)) best = right;
        if (best === index) break;
        [items[index], items[best]] = [items[best] as number, items[index] as number];
        index = best;
      }
    }
    return top;
  }
}

// ---------- merge-k-sorted-lists ----------

const mergedValues = (lists: readonly (readonly number[])[]): number[] => lists.flat().sort((a, b) => a - b);

// k = 12 000 lists of at most one node: merging one list at a time (~N · k / 2 node steps) or
// scanning all k heads for every node (~N · k) costs ~4 · 10^7 to 9 · 10^7 steps; a heap or
// pairwise merging ~N log k ≈ 10^5. The merged list stays near 7000 nodes: Pyodide overflows
// its stack freeing a chain of ~15 000 nodes.
const mergeKLarge = once(() => {
  const random = seededRandom(2101);
  return Array.from({ length: 12_000 }, () => (random.next() < 0.6 ? [random.int(-1_000_000, 1_000_000)] : []));
});

const mergeCase = (name: string, lists: number[][]): RunnableTestCase => testCase(name, [lists], mergedValues(lists));

const mergeKSortedLists = runnableProblem({
  problemId: 'merge-k-sorted-lists',
  ...defineFunction({
    javascript: ['mergeKLists', ['lists']],
    python: ['merge_k_lists', ['lists']],
    kinds: ['list-of-linked-lists'],
    returns: 'linked-list',
    uses: 'ListNode',
  }),
  comparator: 'exact',
  examples: [
    testCase(
      'example 1',
      [
        [
          [1, 4, 5],
          [1, 3, 4],
          [2, 6],
        ],
      ],
      [1, 1, 2, 3, 4, 4, 5, 6],
    ),
    testCase('example 2', [[]], []),
  ],
  hidden: () => [
    mergeCase('one empty list', [[]]),
    mergeCase('several empty lists', [[], [], []]),
    mergeCase('a single list', [[1, 2, 3]]),
    mergeCase('a single node', [[1]]),
    mergeCase('empty lists among others', [[], [1], [], [0, 2]]),
    mergeCase('lists in reverse order', [[2], [1]]),
    mergeCase('equal values across lists', [[1, 1, 1], [1, 1], [1]]),
    mergeCase('negative values', [[-5, 0, 5], [-10, 10], [], [-1]]),
    mergeCase('interleaved lists', [
      [1, 4, 7, 10],
      [2, 5, 8],
      [3, 6, 9],
    ]),
    mergeCase(`large input: many short lists (k = 12000, N = ${mergeKLarge().flat().length})`, mergeKLarge()),
  ],
  references: {
    javascript: `function mergeKLists(lists) {
  function mergeTwo(a, b) {
    const dummy = new ListNode(0);
    let tail = dummy;
    while (a && b) {
      if (a.val <= b.val) {
        tail.next = a;
        a = a.next;
      } else {
        tail.next = b;
        b = b.next;
      }
      tail = tail.next;
    }
    tail.next = a || b;
    return dummy.next;
  }
  if (lists.length === 0) return null;
  let round = lists;
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i < round.length; i += 2) {
      next.push(mergeTwo(round[i], i + 1 < round.length ? round[i + 1] : null));
    }
    round = next;
  }
  return round[0];
}`,
    python: `import heapq


def merge_k_lists(lists):
    heap = [(node.val, i, node) for i, node in enumerate(lists) if node]
    heapq.heapify(heap)
    dummy = tail = ListNode(0)
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next:
            heapq.heappush(heap, (node.next.val, i, node.next))
    tail.next = None
    return dummy.next`,
  },
});

// ---------- trapping-rain-water ----------

function trappedWater(height: readonly number[]): number {
  const leftMax: number[] = [];
  let highest = 0;
  for (const bar of height) leftMax.push((highest = Math.max(highest, bar)));
  let water = 0;
  highest = 0;
  for (let index = height.length - 1; index >= 0; index -= 1) {
    highest = Math.max(highest, height[index] as number);
    water += Math.min(highest, leftMax[index] as number) - (height[index] as number);
  }
  return water;
}

const trapLarge = once(() => {
  const random = seededRandom(2202);
  return Array.from({ length: 100_000 }, () => random.int(0, 10_000));
});

const trapCase = (name: string, height: number[]): RunnableTestCase => testCase(name, [height], trappedWater(height));

const trappingRainWater = runnableProblem({
  problemId: 'trapping-rain-water',
  ...defineFunction({ javascript: ['trap', ['height']], python: ['trap', ['height']] }),
  comparator: 'exact',
  examples: [testCase('example 1', [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], 6), testCase('example 2', [[4, 2, 0, 3, 2, 5]], 9)],
  hidden: () => [
    trapCase('empty input', []),
    trapCase('a single bar', [1]),
    trapCase('two bars', [1, 2]),
    trapCase('one pit', [2, 0, 2]),
    trapCase('increasing heights', [1, 2, 3, 4]),
    trapCase('decreasing heights', [4, 3, 2, 1]),
    trapCase('flat', [3, 3, 3]),
    trapCase('wide basin', [5, 0, 0, 0, 5]),
    trapCase('uneven walls', [5, 1, 2, 1, 3, 0, 4]),
    trapCase('all zeros', [0, 0, 0, 0]),
    trapCase('large input (n = 100000)', trapLarge()),
  ],
  references: {
    javascript: `function trap(height) {
  let left = 0;
  let right = height.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left < right) {
    if (height[left] < height[right]) {
      leftMax = Math.max(leftMax, height[left]);
      water += leftMax - height[left];
      left++;
    } else {
      rightMax = Math.max(rightMax, height[right]);
      water += rightMax - height[right];
      right--;
    }
  }
  return water;
}`,
    python: `def trap(height):
    left, right = 0, len(height) - 1
    left_max = right_max = water = 0
    while left < right:
        if height[left] < height[right]:
            left_max = max(left_max, height[left])
            water += left_max - height[left]
            left += 1
        else:
            right_max = max(right_max, height[right])
            water += right_max - height[right]
            right -= 1
    return water`,
  },
});

// ---------- find-median-from-data-stream ----------

type MedianOperation = { add: number } | 'median';

/** A class-entry case: the constructor, then the operations; expected results from two heaps. */
function medianCase(name: string, operations: readonly MedianOperation[]): RunnableTestCase {
  const lower = new Heap((a, b) => a > b);
  const upper = new Heap((a, b) => a < b);
  const names = ['MedianFinder'];
  const argumentLists: number[][] = [[]];
  const results: (number | null)[] = [null];
  for (const operation of operations) {
    if (operation === 'median') {
      names.push('findMedian');
      argumentLists.push([]);
      results.push(lower.size > upper.size ? lower.peek() : (lower.peek() + upper.peek()) / 2);
    } else {
      names.push('addNum');
      argumentLists.push([operation.add]);
      results.push(null);
      lower.push(operation.add);
      upper.push(lower.pop());
      if (upper.size > lower.size) lower.push(upper.pop());
    }
  }
  return testCase(name, [names, argumentLists], results);
}

const adds = (values: readonly number[], medianAfterEach = true): MedianOperation[] =>
  values.flatMap((add): MedianOperation[] => (medianAfterEach ? [{ add }, 'median'] : [{ add }]));

const medianStreams = once(() => {
  const random = seededRandom(2303);
  const mixed = Array.from({ length: 200 }, (): MedianOperation => (random.next() < 0.6 ? { add: random.int(-1000, 1000) } : 'median'));
  // The first operation must be an addition: a median of nothing is not defined by the statement.
  if (mixed[0] === 'median') mixed[0] = { add: 0 };
  // A median after every one of 30 000 additions: sorting on every query costs ~n² log n.
  const large = adds(Array.from({ length: 30_000 }, () => random.int(-1_000_000, 1_000_000)));
  return { mixed, large };
});

const medianMethods = (language: CodeLanguage): CodeEntry => ({
  kind: 'class',
  name: 'MedianFinder',
  methods: language === 'javascript' ? { addNum: 'addNum', findMedian: 'findMedian' } : { addNum: 'add_num', findMedian: 'find_median' },
});

const findMedianFromDataStream = runnableProblem({
  problemId: 'find-median-from-data-stream',
  entry: { javascript: medianMethods('javascript'), python: medianMethods('python') },
  signatures: {
    javascript: 'class MedianFinder {\n  constructor() {\n  }\n\n  addNum(num) {\n  }\n\n  findMedian() {\n  }\n}',
    python:
      'class MedianFinder:\n    def __init__(self):\n        pass\n\n    def add_num(self, num):\n        pass\n\n    def find_median(self):\n        pass',
  },
  comparator: 'float',
  examples: [
    testCase(
      'example 1',
      [
        ['MedianFinder', 'addNum', 'addNum', 'findMedian', 'addNum', 'findMedian'],
        [[], [1], [2], [], [3], []],
      ],
      [null, null, null, 1.5, null, 2.0],
    ),
  ],
  hidden: () => [
    medianCase('a single number', [{ add: 5 }, 'median']),
    medianCase('two numbers (even count)', [{ add: 10 }, { add: 20 }, 'median']),
    medianCase('an even count with a fractional median', [{ add: 1 }, { add: 4 }, 'median', { add: 2 }, { add: 3 }, 'median']),
    medianCase('negative numbers', adds([-1, -2, -3, -4, -5])),
    medianCase('duplicates', adds([2, 2, 2, 2])),
    medianCase('descending input (rebalancing)', adds([5, 4, 3, 2, 1, 0])),
    medianCase('alternating extremes', adds([100_000, -100_000, 99_999, -99_999, 0, 1, -1])),
    medianCase('repeated queries without additions', [{ add: 7 }, { add: 3 }, 'median', 'median', 'median']),
    medianCase('random mix of additions and queries', medianStreams().mixed),
    medianCase('large stream (30000 additions, a median after each)', medianStreams().large),
  ],
  references: {
    javascript: `class Heap {
  constructor(before) {
    this.items = [];
    this.before = before;
  }
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(value) {
    const items = this.items;
    let i = items.length;
    items.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(value, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = value;
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    const n = items.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && this.before(items[child + 1], items[child])) child++;
        if (!this.before(items[child], last)) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

class MedianFinder {
  constructor() {
    this.lower = new Heap((a, b) => a > b);
    this.upper = new Heap((a, b) => a < b);
  }

  addNum(num) {
    this.lower.push(num);
    this.upper.push(this.lower.pop());
    if (this.upper.size > this.lower.size) this.lower.push(this.upper.pop());
  }

  findMedian() {
    if (this.lower.size > this.upper.size) return this.lower.peek();
    return (this.lower.peek() + this.upper.peek()) / 2;
  }
}`,
    python: `import heapq


class MedianFinder:
    def __init__(self):
        self.lower = []  # a max-heap, stored negated
        self.upper = []

    def add_num(self, num):
        heapq.heappush(self.lower, -num)
        heapq.heappush(self.upper, -heapq.heappop(self.lower))
        if len(self.upper) > len(self.lower):
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def find_median(self):
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (-self.lower[0] + self.upper[0]) / 2`,
  },
});

// ---------- edit-distance ----------

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current.push(
        a[i - 1] === b[j - 1] ? (previous[j - 1] as number) : 1 + Math.min(previous[j - 1] as number, previous[j] as number, current[j - 1] as number),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

// The optimum is O(m · n); 300 × 350 keeps it fast in every sandbox while plain recursion
// over the three operations cannot finish.
const editLarge = once(() => {
  const random = seededRandom(2404);
  const text = (length: number): string => Array.from({ length }, () => 'abcd'[random.int(0, 3)] as string).join('');
  return [text(300), text(350)] as const;
});

const editCase = (name: string, a: string, b: string): RunnableTestCase => testCase(name, [a, b], editDistance(a, b));

const editDistanceProblem = runnableProblem({
  problemId: 'edit-distance',
  ...defineFunction({ javascript: ['minDistance', ['a', 'b']], python: ['min_distance', ['a', 'b']] }),
  comparator: 'exact',
  examples: [testCase('example 1', ['horse', 'ros'], 3), testCase('example 2', ['intention', 'execution'], 5)],
  hidden: () => [
    editCase('both strings empty', '', ''),
    editCase('first string empty', '', 'abc'),
    editCase('second string empty', 'abc', ''),
    editCase('identical strings', 'same', 'same'),
    editCase('one substitution', 'a', 'b'),
    editCase('swapped letters', 'ab', 'ba'),
    editCase('kitten to sitting', 'kitten', 'sitting'),
    editCase('sunday to saturday', 'sunday', 'saturday'),
    editCase('insertions and deletions', 'abcdef', 'azced'),
    editCase('repeated letters', 'aaaa', 'aa'),
    editCase('large strings (300 × 350)', editLarge()[0], editLarge()[1]),
  ],
  references: {
    javascript: `function minDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) current.push(previous[j - 1]);
      else current.push(1 + Math.min(previous[j - 1], previous[j], current[j - 1]));
    }
    previous = current;
  }
  return previous[b.length];
}`,
    python: `def min_distance(a, b):
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i]
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current.append(previous[j - 1])
            else:
                current.append(1 + min(previous[j - 1], previous[j], current[j - 1]))
        previous = current
    return previous[len(b)]`,
  },
});

// ---------- word-ladder ----------

/** BFS distances (in words) from `begin` to every reachable dictionary word. */
function ladderDistances(begin: string, wordList: readonly string[]): Map<string, number> {
  const words = new Set(wordList);
  const distances = new Map([[begin, 1]]);
  const queue = [begin];
  for (let head = 0; head < queue.length; head += 1) {
    const word = queue[head] as string;
    for (let position = 0; position < word.length; position += 1) {
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
        const next = word.slice(0, position) + letter + word.slice(position + 1);
        if (words.has(next) && !distances.has(next)) {
          distances.set(next, (distances.get(word) as number) + 1);
          queue.push(next);
        }
      }
    }
  }
  return distances;
}

function ladderLength(begin: string, end: string, wordList: readonly string[]): number {
  if (!wordList.includes(end)) return 0;
  return ladderDistances(begin, wordList).get(end) ?? 0;
}

const ladderCase = (name: string, begin: string, end: string, wordList: string[]): RunnableTestCase =>
  testCase(name, [begin, end, wordList], ladderLength(begin, end, wordList));

// 4000 distinct six-letter words over five letters: a dense graph in which comparing every pair
// of words (8 · 10^6 pairs) is too slow while trying each letter at each position is not.
// The end word is the one farthest from the start, so the search explores most of the graph.
const ladderLarge = once(() => {
  const random = seededRandom(2505);
  const words = new Set<string>();
  while (words.size < 4000) words.add(Array.from({ length: 6 }, () => 'abcde'[random.int(0, 4)] as string).join(''));
  const wordList = shuffle([...words], random);
  const begin = 'aaaaaa';
  let end = begin;
  let farthest = 0;
  for (const [word, distance] of ladderDistances(begin, wordList)) {
    if (distance > farthest) [end, farthest] = [word, distance];
  }
  return { begin, end, wordList };
});

const wordLadder = runnableProblem({
  problemId: 'word-ladder',
  ...defineFunction({
    javascript: ['ladderLength', ['beginWord', 'endWord', 'wordList']],
    python: ['ladder_length', ['begin_word', 'end_word', 'word_list']],
  }),
  comparator: 'exact',
  examples: [
    testCase('example 1', ['hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log', 'cog']], 5),
    testCase('example 2', ['hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log']], 0),
  ],
  hidden: () => [
    ladderCase('endWord not in the dictionary', 'hit', 'cog', ['hot', 'dot']),
    ladderCase('beginWord equal to endWord', 'hot', 'hot', ['hot', 'dot']),
    ladderCase('one step', 'a', 'c', ['a', 'b', 'c']),
    ladderCase('no path between two dictionary words', 'hot', 'dog', ['hot', 'dog']),
    ladderCase('one intermediate word', 'hot', 'dog', ['hot', 'dog', 'dot']),
    ladderCase('several paths, the shortest wins', 'red', 'tax', ['ted', 'tex', 'red', 'tax', 'tad', 'den', 'rex', 'pee']),
    ladderCase('cycles in the dictionary', 'hit', 'cog', ['hot', 'hit', 'dot', 'dog', 'cog', 'hog', 'hot', 'lot', 'log']),
    ladderCase('beginWord not in the dictionary', 'lose', 'cost', ['most', 'fist', 'lost', 'cost', 'fish']),
    ladderCase('a long chain', 'aaaa', 'dddd', [
      'aaab',
      'aabb',
      'abbb',
      'bbbb',
      'bbbc',
      'bbcc',
      'bccc',
      'cccc',
      'cccd',
      'ccdd',
      'cddd',
      'dddd',
      'aacc',
      'zzzz',
    ]),
    ladderCase('large dictionary (4000 words)', ladderLarge().begin, ladderLarge().end, ladderLarge().wordList),
  ],
  references: {
    javascript: `function ladderLength(beginWord, endWord, wordList) {
  const words = new Set(wordList);
  if (!words.has(endWord)) return 0;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const seen = new Set([beginWord]);
  let level = [beginWord];
  for (let length = 1; level.length > 0; length++) {
    const next = [];
    for (const word of level) {
      if (word === endWord) return length;
      for (let i = 0; i < word.length; i++) {
        for (const letter of letters) {
          const candidate = word.slice(0, i) + letter + word.slice(i + 1);
          if (words.has(candidate) && !seen.has(candidate)) {
            seen.add(candidate);
            next.push(candidate);
          }
        }
      }
    }
    level = next;
  }
  return 0;
}`,
    python: `from collections import deque
from string import ascii_lowercase


def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    queue = deque([(begin_word, 1)])
    seen = {begin_word}
    while queue:
        word, length = queue.popleft()
        if word == end_word:
            return length
        for i in range(len(word)):
            for letter in ascii_lowercase:
                candidate = word[:i] + letter + word[i + 1:]
                if candidate in words and candidate not in seen:
                    seen.add(candidate)
                    queue.append((candidate, length + 1))
    return 0`,
  },
});

// ---------- sliding-window-maximum ----------

function windowMaxima(nums: readonly number[], k: number): number[] {
  const deque: number[] = [];
  let head = 0;
  const maxima: number[] = [];
  nums.forEach((value, index) => {
    while (deque.length > head && (nums[deque[deque.length - 1] as number] as number) <= value) deque.pop();
    deque.push(index);
    if ((deque[head] as number) <= index - k) head += 1;
    if (index >= k - 1) maxima.push(nums[deque[head] as number] as number);
  });
  return maxima;
}

// n = 100 000 and k = 50 000: scanning every window costs n · k / 2 ≈ 2.5 · 10^9 steps.
const windowLarge = once(() => {
  const random = seededRandom(2606);
  return Array.from({ length: 100_000 }, () => random.int(-10_000, 10_000));
});

const windowCase = (name: string, nums: number[], k: number): RunnableTestCase => testCase(name, [nums, k], windowMaxima(nums, k));

const slidingWindowMaximum = runnableProblem({
  problemId: 'sliding-window-maximum',
  ...defineFunction({ javascript: ['maxSlidingWindow', ['nums', 'k']], python: ['max_sliding_window', ['nums', 'k']] }),
  comparator: 'exact',
  examples: [testCase('example 1', [[1, 3, -1, -3, 5, 3, 6, 7], 3], [3, 3, 5, 5, 6, 7]), testCase('example 2', [[1], 1], [1])],
  hidden: () => [
    windowCase('k = 1', [4, -2, 7, 0], 1),
    windowCase('k = n', [4, -2, 7, 0], 4),
    windowCase('equal values', [4, 4, 4, 4], 2),
    windowCase('descending input', [9, 8, 7, 6, 5], 2),
    windowCase('ascending input', [1, 2, 3, 4, 5], 3),
    windowCase('negative numbers', [-7, -8, 7, 5, 7, 1, 6, 0], 4),
    windowCase('maximum leaving the window', [1, 3, 1, 2, 0, 5], 3),
    windowCase('duplicates of the maximum', [2, 5, 5, 1, 5, 0, 0, 0], 3),
    windowCase('two elements, k = 1', [1, -1], 1),
    windowCase('large input (n = 100000, k = 50000)', windowLarge(), 50_000),
  ],
  references: {
    javascript: `function maxSlidingWindow(nums, k) {
  const deque = [];
  let head = 0;
  const result = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - k) head++;
    if (i >= k - 1) result.push(nums[deque[head]]);
  }
  return result;
}`,
    python: `from collections import deque


def max_sliding_window(nums, k):
    window = deque()
    result = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            result.append(nums[window[0]])
    return result`,
  },
});

// ---------- minimum-window-substring ----------

/**
 * The shortest window of `s` covering `t`. The statement asks for "the" shortest substring,
 * so every test is built with exactly one; a test with a tie would be a mistake in this file.
 */
function shortestCoveringWindow(s: string, t: string): string {
  const need = new Map<string, number>();
  for (const char of t) need.set(char, (need.get(char) ?? 0) + 1);
  let missing = t.length;
  let left = 0;
  const windows: [number, number][] = [];
  for (let right = 0; right < s.length; right += 1) {
    const char = s[right] as string;
    if (need.has(char)) {
      if ((need.get(char) as number) > 0) missing -= 1;
      need.set(char, (need.get(char) as number) - 1);
    }
    while (missing === 0 && t.length > 0) {
      windows.push([left, right + 1]);
      const out = s[left] as string;
      if (need.has(out)) {
        need.set(out, (need.get(out) as number) + 1);
        if ((need.get(out) as number) > 0) missing += 1;
      }
      left += 1;
    }
  }
  if (windows.length === 0) return '';
  const shortest = Math.min(...windows.map(([start, end]) => end - start));
  const best = windows.filter(([start, end]) => end - start === shortest);
  if (best.length !== 1) throw new Error(`minimum-window-substring test data has ${best.length} shortest windows`);
  const [start, end] = best[0] as [number, number];
  return s.slice(start, end);
}

// s has 100 000 letters from a–t, with u–z planted once each near the middle; t needs all six
// plus two a's and a b. Checking every substring is quadratic or worse.
const minWindowLarge = once(() => {
  const random = seededRandom(2707);
  const letters = Array.from({ length: 100_000 }, () => 'abcdefghijklmnopqrst'[random.int(0, 19)] as string);
  'uvwxyz'.split('').forEach((letter, index) => {
    letters[61_000 + index * 7] = letter;
  });
  return { s: letters.join(''), t: 'zuyvxwaab' };
});

const minWindowCase = (name: string, s: string, t: string): RunnableTestCase => testCase(name, [s, t], shortestCoveringWindow(s, t));

const minimumWindowSubstring = runnableProblem({
  problemId: 'minimum-window-substring',
  ...defineFunction({ javascript: ['minWindow', ['s', 't']], python: ['min_window', ['s', 't']] }),
  comparator: 'exact',
  examples: [testCase('example 1', ['ADOBECODEBANC', 'ABC'], 'BANC'), testCase('example 2', ['a', 'aa'], '')],
  hidden: () => [
    minWindowCase('the whole string', 'a', 'a'),
    minWindowCase('character missing from s', 'a', 'b'),
    minWindowCase('a window of one character', 'ab', 'b'),
    minWindowCase('t longer than s', 'abc', 'abcd'),
    minWindowCase('repeated characters in t', 'aa', 'aa'),
    minWindowCase('window at the end', 'bba', 'ab'),
    minWindowCase('window in the middle', 'cabwefgewcwaefgcf', 'cae'),
    minWindowCase('three of the same character', 'aaflslflsldkalskaaa', 'aaa'),
    minWindowCase('upper and lower case differ', 'aAbB', 'AB'),
    minWindowCase('large input (|s| = 100000)', minWindowLarge().s, minWindowLarge().t),
  ],
  references: {
    javascript: `function minWindow(s, t) {
  const need = new Map();
  for (const c of t) need.set(c, (need.get(c) || 0) + 1);
  let missing = t.length;
  let left = 0;
  let bestStart = 0;
  let bestLength = Infinity;
  for (let right = 0; right < s.length; right++) {
    const c = s[right];
    if (need.has(c)) {
      if (need.get(c) > 0) missing--;
      need.set(c, need.get(c) - 1);
    }
    while (missing === 0) {
      if (right - left + 1 < bestLength) {
        bestLength = right - left + 1;
        bestStart = left;
      }
      const out = s[left];
      if (need.has(out)) {
        need.set(out, need.get(out) + 1);
        if (need.get(out) > 0) missing++;
      }
      left++;
    }
  }
  return bestLength === Infinity ? '' : s.slice(bestStart, bestStart + bestLength);
}`,
    python: `from collections import Counter


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    left = 0
    best = (0, float('inf'))
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            if right - left + 1 < best[1]:
                best = (left, right - left + 1)
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    start, length = best
    return '' if length == float('inf') else s[start:start + length]`,
  },
});

// ---------- serialize-binary-tree ----------

function chain(length: number, side: 'left' | 'right', firstValue: number): (number | null)[] {
  const root: PlainTreeNode = { val: firstValue, left: null, right: null };
  let node = root;
  for (let index = 1; index < length; index += 1) {
    node = node[side] = { val: firstValue + index * (index % 2 === 0 ? 1 : -1), left: null, right: null };
  }
  return treeToLevelOrder(root);
}

/** A random-shaped tree of n nodes with values in a wide range, including negatives and repeats. */
function randomShapedTree(seed: number, size: number): (number | null)[] {
  const random = seededRandom(seed);
  const root: PlainTreeNode = { val: random.int(-1_000_000, 1_000_000), left: null, right: null };
  const nodes = [root];
  while (nodes.length < size) {
    const parent = nodes[random.int(0, nodes.length - 1)] as PlainTreeNode;
    const side = random.next() < 0.5 ? 'left' : 'right';
    if (parent[side]) continue;
    const child: PlainTreeNode = { val: random.int(-1_000_000, 1_000_000), left: null, right: null };
    parent[side] = child;
    nodes.push(child);
  }
  return treeToLevelOrder(root);
}

const roundTrip = (name: string, tree: (number | null)[]): RunnableTestCase => testCase(name, [tree], tree);
const DEEP = 500;

const serializeEntry: CodeEntry = { kind: 'round-trip', encode: 'serialize', decode: 'deserialize', value: 'tree' };

const serializeBinaryTree = runnableProblem({
  problemId: 'serialize-binary-tree',
  entry: { javascript: serializeEntry, python: serializeEntry },
  signatures: {
    javascript: `${nodeComment('TreeNode', 'javascript')}\nfunction serialize(root) {\n}\n\nfunction deserialize(data) {\n}`,
    python: `${nodeComment('TreeNode', 'python')}\ndef serialize(root):\n    pass\n\n\ndef deserialize(data):\n    pass`,
  },
  comparator: 'exact',
  examples: [roundTrip('example 1', [1, 2, 3, null, null, 4, 5])],
  hidden: () => [
    roundTrip('empty tree', []),
    roundTrip('a single node', [1]),
    roundTrip('a single negative node', [-1]),
    roundTrip('only a left child', [1, 2]),
    roundTrip('only a right child', [1, null, 2]),
    roundTrip('negative and multi-digit values', [-100, 2000, -3, null, null, 45, -6789]),
    roundTrip('equal values in different places', [1, 1, 1, 1, null, null, 1]),
    roundTrip('zeros', [0, 0, null, 0]),
    roundTrip(`right-skewed tree (depth ${DEEP})`, chain(DEEP, 'right', 1)),
    roundTrip(`left-skewed tree (depth ${DEEP})`, chain(DEEP, 'left', -1)),
    roundTrip('large random tree (n = 20000)', randomShapedTree(2808, 20_000)),
  ],
  references: {
    javascript: `function serialize(root) {
  const out = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (node) {
      out.push(String(node.val));
      queue.push(node.left, node.right);
    } else {
      out.push('#');
    }
  }
  return out.join(',');
}

function deserialize(data) {
  const tokens = data.split(',');
  if (tokens[0] === '#') return null;
  const root = new TreeNode(Number(tokens[0]));
  const queue = [root];
  let next = 1;
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    const left = tokens[next++];
    const right = tokens[next++];
    if (left !== '#') {
      node.left = new TreeNode(Number(left));
      queue.push(node.left);
    }
    if (right !== '#') {
      node.right = new TreeNode(Number(right));
      queue.push(node.right);
    }
  }
  return root;
}`,
    python: `from collections import deque


def serialize(root):
    out = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node:
            out.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        else:
            out.append('#')
    return ','.join(out)


def deserialize(data):
    tokens = data.split(',')
    if tokens[0] == '#':
        return None
    root = TreeNode(int(tokens[0]))
    queue = deque([root])
    position = 1
    while queue:
        node = queue.popleft()
        left, right = tokens[position], tokens[position + 1]
        position += 2
        if left != '#':
            node.left = TreeNode(int(left))
            queue.append(node.left)
        if right != '#':
            node.right = TreeNode(int(right))
            queue.append(node.right)
    return root`,
  },
});

/** The hard problems of the DSA bank, runnable. */
export const RUNNABLE_HARD: readonly RunnableProblem[] = [
  mergeKSortedLists,
  trappingRainWater,
  findMedianFromDataStream,
  editDistanceProblem,
  wordLadder,
  slidingWindowMaximum,
  minimumWindowSubstring,
  serializeBinaryTree,
];
