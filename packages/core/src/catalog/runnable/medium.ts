// The medium problems of the DSA bank, runnable in JavaScript and Python: entry points,
// starting code, the statement's examples as data, hidden tests and reference solutions.
// Large tests are generated from fixed seeds (medium-inputs.ts) and their expected values are
// computed by trusted TypeScript solutions (medium-oracles.ts) when a problem's hidden tests are
// first read.

import type { CodeEntry, CodeValueKind } from '../../ports/code-runner.js';
import type { RunnableProblem, RunnableTestCase } from '../runnable-problem-types.js';
import * as inputs from './medium-inputs.js';
import * as oracle from './medium-oracles.js';

/** Source code written indented inside this file, without the common indentation. */
function source(strings: TemplateStringsArray): string {
  const lines = strings.raw.join('').replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
  return lines.map((line) => line.slice(indent)).join('\n') + '\n';
}

function test(name: string, args: unknown[], expected: unknown): RunnableTestCase {
  return { name, args, expected };
}

/** A test whose expected value the trusted solution computes. */
function computed<A extends unknown[]>(name: string, args: A, solve: (...args: A) => unknown): RunnableTestCase {
  return { name, args, expected: solve(...args) };
}

interface FunctionSpec {
  js: string;
  py: string;
  /** Parameter names in JavaScript; Python uses the same names in snake_case. */
  params: [string, CodeValueKind][];
  returns?: CodeValueKind;
}

const snake = (name: string): string => name.replace(/[A-Z]/g, (letter) => '_' + letter.toLowerCase());

const TREE_NODE_JS = '// TreeNode: { val, left, right }, a missing child is null; make one with new TreeNode(val)\n';
const TREE_NODE_PY = '# TreeNode: .val, .left, .right (None when missing); make one with TreeNode(val)\n';

/** Entry points and starting code of a function problem. */
function functionProblem(spec: FunctionSpec): Pick<RunnableProblem, 'entry' | 'signatures'> {
  const usesTree = spec.params.some(([, kind]) => kind === 'tree') || spec.returns === 'tree';
  const entry = (name: string, rename: (param: string) => string): CodeEntry => ({
    kind: 'function',
    name,
    parameters: spec.params.map(([param, kind]) => ({ name: rename(param), kind })),
    returns: spec.returns ?? 'json',
  });
  const jsParams = spec.params.map(([param]) => param).join(', ');
  const pyParams = spec.params.map(([param]) => snake(param)).join(', ');
  return {
    entry: { javascript: entry(spec.js, (param) => param), python: entry(spec.py, snake) },
    signatures: {
      javascript: `${usesTree ? TREE_NODE_JS : ''}function ${spec.js}(${jsParams}) {\n}`,
      python: `${usesTree ? TREE_NODE_PY : ''}def ${spec.py}(${pyParams}):\n    pass`,
    },
  };
}

/** A problem whose hidden tests are built on first read, so importing the catalog stays cheap. */
type ProblemDefinition = Omit<RunnableProblem, 'hidden'> & { hidden: () => RunnableTestCase[] };

function runnable(definition: ProblemDefinition): RunnableProblem {
  const { hidden, ...rest } = definition;
  let built: RunnableTestCase[] | undefined;
  return Object.defineProperty(rest, 'hidden', { enumerable: true, get: () => (built ??= hidden()) }) as RunnableProblem;
}

export const RUNNABLE_MEDIUM: readonly RunnableProblem[] = [
  runnable({
    problemId: 'longest-substring-without-repeating',
    ...functionProblem({ js: 'lengthOfLongestSubstring', py: 'length_of_longest_substring', params: [['s', 'json']] }),
    comparator: 'exact',
    examples: [test('s = "abcabcbb"', ['abcabcbb'], 3), test('s = "pwwkew"', ['pwwkew'], 3)],
    hidden: () => [
      test('empty string', [''], 0),
      test('one character', ['a'], 1),
      test('all characters identical', ['bbbbb'], 1),
      test('a repeat before the window start', ['abba'], 2),
      test('repeat in the middle', ['dvdf'], 3),
      test('a space', [' '], 1),
      test('repeat of an inner character', ['tmmzuxt'], 5),
      test('no repeats at all', ['abcdefghijklmnopqrstuvwxyz'], 26),
      test('letters, digits and symbols', ['aA1!aA1!'], 4),
      computed('large input (n = 20000, repeat-free runs of thousands)', [inputs.longRunString(20_000, 5_000, 11)], oracle.lengthOfLongestSubstring),
    ],
    references: {
      javascript: source`
        function lengthOfLongestSubstring(s) {
          const lastSeen = new Map();
          let start = 0;
          let best = 0;
          for (let i = 0; i < s.length; i++) {
            const previous = lastSeen.get(s[i]);
            // A repeat before the window start does not shrink the window.
            if (previous !== undefined && previous >= start) start = previous + 1;
            lastSeen.set(s[i], i);
            best = Math.max(best, i - start + 1);
          }
          return best;
        }
      `,
      python: source`
        def length_of_longest_substring(s):
            last_seen = {}
            start = best = 0
            for i, ch in enumerate(s):
                # A repeat before the window start does not shrink the window.
                if last_seen.get(ch, -1) >= start:
                    start = last_seen[ch] + 1
                last_seen[ch] = i
                best = max(best, i - start + 1)
            return best
      `,
    },
  }),
  runnable({
    problemId: 'group-anagrams',
    ...functionProblem({ js: 'groupAnagrams', py: 'group_anagrams', params: [['words', 'json']] }),
    comparator: 'unordered-nested',
    examples: [
      test(
        'words = ["eat", "tea", "tan", "ate", "nat", "bat"]',
        [['eat', 'tea', 'tan', 'ate', 'nat', 'bat']],
        [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']],
      ),
      test('words = [""]', [['']], [['']]),
    ],
    hidden: () => [
      test('empty list', [[]], []),
      test('one word', [['a']], [['a']]),
      test('two empty strings', [['', '']], [['', '']]),
      test('the same word twice', [['ab', 'ba', 'ab']], [['ab', 'ba', 'ab']]),
      test('no anagrams', [['abc', 'abd', 'xyz']], [['abc'], ['abd'], ['xyz']]),
      test('same letters, different counts', [['aab', 'abb', 'bab']], [['aab'], ['abb', 'bab']]),
      test('one-letter words', [['a', 'b', 'a']], [['a', 'a'], ['b']]),
      test(
        'longer words',
        [['listen', 'silent', 'enlist', 'google', 'gogole']],
        [
          ['listen', 'silent', 'enlist'],
          ['google', 'gogole'],
        ],
      ),
      computed('large input (n = 12000 words, 8000 groups)', [inputs.anagramWords(8_000, 12_000, 12)], oracle.groupAnagrams),
    ],
    references: {
      javascript: source`
        function groupAnagrams(words) {
          const groups = new Map();
          for (const word of words) {
            // Anagrams share their sorted letters.
            const key = [...word].sort().join('');
            if (!groups.has(key)) groups.set(key, []);
            groups.get(key).push(word);
          }
          return [...groups.values()];
        }
      `,
      python: source`
        from collections import defaultdict


        def group_anagrams(words):
            groups = defaultdict(list)
            for word in words:
                # Anagrams share their sorted letters.
                groups["".join(sorted(word))].append(word)
            return list(groups.values())
      `,
    },
  }),
  runnable({
    problemId: 'top-k-frequent-elements',
    ...functionProblem({
      js: 'topKFrequent',
      py: 'top_k_frequent',
      params: [
        ['nums', 'json'],
        ['k', 'json'],
      ],
    }),
    // Any order; every test is built so that the k most frequent values are unambiguous.
    comparator: 'unordered',
    examples: [test('nums = [1, 1, 1, 2, 2, 3], k = 2', [[1, 1, 1, 2, 2, 3], 2], [1, 2]), test('nums = [1], k = 1', [[1], 1], [1])],
    hidden: () => [
      test('k equal to the number of distinct values, all tied', [[4, 4, 5, 5, 6, 6], 3], [4, 5, 6]),
      test('ties inside the top k', [[1, 1, 2, 2, 3], 2], [1, 2]),
      test('negative numbers', [[-1, -1, -2, 3, 3, 3], 2], [3, -1]),
      test('zero and negatives, k = 1', [[0, 0, 0, -5, -5, 7], 1], [0]),
      test('one distinct value', [[9, 9, 9, 9], 1], [9]),
      test('all distinct, k = n', [[3, 1, 2], 3], [3, 1, 2]),
      test('large magnitudes', [[1_000_000_000, -1_000_000_000, 1_000_000_000], 1], [1_000_000_000]),
      test('unsorted input', [[5, 3, 5, 2, 3, 5, 1, 3, 5], 2], [5, 3]),
      computed('large input (n ≈ 34000, 6000 distinct values)', [inputs.frequencyInput(6_000, 10, 13), 10], oracle.topKFrequent),
    ],
    references: {
      javascript: source`
        function topKFrequent(nums, k) {
          const counts = new Map();
          for (const value of nums) counts.set(value, (counts.get(value) || 0) + 1);
          // Bucket sort: a count is between 1 and n.
          const buckets = Array.from({ length: nums.length + 1 }, () => []);
          for (const [value, count] of counts) buckets[count].push(value);
          const result = [];
          for (let count = nums.length; count > 0 && result.length < k; count--) {
            for (const value of buckets[count]) {
              if (result.length === k) break;
              result.push(value);
            }
          }
          return result;
        }
      `,
      python: source`
        from collections import Counter


        def top_k_frequent(nums, k):
            return [value for value, _ in Counter(nums).most_common(k)]
      `,
    },
  }),
  runnable({
    problemId: 'product-of-array-except-self',
    ...functionProblem({ js: 'productExceptSelf', py: 'product_except_self', params: [['nums', 'json']] }),
    comparator: 'exact',
    examples: [test('nums = [1, 2, 3, 4]', [[1, 2, 3, 4]], [24, 12, 8, 6]), test('nums = [-1, 1, 0, -3, 3]', [[-1, 1, 0, -3, 3]], [0, 0, 9, 0, 0])],
    hidden: () => [
      test('two elements', [[3, 4]], [4, 3]),
      test('one zero', [[0, 4, 5]], [20, 0, 0]),
      test('two zeros', [[0, 2, 0, 3]], [0, 0, 0, 0]),
      test('all negative', [[-1, -2, -3]], [6, 3, 2]),
      test('all ones', [[1, 1, 1, 1]], [1, 1, 1, 1]),
      test('a zero between negatives', [[-2, 0, -3]], [0, 6, 0]),
      test('alternating signs', [[2, -3, 4, -5]], [60, -40, 30, -24]),
      test('products beyond 32-bit integers', [[1000, 1000, 1000, 1000, 9]], [9_000_000_000, 9_000_000_000, 9_000_000_000, 9_000_000_000, 1_000_000_000_000]),
      computed('large input (n = 20000)', [inputs.smallProductInput(20_000, 14)], oracle.productExceptSelf),
    ],
    references: {
      javascript: source`
        function productExceptSelf(nums) {
          const answer = new Array(nums.length).fill(1);
          // answer[i] = (product left of i) * (product right of i), one pass for each side.
          for (let i = 1; i < nums.length; i++) answer[i] = answer[i - 1] * nums[i - 1];
          let suffix = 1;
          for (let i = nums.length - 1; i >= 0; i--) {
            answer[i] *= suffix;
            suffix *= nums[i];
          }
          return answer;
        }
      `,
      python: source`
        def product_except_self(nums):
            answer = [1] * len(nums)
            # answer[i] = (product left of i) * (product right of i), one pass for each side.
            for i in range(1, len(nums)):
                answer[i] = answer[i - 1] * nums[i - 1]
            suffix = 1
            for i in range(len(nums) - 1, -1, -1):
                answer[i] *= suffix
                suffix *= nums[i]
            return answer
      `,
    },
  }),
  runnable({
    problemId: 'three-sum',
    ...functionProblem({ js: 'threeSum', py: 'three_sum', params: [['nums', 'json']] }),
    comparator: 'unordered-nested',
    examples: [
      test(
        'nums = [-1, 0, 1, 2, -1, -4]',
        [[-1, 0, 1, 2, -1, -4]],
        [
          [-1, -1, 2],
          [-1, 0, 1],
        ],
      ),
      test('nums = [0, 0, 0]', [[0, 0, 0]], [[0, 0, 0]]),
    ],
    hidden: () => [
      test('empty array', [[]], []),
      test('one element', [[0]], []),
      test('two elements', [[0, 1]], []),
      test('no triplet sums to zero', [[1, 2, -2, -1]], []),
      test('four zeros give one triplet', [[0, 0, 0, 0]], [[0, 0, 0]]),
      test('duplicate triplets collapse', [[-2, 0, 0, 2, 2]], [[-2, 0, 2]]),
      test('unsorted with a repeated zero', [[-1, 0, 1, 0]], [[-1, 0, 1]]),
      test('large magnitudes', [[-1_000_000, 500_000, 500_000]], [[-1_000_000, 500_000, 500_000]]),
      test(
        'many duplicates',
        [[-1, -1, -1, 2, 2, 2, 0, 0, 0, 1, 1, 1]],
        [
          [-1, -1, 2],
          [-1, 0, 1],
          [0, 0, 0],
        ],
      ),
      computed('large input (n = 800): cubic time is too slow', [inputs.randomInts(800, -50_000, 50_000, 15)], oracle.threeSum),
    ],
    references: {
      javascript: source`
        function threeSum(nums) {
          const sorted = [...nums].sort((a, b) => a - b);
          const result = [];
          for (let i = 0; i < sorted.length - 2 && sorted[i] <= 0; i++) {
            if (i > 0 && sorted[i] === sorted[i - 1]) continue;
            let lo = i + 1;
            let hi = sorted.length - 1;
            while (lo < hi) {
              const sum = sorted[i] + sorted[lo] + sorted[hi];
              if (sum < 0) lo++;
              else if (sum > 0) hi--;
              else {
                result.push([sorted[i], sorted[lo], sorted[hi]]);
                // Skip equal values so no triplet is reported twice.
                while (lo < hi && sorted[lo] === sorted[lo + 1]) lo++;
                while (lo < hi && sorted[hi] === sorted[hi - 1]) hi--;
                lo++;
                hi--;
              }
            }
          }
          return result;
        }
      `,
      python: source`
        def three_sum(nums):
            nums = sorted(nums)
            result = []
            for i in range(len(nums) - 2):
                if nums[i] > 0:
                    break
                if i > 0 and nums[i] == nums[i - 1]:
                    continue
                lo, hi = i + 1, len(nums) - 1
                while lo < hi:
                    total = nums[i] + nums[lo] + nums[hi]
                    if total < 0:
                        lo += 1
                    elif total > 0:
                        hi -= 1
                    else:
                        result.append([nums[i], nums[lo], nums[hi]])
                        # Skip equal values so no triplet is reported twice.
                        while lo < hi and nums[lo] == nums[lo + 1]:
                            lo += 1
                        while lo < hi and nums[hi] == nums[hi - 1]:
                            hi -= 1
                        lo += 1
                        hi -= 1
            return result
      `,
    },
  }),
  runnable({
    problemId: 'container-with-most-water',
    ...functionProblem({ js: 'maxArea', py: 'max_area', params: [['height', 'json']] }),
    comparator: 'exact',
    examples: [test('height = [1, 8, 6, 2, 5, 4, 8, 3, 7]', [[1, 8, 6, 2, 5, 4, 8, 3, 7]], 49), test('height = [1, 1]', [[1, 1]], 1)],
    hidden: () => [
      test('two lines of different heights', [[3, 7]], 3),
      test('two lines of height zero', [[0, 0]], 0),
      test('zeros around a tall line', [[0, 5, 0]], 0),
      test('equal heights at both ends', [[4, 1, 1, 4]], 12),
      test('increasing heights', [[1, 2, 3, 4, 5]], 6),
      test('decreasing heights', [[5, 4, 3, 2, 1]], 6),
      test('best pair in the middle', [[1, 2, 100, 100, 2, 1]], 100),
      test('best pair not at the ends', [[2, 3, 4, 5, 18, 17, 6]], 17),
      computed('large input (n = 30000)', [inputs.randomInts(30_000, 0, 10_000, 16)], oracle.maxArea),
    ],
    references: {
      javascript: source`
        function maxArea(height) {
          let lo = 0;
          let hi = height.length - 1;
          let best = 0;
          while (lo < hi) {
            best = Math.max(best, Math.min(height[lo], height[hi]) * (hi - lo));
            // Moving the taller line can never give a larger area.
            if (height[lo] < height[hi]) lo++;
            else hi--;
          }
          return best;
        }
      `,
      python: source`
        def max_area(height):
            lo, hi = 0, len(height) - 1
            best = 0
            while lo < hi:
                best = max(best, min(height[lo], height[hi]) * (hi - lo))
                # Moving the taller line can never give a larger area.
                if height[lo] < height[hi]:
                    lo += 1
                else:
                    hi -= 1
            return best
      `,
    },
  }),
  runnable({
    problemId: 'search-in-rotated-sorted-array',
    ...functionProblem({
      js: 'searchRotated',
      py: 'search_rotated',
      params: [
        ['nums', 'json'],
        ['target', 'json'],
      ],
    }),
    comparator: 'exact',
    examples: [
      test('nums = [4, 5, 6, 7, 0, 1, 2], target = 0', [[4, 5, 6, 7, 0, 1, 2], 0], 4),
      test('nums = [4, 5, 6, 7, 0, 1, 2], target = 3', [[4, 5, 6, 7, 0, 1, 2], 3], -1),
    ],
    hidden: () => [
      test('one element, found', [[1], 1], 0),
      test('one element, not found', [[1], 0], -1),
      test('not rotated', [[1, 2, 3, 4, 5], 4], 3),
      test('rotated by one', [[5, 1, 2, 3, 4], 5], 0),
      test('target at the rotation point', [[6, 7, 1, 2, 3, 4, 5], 1], 2),
      test('target at the last index', [[4, 5, 6, 7, 0, 1, 2], 2], 6),
      test('negative numbers', [[-3, -1, 2, 5, -10, -7], -7], 5),
      test('two elements', [[3, 1], 1], 1),
      test('target smaller than every element', [[4, 5, 6, 7, 0, 1, 2], -5], -1),
      (() => {
        const nums = inputs.rotatedSorted(30_000, 18_731, 17);
        return computed('large input (n = 30000)', [nums, nums[12_345]!], oracle.searchRotated);
      })(),
    ],
    references: {
      javascript: source`
        function searchRotated(nums, target) {
          let lo = 0;
          let hi = nums.length - 1;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (nums[mid] === target) return mid;
            // One half is always sorted: keep it if the target lies in its range.
            if (nums[lo] <= nums[mid]) {
              if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
              else lo = mid + 1;
            } else if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
            else hi = mid - 1;
          }
          return -1;
        }
      `,
      python: source`
        def search_rotated(nums, target):
            lo, hi = 0, len(nums) - 1
            while lo <= hi:
                mid = (lo + hi) // 2
                if nums[mid] == target:
                    return mid
                # One half is always sorted: keep it if the target lies in its range.
                if nums[lo] <= nums[mid]:
                    if nums[lo] <= target < nums[mid]:
                        hi = mid - 1
                    else:
                        lo = mid + 1
                elif nums[mid] < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
            return -1
      `,
    },
  }),
  runnable({
    problemId: 'number-of-islands',
    ...functionProblem({ js: 'numIslands', py: 'num_islands', params: [['grid', 'json']] }),
    comparator: 'exact',
    examples: [
      test(
        'grid = [["1","1","0","0"], ["1","1","0","0"], ["0","0","1","0"], ["0","0","0","1"]]',
        [
          [
            ['1', '1', '0', '0'],
            ['1', '1', '0', '0'],
            ['0', '0', '1', '0'],
            ['0', '0', '0', '1'],
          ],
        ],
        3,
      ),
      test(
        'grid = [["1","1","1"], ["0","1","0"], ["1","1","1"]]',
        [
          [
            ['1', '1', '1'],
            ['0', '1', '0'],
            ['1', '1', '1'],
          ],
        ],
        1,
      ),
    ],
    hidden: () => [
      test('empty grid', [[]], 0),
      test('one water cell', [[['0']]], 0),
      test('one land cell', [[['1']]], 1),
      test(
        'all water',
        [
          [
            ['0', '0', '0'],
            ['0', '0', '0'],
          ],
        ],
        0,
      ),
      test(
        'all land',
        [
          [
            ['1', '1', '1'],
            ['1', '1', '1'],
            ['1', '1', '1'],
          ],
        ],
        1,
      ),
      test('one row', [[['1', '0', '1', '1', '0', '1']]], 3),
      test('one column', [[['1'], ['1'], ['0'], ['1']]], 2),
      test(
        'diagonal cells are not connected',
        [
          [
            ['1', '0', '1'],
            ['0', '1', '0'],
            ['1', '0', '1'],
          ],
        ],
        5,
      ),
      test(
        'a ring around a lake',
        [
          [
            ['1', '1', '1'],
            ['1', '0', '1'],
            ['1', '1', '1'],
          ],
        ],
        1,
      ),
      test(
        'islands touching the border',
        [
          [
            ['1', '0', '0', '1'],
            ['0', '0', '0', '0'],
            ['1', '0', '0', '1'],
          ],
        ],
        4,
      ),
      computed('large grid (120 × 160)', [inputs.islandGrid(120, 160, 0.45, 18)], oracle.numIslands),
    ],
    references: {
      javascript: source`
        function numIslands(grid) {
          const rows = grid.length;
          const cols = rows === 0 ? 0 : grid[0].length;
          let islands = 0;
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
              if (grid[r][c] !== '1') continue;
              islands++;
              // Sink the whole island with an explicit stack (no recursion depth limit).
              grid[r][c] = '0';
              const stack = [[r, c]];
              while (stack.length > 0) {
                const [i, j] = stack.pop();
                for (const [ni, nj] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]]) {
                  if (ni >= 0 && nj >= 0 && ni < rows && nj < cols && grid[ni][nj] === '1') {
                    grid[ni][nj] = '0';
                    stack.push([ni, nj]);
                  }
                }
              }
            }
          }
          return islands;
        }
      `,
      python: source`
        from collections import deque


        def num_islands(grid):
            rows = len(grid)
            cols = len(grid[0]) if rows else 0
            islands = 0
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] != "1":
                        continue
                    islands += 1
                    # Sink the whole island breadth-first (no recursion depth limit).
                    grid[r][c] = "0"
                    queue = deque([(r, c)])
                    while queue:
                        i, j = queue.popleft()
                        for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                            if 0 <= ni < rows and 0 <= nj < cols and grid[ni][nj] == "1":
                                grid[ni][nj] = "0"
                                queue.append((ni, nj))
            return islands
      `,
    },
  }),
  runnable({
    problemId: 'course-schedule',
    ...functionProblem({
      js: 'findOrder',
      py: 'find_order',
      params: [
        ['n', 'json'],
        ['prerequisites', 'json'],
      ],
    }),
    // Orders are compared exactly: every test has exactly one valid order (or none).
    comparator: 'exact',
    examples: [
      test('n = 2, prerequisites = [[1, 0]]', [2, [[1, 0]]], [0, 1]),
      test(
        'n = 2, prerequisites = [[1, 0], [0, 1]]',
        [
          2,
          [
            [1, 0],
            [0, 1],
          ],
        ],
        [],
      ),
    ],
    hidden: () => [
      test('one course, no prerequisites', [1, []], [0]),
      test(
        'a chain',
        [
          4,
          [
            [1, 0],
            [2, 1],
            [3, 2],
          ],
        ],
        [0, 1, 2, 3],
      ),
      test(
        'a chain with shuffled labels',
        [
          4,
          [
            [0, 3],
            [2, 0],
            [1, 2],
          ],
        ],
        [3, 0, 2, 1],
      ),
      test(
        'a cycle of three',
        [
          3,
          [
            [0, 1],
            [1, 2],
            [2, 0],
          ],
        ],
        [],
      ),
      test('a course that requires itself', [1, [[0, 0]]], []),
      test(
        'a diamond with a tie-breaking edge',
        [
          4,
          [
            [1, 0],
            [2, 0],
            [2, 1],
            [3, 1],
            [3, 2],
          ],
        ],
        [0, 1, 2, 3],
      ),
      test(
        'a duplicate prerequisite',
        [
          3,
          [
            [1, 0],
            [1, 0],
            [2, 1],
          ],
        ],
        [0, 1, 2],
      ),
      test(
        'a cycle in a separate group of courses',
        [
          5,
          [
            [1, 0],
            [2, 1],
            [4, 3],
            [3, 4],
          ],
        ],
        [],
      ),
      test(
        'redundant transitive prerequisites',
        [
          3,
          [
            [2, 0],
            [1, 0],
            [2, 1],
          ],
        ],
        [0, 1, 2],
      ),
      computed('large input (6000 courses in one long chain, 12000 prerequisites)', inputs.chainSchedule(6_000, 6_000, false, 19), oracle.findOrder),
      computed('large input with a cycle (6000 courses)', inputs.chainSchedule(6_000, 6_000, true, 20), oracle.findOrder),
    ],
    references: {
      javascript: source`
        function findOrder(n, prerequisites) {
          const next = Array.from({ length: n }, () => []);
          const indegree = new Array(n).fill(0);
          for (const [course, before] of prerequisites) {
            next[before].push(course);
            indegree[course]++;
          }
          // Kahn's algorithm: take courses whose prerequisites are all taken.
          const order = [];
          for (let course = 0; course < n; course++) if (indegree[course] === 0) order.push(course);
          for (let head = 0; head < order.length; head++) {
            for (const after of next[order[head]]) if (--indegree[after] === 0) order.push(after);
          }
          // Courses on a cycle never reach in-degree 0.
          return order.length === n ? order : [];
        }
      `,
      python: source`
        from collections import deque


        def find_order(n, prerequisites):
            after = [[] for _ in range(n)]
            indegree = [0] * n
            for course, before in prerequisites:
                after[before].append(course)
                indegree[course] += 1
            # Kahn's algorithm: take courses whose prerequisites are all taken.
            queue = deque(course for course in range(n) if indegree[course] == 0)
            order = []
            while queue:
                course = queue.popleft()
                order.append(course)
                for nxt in after[course]:
                    indegree[nxt] -= 1
                    if indegree[nxt] == 0:
                        queue.append(nxt)
            # Courses on a cycle never reach in-degree 0.
            return order if len(order) == n else []
      `,
    },
  }),
  runnable({
    problemId: 'merge-intervals',
    ...functionProblem({ js: 'mergeIntervals', py: 'merge_intervals', params: [['intervals', 'json']] }),
    // The merged intervals may come in any order.
    comparator: 'unordered',
    examples: [
      test(
        'intervals = [[1, 3], [2, 6], [8, 10], [15, 18]]',
        [
          [
            [1, 3],
            [2, 6],
            [8, 10],
            [15, 18],
          ],
        ],
        [
          [1, 6],
          [8, 10],
          [15, 18],
        ],
      ),
      test(
        'intervals = [[1, 4], [4, 5]]',
        [
          [
            [1, 4],
            [4, 5],
          ],
        ],
        [[1, 5]],
      ),
    ],
    hidden: () => [
      test('no intervals', [[]], []),
      test('one interval', [[[1, 3]]], [[1, 3]]),
      test(
        'intervals contained in another',
        [
          [
            [1, 10],
            [2, 3],
            [4, 5],
          ],
        ],
        [[1, 10]],
      ),
      test(
        'unsorted input',
        [
          [
            [8, 10],
            [1, 3],
            [2, 6],
          ],
        ],
        [
          [1, 6],
          [8, 10],
        ],
      ),
      test(
        'zero-length intervals',
        [
          [
            [5, 5],
            [5, 5],
          ],
        ],
        [[5, 5]],
      ),
      test(
        'identical intervals',
        [
          [
            [1, 4],
            [1, 4],
          ],
        ],
        [[1, 4]],
      ),
      test(
        'negative coordinates',
        [
          [
            [-5, -1],
            [-3, 2],
            [4, 6],
          ],
        ],
        [
          [-5, 2],
          [4, 6],
        ],
      ),
      test(
        'a chain of touching intervals',
        [
          [
            [1, 2],
            [2, 3],
            [3, 4],
          ],
        ],
        [[1, 4]],
      ),
      test(
        'disjoint intervals',
        [
          [
            [1, 2],
            [4, 5],
            [7, 8],
          ],
        ],
        [
          [1, 2],
          [4, 5],
          [7, 8],
        ],
      ),
      computed('large input (n = 10000)', [inputs.randomIntervals(10_000, 5_000_000, 300, 21)], oracle.mergeIntervals),
    ],
    references: {
      javascript: source`
        function mergeIntervals(intervals) {
          const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
          const merged = [];
          for (const [start, end] of sorted) {
            const last = merged[merged.length - 1];
            // Touching intervals merge too.
            if (last && start <= last[1]) last[1] = Math.max(last[1], end);
            else merged.push([start, end]);
          }
          return merged;
        }
      `,
      python: source`
        def merge_intervals(intervals):
            merged = []
            for start, end in sorted(intervals):
                # Touching intervals merge too.
                if merged and start <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], end)
                else:
                    merged.append([start, end])
            return merged
      `,
    },
  }),
  runnable({
    problemId: 'kth-largest-element',
    ...functionProblem({
      js: 'findKthLargest',
      py: 'find_kth_largest',
      params: [
        ['nums', 'json'],
        ['k', 'json'],
      ],
    }),
    comparator: 'exact',
    examples: [
      test('nums = [3, 2, 1, 5, 6, 4], k = 2', [[3, 2, 1, 5, 6, 4], 2], 5),
      test('nums = [3, 2, 3, 1, 2, 4, 5, 5, 6], k = 4', [[3, 2, 3, 1, 2, 4, 5, 5, 6], 4], 4),
    ],
    hidden: () => [
      test('one element', [[1], 1], 1),
      test('k = 1 (the maximum)', [[3, 1, 2], 1], 3),
      test('k = n (the minimum)', [[3, 1, 2], 3], 1),
      test('all equal', [[2, 2, 2, 2], 2], 2),
      test('negative numbers', [[-1, -5, -3], 2], -3),
      test('duplicates around the answer', [[0, -1, 5, 5, 3], 3], 3),
      test('sorted descending', [[7, 6, 5, 4, 3, 2, 1], 5], 3),
      test('sorted ascending', [[1, 2, 3, 4, 5, 6, 7], 2], 6),
      computed('large sorted input (n = 30000, k = 15000): a bad pivot', [Array.from({ length: 30_000 }, (_, i) => i - 12_000), 15_000], oracle.findKthLargest),
      computed('large input with many duplicates (n = 30000, k = 15000)', [inputs.randomInts(30_000, 0, 9, 22), 15_000], oracle.findKthLargest),
    ],
    references: {
      javascript: source`
        function findKthLargest(nums, k) {
          // Quickselect with a random pivot and a three-way split: expected O(n), also on
          // sorted input and many duplicates.
          let values = nums;
          for (;;) {
            const pivot = values[Math.floor(Math.random() * values.length)];
            const larger = [];
            const smaller = [];
            let equal = 0;
            for (const value of values) {
              if (value > pivot) larger.push(value);
              else if (value < pivot) smaller.push(value);
              else equal++;
            }
            if (k <= larger.length) values = larger;
            else if (k <= larger.length + equal) return pivot;
            else {
              k -= larger.length + equal;
              values = smaller;
            }
          }
        }
      `,
      python: source`
        import heapq


        def find_kth_largest(nums, k):
            # A min-heap of the k largest values seen so far; its top is the answer.
            heap = nums[:k]
            heapq.heapify(heap)
            for value in nums[k:]:
                if value > heap[0]:
                    heapq.heapreplace(heap, value)
            return heap[0]
      `,
    },
  }),
  runnable({
    problemId: 'coin-change',
    ...functionProblem({
      js: 'coinChange',
      py: 'coin_change',
      params: [
        ['coins', 'json'],
        ['amount', 'json'],
      ],
    }),
    comparator: 'exact',
    examples: [test('coins = [1, 2, 5], amount = 11', [[1, 2, 5], 11], 3), test('coins = [2], amount = 3', [[2], 3], -1)],
    hidden: () => [
      test('amount 0', [[1], 0], 0),
      test('amount 0 without a coin of 1', [[5, 10], 0], 0),
      test('one coin of exactly the amount', [[7], 7], 1),
      test('only coins of 1', [[1], 7], 7),
      test('greedy (largest coin first) fails', [[1, 3, 4], 6], 2),
      test('an amount that cannot be made', [[3, 7], 5], -1),
      test('unsorted coins', [[2, 5, 10, 1], 27], 4),
      test('odd amount from even coins', [[2, 4], 7], -1),
      computed('large amount (coins = [186, 419, 83, 408], amount = 6249)', [[186, 419, 83, 408], 6249], oracle.coinChange),
      computed('large amount with many coins (amount = 9864)', [[411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422], 9864], oracle.coinChange),
    ],
    references: {
      javascript: source`
        function coinChange(coins, amount) {
          // fewest[a] = fewest coins that make a; Infinity while unknown.
          const fewest = new Array(amount + 1).fill(Infinity);
          fewest[0] = 0;
          for (let total = 1; total <= amount; total++) {
            for (const coin of coins) {
              if (coin <= total && fewest[total - coin] + 1 < fewest[total]) fewest[total] = fewest[total - coin] + 1;
            }
          }
          return fewest[amount] === Infinity ? -1 : fewest[amount];
        }
      `,
      python: source`
        def coin_change(coins, amount):
            # fewest[a] = fewest coins that make a; infinity while unknown.
            fewest = [0] + [float("inf")] * amount
            for total in range(1, amount + 1):
                for coin in coins:
                    if coin <= total and fewest[total - coin] + 1 < fewest[total]:
                        fewest[total] = fewest[total - coin] + 1
            return -1 if fewest[amount] == float("inf") else fewest[amount]
      `,
    },
  }),
  runnable({
    problemId: 'longest-increasing-subsequence',
    ...functionProblem({ js: 'lengthOfLIS', py: 'length_of_lis', params: [['nums', 'json']] }),
    comparator: 'exact',
    examples: [test('nums = [10, 9, 2, 5, 3, 7, 101, 18]', [[10, 9, 2, 5, 3, 7, 101, 18]], 4), test('nums = [7, 7, 7, 7]', [[7, 7, 7, 7]], 1)],
    hidden: () => [
      test('empty array', [[]], 0),
      test('one element', [[5]], 1),
      test('decreasing', [[5, 4, 3, 2, 1]], 1),
      test('increasing', [[1, 2, 3, 4, 5]], 5),
      test('equal values do not count (strictly increasing)', [[1, 3, 3, 3, 5]], 3),
      test('ups and downs', [[0, 1, 0, 3, 2, 3]], 4),
      test('negative numbers', [[-5, -2, -8, -1, -7, 0]], 4),
      test('a smaller tail replaces a larger one', [[4, 10, 4, 3, 8, 9]], 3),
      computed('large input (n = 15000)', [inputs.randomInts(15_000, -1_000_000_000, 1_000_000_000, 23)], oracle.lengthOfLIS),
    ],
    references: {
      javascript: source`
        function lengthOfLIS(nums) {
          // tails[i] = the smallest tail of an increasing subsequence of length i + 1.
          const tails = [];
          for (const value of nums) {
            let lo = 0;
            let hi = tails.length;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if (tails[mid] < value) lo = mid + 1;
              else hi = mid;
            }
            tails[lo] = value;
          }
          return tails.length;
        }
      `,
      python: source`
        from bisect import bisect_left


        def length_of_lis(nums):
            # tails[i] = the smallest tail of an increasing subsequence of length i + 1.
            tails = []
            for value in nums:
                i = bisect_left(tails, value)
                if i == len(tails):
                    tails.append(value)
                else:
                    tails[i] = value
            return len(tails)
      `,
    },
  }),
  runnable({
    problemId: 'validate-binary-search-tree',
    ...functionProblem({ js: 'isValidBST', py: 'is_valid_bst', params: [['root', 'tree']] }),
    comparator: 'exact',
    examples: [test('root = [2, 1, 3]', [[2, 1, 3]], true), test('root = [5, 1, 4, null, null, 3, 6]', [[5, 1, 4, null, null, 3, 6]], false)],
    hidden: () => [
      test('empty tree', [[]], true),
      test('one node', [[1]], true),
      test('equal keys on both sides', [[2, 2, 2]], false),
      test('an equal key on the left', [[2, 2]], false),
      test('an equal key on the right', [[2, null, 2]], false),
      test('a violation deeper than the parent', [[5, 4, 6, null, null, 3, 7]], false),
      test('the smallest 32-bit integer', [[-2147483648]], true),
      test('both 32-bit limits', [[-2147483648, null, 2147483647]], true),
      test('a left chain', [[5, 4, null, 3, null, 2]], true),
      test('a complete valid tree', [[3, 1, 5, 0, 2, 4, 6]], true),
      computed('large valid tree (8191 nodes)', [inputs.completeBst(8_191, false, 24)], oracle.isValidBST),
      computed('large tree with one deep violation (8191 nodes)', [inputs.completeBst(8_191, true, 25)], oracle.isValidBST),
    ],
    references: {
      javascript: source`
        // TreeNode: { val, left, right }
        function isValidBST(root) {
          // Every key must lie strictly between the bounds set by all its ancestors.
          const check = (node, low, high) =>
            !node || (low < node.val && node.val < high && check(node.left, low, node.val) && check(node.right, node.val, high));
          return check(root, -Infinity, Infinity);
        }
      `,
      python: source`
        # TreeNode: node.val, node.left, node.right
        def is_valid_bst(root):
            # Every key must lie strictly between the bounds set by all its ancestors.
            def check(node, low, high):
                if node is None:
                    return True
                return low < node.val < high and check(node.left, low, node.val) and check(node.right, node.val, high)

            return check(root, float("-inf"), float("inf"))
      `,
    },
  }),
  runnable({
    problemId: 'lru-cache',
    entry: {
      javascript: { kind: 'class', name: 'LRUCache', methods: { get: 'get', put: 'put' } },
      python: { kind: 'class', name: 'LRUCache', methods: { get: 'get', put: 'put' } },
    },
    signatures: {
      javascript: 'class LRUCache {\n  constructor(capacity) {\n  }\n\n  get(key) {\n  }\n\n  put(key, value) {\n  }\n}',
      python:
        'class LRUCache:\n    def __init__(self, capacity):\n        pass\n\n    def get(self, key):\n        pass\n\n    def put(self, key, value):\n        pass',
    },
    comparator: 'exact',
    examples: [
      test(
        'capacity = 2; put(1, 1); put(2, 2); get(1); put(3, 3); get(2)',
        [
          ['LRUCache', 'put', 'put', 'get', 'put', 'get'],
          [[2], [1, 1], [2, 2], [1], [3, 3], [2]],
        ],
        [null, null, null, 1, null, -1],
      ),
    ],
    hidden: () => [
      test(
        'get on an empty cache',
        [
          ['LRUCache', 'get'],
          [[2], [1]],
        ],
        [null, -1],
      ),
      test(
        'capacity of 1',
        [
          ['LRUCache', 'put', 'get', 'put', 'get', 'get'],
          [[1], [2, 1], [2], [3, 2], [2], [3]],
        ],
        [null, null, 1, null, -1, 2],
      ),
      test(
        'updating an existing key makes it most recent',
        [
          ['LRUCache', 'put', 'put', 'put', 'put', 'get', 'get', 'get'],
          [[2], [1, 1], [2, 2], [1, 10], [3, 3], [1], [2], [3]],
        ],
        [null, null, null, null, null, 10, -1, 3],
      ),
      test(
        'updating at capacity does not evict',
        [
          ['LRUCache', 'put', 'put', 'put', 'get', 'get'],
          [[2], [1, 1], [2, 2], [2, 20], [1], [2]],
        ],
        [null, null, null, null, 1, 20],
      ),
      test(
        'get refreshes recency',
        [
          ['LRUCache', 'put', 'put', 'put', 'get', 'put', 'get', 'get', 'get', 'get'],
          [[3], [1, 1], [2, 2], [3, 3], [1], [4, 4], [2], [3], [1], [4]],
        ],
        [null, null, null, null, 1, null, -1, 3, 1, 4],
      ),
      test(
        'eviction in insertion order without gets',
        [
          ['LRUCache', 'put', 'put', 'put', 'put', 'get', 'get', 'get', 'get'],
          [[2], [1, 1], [2, 2], [3, 3], [4, 4], [1], [2], [3], [4]],
        ],
        [null, null, null, null, null, -1, -1, 3, 4],
      ),
      test(
        'zero and negative keys and values',
        [
          ['LRUCache', 'put', 'put', 'get', 'get'],
          [[2], [0, 0], [-1, -5], [0], [-1]],
        ],
        [null, null, null, 0, -5],
      ),
      test(
        'a missing get does not change recency',
        [
          ['LRUCache', 'put', 'put', 'get', 'put', 'get', 'get'],
          [[2], [1, 1], [2, 2], [9], [3, 3], [1], [2]],
        ],
        [null, null, null, -1, null, -1, 2],
      ),
      computed('large workload: many operations (30000, capacity 4000)', inputs.lruOperations(30_000, 4_000, 16_000, 26), oracle.lruCache),
    ],
    references: {
      javascript: source`
        class LRUCache {
          constructor(capacity) {
            this.capacity = capacity;
            // A Map iterates in insertion order: re-inserting a key makes it most recent.
            this.entries = new Map();
          }

          get(key) {
            if (!this.entries.has(key)) return -1;
            const value = this.entries.get(key);
            this.entries.delete(key);
            this.entries.set(key, value);
            return value;
          }

          put(key, value) {
            this.entries.delete(key);
            this.entries.set(key, value);
            if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value);
          }
        }
      `,
      python: source`
        from collections import OrderedDict


        class LRUCache:
            def __init__(self, capacity):
                self.capacity = capacity
                # Least recently used first.
                self.entries = OrderedDict()

            def get(self, key):
                if key not in self.entries:
                    return -1
                self.entries.move_to_end(key)
                return self.entries[key]

            def put(self, key, value):
                self.entries[key] = value
                self.entries.move_to_end(key)
                if len(self.entries) > self.capacity:
                    self.entries.popitem(last=False)
      `,
    },
  }),
  runnable({
    problemId: 'subsets',
    ...functionProblem({ js: 'subsets', py: 'subsets', params: [['nums', 'json']] }),
    comparator: 'unordered-nested',
    examples: [test('nums = [1, 2, 3]', [[1, 2, 3]], [[], [1], [2], [1, 2], [3], [1, 3], [2, 3], [1, 2, 3]]), test('nums = [0]', [[0]], [[], [0]])],
    hidden: () => [
      test('empty input', [[]], [[]]),
      test('one element', [[5]], [[], [5]]),
      test('two elements', [[1, 2]], [[], [1], [2], [1, 2]]),
      test('negative numbers', [[-1, 0, 1]], [[], [-1], [0], [1], [-1, 0], [-1, 1], [0, 1], [-1, 0, 1]]),
      test('unsorted input', [[3, 1]], [[], [3], [1], [3, 1]]),
      test('large magnitudes', [[1_000_000_000, -1_000_000_000]], [[], [1_000_000_000], [-1_000_000_000], [1_000_000_000, -1_000_000_000]]),
      computed('four elements', [[4, 3, 2, 1]], oracle.subsets),
      computed('ten elements (1024 subsets)', [[9, -3, 7, 0, 12, -8, 5, 1, 30, -14]], oracle.subsets),
      computed('twelve elements (4096 subsets)', [[2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, -1]], oracle.subsets),
    ],
    references: {
      javascript: source`
        function subsets(nums) {
          // Each value doubles the list: every subset so far, with and without it.
          const result = [[]];
          for (const value of nums) {
            const count = result.length;
            for (let i = 0; i < count; i++) result.push([...result[i], value]);
          }
          return result;
        }
      `,
      python: source`
        def subsets(nums):
            # Each value doubles the list: every subset so far, with and without it.
            result = [[]]
            for value in nums:
                result += [subset + [value] for subset in result]
            return result
      `,
    },
  }),
  runnable({
    problemId: 'implement-trie',
    entry: {
      javascript: { kind: 'class', name: 'Trie', methods: { insert: 'insert', search: 'search', startsWith: 'startsWith' } },
      python: { kind: 'class', name: 'Trie', methods: { insert: 'insert', search: 'search', startsWith: 'starts_with' } },
    },
    signatures: {
      javascript: 'class Trie {\n  constructor() {\n  }\n\n  insert(word) {\n  }\n\n  search(word) {\n  }\n\n  startsWith(prefix) {\n  }\n}',
      python:
        'class Trie:\n    def __init__(self):\n        pass\n\n    def insert(self, word):\n        pass\n\n    def search(self, word):\n        pass\n\n    def starts_with(self, prefix):\n        pass',
    },
    comparator: 'exact',
    examples: [
      test(
        'insert("apple"); search("apple"); search("app"); startsWith("app"); insert("app"); search("app")',
        [
          ['Trie', 'insert', 'search', 'search', 'startsWith', 'insert', 'search'],
          [[], ['apple'], ['apple'], ['app'], ['app'], ['app'], ['app']],
        ],
        [null, null, true, false, true, null, true],
      ),
    ],
    hidden: () => [
      test(
        'queries on an empty trie',
        [
          ['Trie', 'search', 'startsWith'],
          [[], ['a'], ['a']],
        ],
        [null, false, false],
      ),
      test(
        'a word that is only a prefix of another',
        [
          ['Trie', 'insert', 'search', 'startsWith', 'search'],
          [[], ['apple'], ['appl'], ['appl'], ['apple']],
        ],
        [null, null, false, true, true],
      ),
      test(
        'the empty word',
        [
          ['Trie', 'search', 'insert', 'search', 'startsWith'],
          [[], [''], [''], [''], ['']],
        ],
        [null, false, null, true, true],
      ),
      test(
        'an empty prefix after an insert',
        [
          ['Trie', 'insert', 'startsWith', 'search'],
          [[], ['abc'], [''], ['']],
        ],
        [null, null, true, false],
      ),
      test(
        'inserting the same word twice',
        [
          ['Trie', 'insert', 'insert', 'search', 'startsWith'],
          [[], ['dog'], ['dog'], ['dog'], ['do']],
        ],
        [null, null, null, true, true],
      ),
      test(
        'queries longer than any word',
        [
          ['Trie', 'insert', 'search', 'startsWith'],
          [[], ['app'], ['apple'], ['apple']],
        ],
        [null, null, false, false],
      ),
      test(
        'words sharing prefixes',
        [
          ['Trie', 'insert', 'insert', 'insert', 'search', 'search', 'startsWith', 'startsWith'],
          [[], ['car'], ['cart'], ['care'], ['car'], ['ca'], ['cart'], ['cars']],
        ],
        [null, null, null, null, true, false, true, false],
      ),
      test(
        'one-letter words',
        [
          ['Trie', 'insert', 'insert', 'search', 'search', 'startsWith'],
          [[], ['a'], ['b'], ['a'], ['c'], ['b']],
        ],
        [null, null, null, true, false, true],
      ),
      computed('large workload: many operations (8000 words, 8000 queries)', inputs.trieOperations(8_000, 8_000, 27), oracle.trie),
    ],
    references: {
      javascript: source`
        class Trie {
          constructor() {
            this.root = { children: new Map(), isWord: false };
          }

          insert(word) {
            let node = this.root;
            for (const ch of word) {
              if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), isWord: false });
              node = node.children.get(ch);
            }
            node.isWord = true;
          }

          search(word) {
            const node = this.walk(word);
            // A path that exists may only be the prefix of a longer word.
            return node !== null && node.isWord;
          }

          startsWith(prefix) {
            return this.walk(prefix) !== null;
          }

          walk(text) {
            let node = this.root;
            for (const ch of text) {
              node = node.children.get(ch);
              if (!node) return null;
            }
            return node;
          }
        }
      `,
      python: source`
        class TrieNode:
            def __init__(self):
                self.children = {}
                self.is_word = False


        class Trie:
            def __init__(self):
                self.root = TrieNode()

            def insert(self, word):
                node = self.root
                for ch in word:
                    if ch not in node.children:
                        node.children[ch] = TrieNode()
                    node = node.children[ch]
                node.is_word = True

            def search(self, word):
                node = self._walk(word)
                # A path that exists may only be the prefix of a longer word.
                return node is not None and node.is_word

            def starts_with(self, prefix):
                return self._walk(prefix) is not None

            def _walk(self, text):
                node = self.root
                for ch in text:
                    node = node.children.get(ch)
                    if node is None:
                        return None
                return node
      `,
    },
  }),
  runnable({
    problemId: 'unique-paths',
    ...functionProblem({
      js: 'uniquePaths',
      py: 'unique_paths',
      params: [
        ['m', 'json'],
        ['n', 'json'],
      ],
    }),
    comparator: 'exact',
    examples: [test('m = 3, n = 7', [3, 7], 28), test('m = 3, n = 2', [3, 2], 3)],
    hidden: () => [
      test('a single cell', [1, 1], 1),
      test('a single row', [1, 10], 1),
      test('a single column', [10, 1], 1),
      test('2 × 2', [2, 2], 2),
      test('3 × 3', [3, 3], 6),
      test('7 × 3 (transposed example)', [7, 3], 28),
      test('10 × 10', [10, 10], 48620),
      test('a long thin grid', [100, 3], 5050),
      computed('23 × 12: brute-force recursion is too slow', [23, 12], oracle.uniquePaths),
      computed('20 × 20: the answer exceeds 32-bit integers', [20, 20], oracle.uniquePaths),
    ],
    references: {
      javascript: source`
        function uniquePaths(m, n) {
          // row[c] = paths to cell (r, c): from above (row[c]) plus from the left (row[c - 1]).
          const row = new Array(n).fill(1);
          for (let r = 1; r < m; r++) {
            for (let c = 1; c < n; c++) row[c] += row[c - 1];
          }
          return row[n - 1];
        }
      `,
      python: source`
        def unique_paths(m, n):
            # row[c] = paths to cell (r, c): from above (row[c]) plus from the left (row[c - 1]).
            row = [1] * n
            for _ in range(1, m):
                for c in range(1, n):
                    row[c] += row[c - 1]
            return row[-1]
      `,
    },
  }),
  runnable({
    problemId: 'daily-temperatures',
    ...functionProblem({ js: 'dailyTemperatures', py: 'daily_temperatures', params: [['temperatures', 'json']] }),
    comparator: 'exact',
    examples: [
      test('temperatures = [73, 74, 75, 71, 69, 72, 76, 73]', [[73, 74, 75, 71, 69, 72, 76, 73]], [1, 1, 4, 2, 1, 1, 0, 0]),
      test('temperatures = [30, 60, 90]', [[30, 60, 90]], [1, 1, 0]),
    ],
    hidden: () => [
      test('one day', [[50]], [0]),
      test('equal temperatures are not warmer', [[70, 70, 70]], [0, 0, 0]),
      test('decreasing', [[90, 80, 70]], [0, 0, 0]),
      test('increasing', [[30, 40, 50, 60]], [1, 1, 1, 0]),
      test('equal days, then a warmer one', [[70, 70, 71]], [2, 1, 0]),
      test('a long wait', [[55, 38, 53, 81, 61, 93, 97, 32, 43, 78]], [3, 1, 1, 2, 1, 1, 0, 1, 1, 0]),
      test('a warmer day far ahead', [[89, 62, 70, 58, 47, 47, 46, 76, 100, 70]], [8, 1, 5, 4, 3, 2, 1, 1, 0, 0]),
      test('negative temperatures', [[-5, -10, -3, -3, 0]], [2, 1, 2, 1, 0]),
      computed('large input (n = 30000, a warmer day far ahead)', [inputs.coolingTemperatures(30_000, 28)], oracle.dailyTemperatures),
    ],
    references: {
      javascript: source`
        function dailyTemperatures(temperatures) {
          const answer = new Array(temperatures.length).fill(0);
          // Days still waiting for a warmer one, their temperatures decreasing.
          const waiting = [];
          for (let day = 0; day < temperatures.length; day++) {
            while (waiting.length > 0 && temperatures[waiting[waiting.length - 1]] < temperatures[day]) {
              const earlier = waiting.pop();
              answer[earlier] = day - earlier;
            }
            waiting.push(day);
          }
          return answer;
        }
      `,
      python: source`
        def daily_temperatures(temperatures):
            answer = [0] * len(temperatures)
            # Days still waiting for a warmer one, their temperatures decreasing.
            waiting = []
            for day, temperature in enumerate(temperatures):
                while waiting and temperatures[waiting[-1]] < temperature:
                    earlier = waiting.pop()
                    answer[earlier] = day - earlier
                waiting.append(day)
            return answer
      `,
    },
  }),
  runnable({
    problemId: 'rotting-oranges',
    ...functionProblem({ js: 'orangesRotting', py: 'oranges_rotting', params: [['grid', 'json']] }),
    comparator: 'exact',
    examples: [
      test(
        'grid = [[2, 1, 1], [1, 1, 0], [0, 1, 1]]',
        [
          [
            [2, 1, 1],
            [1, 1, 0],
            [0, 1, 1],
          ],
        ],
        4,
      ),
      test(
        'grid = [[2, 1, 1], [0, 1, 1], [1, 0, 1]]',
        [
          [
            [2, 1, 1],
            [0, 1, 1],
            [1, 0, 1],
          ],
        ],
        -1,
      ),
    ],
    hidden: () => [
      test('one empty cell', [[[0]]], 0),
      test('one fresh orange', [[[1]]], -1),
      test('one rotten orange', [[[2]]], 0),
      test(
        'no fresh oranges',
        [
          [
            [2, 2],
            [0, 0],
          ],
        ],
        0,
      ),
      test(
        'fresh oranges but none rotten',
        [
          [
            [1, 1],
            [1, 1],
          ],
        ],
        -1,
      ),
      test('one row', [[[2, 1, 1, 1, 1]]], 4),
      test('two sources spread at once', [[[2, 1, 1, 1, 2]]], 2),
      test(
        'rotten in the middle',
        [
          [
            [1, 1, 1],
            [1, 2, 1],
            [1, 1, 1],
          ],
        ],
        2,
      ),
      test('a fresh orange behind an empty cell', [[[2, 0, 1]]], -1),
      test('an empty cell and a rotten orange only', [[[0, 2]]], 0),
      computed('large grid (150 × 150, a winding path)', [inputs.snakeOrchard(150)], oracle.orangesRotting),
    ],
    references: {
      javascript: source`
        function orangesRotting(grid) {
          const rows = grid.length;
          const cols = rows === 0 ? 0 : grid[0].length;
          let fresh = 0;
          let frontier = [];
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
              if (grid[r][c] === 1) fresh++;
              else if (grid[r][c] === 2) frontier.push([r, c]);
            }
          }
          // Breadth-first from every rotten orange at once, one ring per minute.
          let minutes = 0;
          while (fresh > 0 && frontier.length > 0) {
            const next = [];
            for (const [r, c] of frontier) {
              for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                if (nr >= 0 && nc >= 0 && nr < rows && nc < cols && grid[nr][nc] === 1) {
                  grid[nr][nc] = 2;
                  fresh--;
                  next.push([nr, nc]);
                }
              }
            }
            frontier = next;
            minutes++;
          }
          return fresh === 0 ? minutes : -1;
        }
      `,
      python: source`
        from collections import deque


        def oranges_rotting(grid):
            rows = len(grid)
            cols = len(grid[0]) if rows else 0
            fresh = sum(row.count(1) for row in grid)
            queue = deque((r, c, 0) for r in range(rows) for c in range(cols) if grid[r][c] == 2)
            # Breadth-first from every rotten orange at once; the minute travels with each cell.
            minutes = 0
            while queue and fresh:
                r, c, minute = queue.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        fresh -= 1
                        minutes = minute + 1
                        queue.append((nr, nc, minute + 1))
            return minutes if fresh == 0 else -1
      `,
    },
  }),
  runnable({
    problemId: 'meeting-rooms-ii',
    ...functionProblem({ js: 'minMeetingRooms', py: 'min_meeting_rooms', params: [['intervals', 'json']] }),
    comparator: 'exact',
    examples: [
      test(
        'intervals = [[0, 30], [5, 10], [15, 20]]',
        [
          [
            [0, 30],
            [5, 10],
            [15, 20],
          ],
        ],
        2,
      ),
      test(
        'intervals = [[7, 10], [2, 4]]',
        [
          [
            [7, 10],
            [2, 4],
          ],
        ],
        1,
      ),
    ],
    hidden: () => [
      test('no meetings', [[]], 0),
      test('one meeting', [[[1, 5]]], 1),
      test(
        'a meeting starting exactly when another ends',
        [
          [
            [1, 5],
            [5, 10],
          ],
        ],
        1,
      ),
      test(
        'identical meetings',
        [
          [
            [1, 4],
            [1, 4],
            [1, 4],
          ],
        ],
        3,
      ),
      test(
        'meetings inside a long one',
        [
          [
            [1, 10],
            [2, 3],
            [4, 5],
          ],
        ],
        2,
      ),
      test(
        'a chain of overlaps',
        [
          [
            [1, 3],
            [2, 4],
            [3, 5],
          ],
        ],
        2,
      ),
      test(
        'all overlapping',
        [
          [
            [0, 10],
            [1, 9],
            [2, 8],
            [3, 7],
          ],
        ],
        4,
      ),
      test(
        'unsorted input',
        [
          [
            [9, 10],
            [4, 9],
            [4, 17],
          ],
        ],
        2,
      ),
      computed('large input (n = 12000)', [inputs.randomIntervals(12_000, 1_000_000, 5_000, 29)], oracle.minMeetingRooms),
    ],
    references: {
      javascript: source`
        function minMeetingRooms(intervals) {
          const starts = intervals.map(([start]) => start).sort((a, b) => a - b);
          const ends = intervals.map(([, end]) => end).sort((a, b) => a - b);
          // Sweep the starts; a room whose meeting ended (end <= start) is reused.
          let rooms = 0;
          let ended = 0;
          for (const start of starts) {
            if (start < ends[ended]) rooms++;
            else ended++;
          }
          return rooms;
        }
      `,
      python: source`
        import heapq


        def min_meeting_rooms(intervals):
            # End times of the rooms in use; the top is the room that frees first.
            ends = []
            for start, end in sorted(intervals):
                if ends and ends[0] <= start:
                    heapq.heapreplace(ends, end)
                else:
                    heapq.heappush(ends, end)
            return len(ends)
      `,
    },
  }),
  runnable({
    problemId: 'jump-game',
    ...functionProblem({ js: 'canJump', py: 'can_jump', params: [['nums', 'json']] }),
    comparator: 'exact',
    examples: [test('nums = [2, 3, 1, 1, 4]', [[2, 3, 1, 1, 4]], true), test('nums = [3, 2, 1, 0, 4]', [[3, 2, 1, 0, 4]], false)],
    hidden: () => [
      test('length 1 with a zero (already at the end)', [[0]], true),
      test('length 1', [[1]], true),
      test('a zero at the start', [[0, 1]], false),
      test('zeros that can be jumped over', [[2, 0, 0]], true),
      test('a zero that blocks the way', [[1, 0, 1, 0]], false),
      test('steps of one', [[1, 1, 1, 1]], true),
      test('one long jump', [[3, 0, 0, 0]], true),
      test('stuck before the last index', [[1, 2, 0, 0, 1]], false),
      computed('large input (n = 30000, the last index just out of reach)', [inputs.blockedJumps(30_000, 30)], oracle.canJump),
    ],
    references: {
      javascript: source`
        function canJump(nums) {
          // The farthest index reachable so far.
          let reach = 0;
          for (let i = 0; i < nums.length; i++) {
            if (i > reach) return false;
            reach = Math.max(reach, i + nums[i]);
          }
          return true;
        }
      `,
      python: source`
        def can_jump(nums):
            # The farthest index reachable so far.
            reach = 0
            for i, jump in enumerate(nums):
                if i > reach:
                    return False
                reach = max(reach, i + jump)
            return True
      `,
    },
  }),
  runnable({
    problemId: 'number-of-connected-components',
    ...functionProblem({
      js: 'countComponents',
      py: 'count_components',
      params: [
        ['n', 'json'],
        ['edges', 'json'],
      ],
    }),
    comparator: 'exact',
    examples: [
      test(
        'n = 5, edges = [[0, 1], [1, 2], [3, 4]]',
        [
          5,
          [
            [0, 1],
            [1, 2],
            [3, 4],
          ],
        ],
        2,
      ),
      test(
        'n = 5, edges = [[0, 1], [1, 2], [2, 3], [3, 4]]',
        [
          5,
          [
            [0, 1],
            [1, 2],
            [2, 3],
            [3, 4],
          ],
        ],
        1,
      ),
    ],
    hidden: () => [
      test('one node', [1, []], 1),
      test('isolated nodes, no edges', [3, []], 3),
      test('two connected nodes', [2, [[0, 1]]], 1),
      test(
        'duplicate edges',
        [
          3,
          [
            [0, 1],
            [1, 0],
            [0, 1],
          ],
        ],
        2,
      ),
      test('a self-loop', [2, [[0, 0]]], 2),
      test(
        'a cycle and an isolated node',
        [
          4,
          [
            [0, 1],
            [1, 2],
            [2, 0],
          ],
        ],
        2,
      ),
      test(
        'pairs joined later',
        [
          6,
          [
            [0, 1],
            [2, 3],
            [4, 5],
            [1, 2],
            [3, 4],
          ],
        ],
        1,
      ),
      test(
        'a star',
        [
          5,
          [
            [0, 1],
            [0, 2],
            [0, 3],
            [0, 4],
          ],
        ],
        1,
      ),
      computed('large graph (30000 nodes, 12000 edges)', inputs.randomEdges(30_000, 12_000, 31), oracle.countComponents),
    ],
    references: {
      javascript: source`
        function countComponents(n, edges) {
          const parent = Array.from({ length: n }, (_, i) => i);
          const rank = new Array(n).fill(0);
          const find = (x) => {
            while (parent[x] !== x) {
              parent[x] = parent[parent[x]]; // path halving
              x = parent[x];
            }
            return x;
          };
          // Start with n components; each union of two different roots removes one.
          let components = n;
          for (const [a, b] of edges) {
            let ra = find(a);
            let rb = find(b);
            if (ra === rb) continue;
            if (rank[ra] < rank[rb]) [ra, rb] = [rb, ra];
            parent[rb] = ra;
            if (rank[ra] === rank[rb]) rank[ra]++;
            components--;
          }
          return components;
        }
      `,
      python: source`
        def count_components(n, edges):
            parent = list(range(n))
            rank = [0] * n

            def find(x):
                while parent[x] != x:
                    parent[x] = parent[parent[x]]  # path halving
                    x = parent[x]
                return x

            # Start with n components; each union of two different roots removes one.
            components = n
            for a, b in edges:
                ra, rb = find(a), find(b)
                if ra == rb:
                    continue
                if rank[ra] < rank[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                if rank[ra] == rank[rb]:
                    rank[ra] += 1
                components -= 1
            return components
      `,
    },
  }),
];
