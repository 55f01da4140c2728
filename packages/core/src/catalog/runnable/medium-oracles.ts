// Trusted TypeScript solutions of the medium problems. They compute the expected values of the
// generated (large) tests at module load, so no large expected value is ever typed by hand, and
// the tests check them against every hand-written expected value as well. They never mutate
// their arguments: the same arrays are handed to candidate code later.

/** A level-order tree as in the `tree` value kind: `null` marks a missing child. */
type LevelOrder = readonly (number | null)[];

export function lengthOfLongestSubstring(s: string): number {
  const lastSeen = new Map<string, number>();
  let start = 0;
  let best = 0;
  // Strings are compared by UTF-16 unit; the generated tests stay in the BMP so this equals Python's `len`.
  for (let i = 0; i < s.length; i++) {
    const previous = lastSeen.get(s[i]!);
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(s[i]!, i);
    best = Math.max(best, i - start + 1);
  }
  return best;
}

export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = [...word].sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}

/** Throws when the k-th and (k + 1)-th frequencies tie, since the answer would not be unique. */
export function topKFrequent(nums: readonly number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => b[1] - a[1]);
  if (k < byCount.length && byCount[k - 1]![1] === byCount[k]![1]) throw new Error('top-k test data has a tie at the boundary');
  return byCount.slice(0, k).map(([value]) => value);
}

export function productExceptSelf(nums: readonly number[]): number[] {
  const answer = new Array<number>(nums.length).fill(1);
  for (let i = 1; i < nums.length; i++) answer[i] = answer[i - 1]! * nums[i - 1]!;
  let suffix = 1;
  for (let i = nums.length - 1; i >= 0; i--) {
    answer[i] = answer[i]! * suffix + 0; // + 0 turns -0 into 0, as JSON would
    suffix *= nums[i]!;
  }
  if (answer.some((value) => !Number.isSafeInteger(value))) throw new Error('product test data leaves the safe integer range');
  return answer;
}

export function threeSum(nums: readonly number[]): number[][] {
  const sorted = [...nums].sort((a, b) => a - b);
  const triplets: number[][] = [];
  for (let i = 0; i < sorted.length - 2; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    let lo = i + 1;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const sum = sorted[i]! + sorted[lo]! + sorted[hi]!;
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        triplets.push([sorted[i]!, sorted[lo]!, sorted[hi]!]);
        while (lo < hi && sorted[lo] === sorted[lo + 1]) lo++;
        lo++;
        hi--;
      }
    }
  }
  return triplets;
}

export function maxArea(height: readonly number[]): number {
  let lo = 0;
  let hi = height.length - 1;
  let best = 0;
  while (lo < hi) {
    best = Math.max(best, Math.min(height[lo]!, height[hi]!) * (hi - lo));
    if (height[lo]! < height[hi]!) lo++;
    else hi--;
  }
  return best;
}

export function searchRotated(nums: readonly number[], target: number): number {
  return nums.indexOf(target);
}

export function numIslands(grid: readonly (readonly string[])[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const seen = new Uint8Array(rows * cols);
  let islands = 0;
  for (let start = 0; start < rows * cols; start++) {
    if (seen[start] || grid[Math.floor(start / cols)]![start % cols] !== '1') continue;
    islands++;
    seen[start] = 1;
    const stack = [start];
    while (stack.length > 0) {
      const cell = stack.pop()!;
      const r = Math.floor(cell / cols);
      const c = cell % cols;
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ] as const) {
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
        const next = nr * cols + nc;
        if (!seen[next] && grid[nr]![nc] === '1') {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
  }
  return islands;
}

/** Throws when more than one order is valid, since tests compare the order exactly. */
export function findOrder(n: number, prerequisites: readonly (readonly [number, number])[]): number[] {
  const next: number[][] = Array.from({ length: n }, () => []);
  const indegree = new Array<number>(n).fill(0);
  for (const [course, before] of prerequisites) {
    next[before]!.push(course);
    indegree[course]!++;
  }
  let ready: number[] = [];
  for (let course = 0; course < n; course++) if (indegree[course] === 0) ready.push(course);
  const order: number[] = [];
  while (ready.length > 0) {
    if (ready.length > 1) throw new Error('course-schedule test data has more than one valid order');
    const course = ready[0]!;
    ready = [];
    order.push(course);
    for (const after of next[course]!) if (--indegree[after]! === 0) ready.push(after);
  }
  return order.length === n ? order : [];
}

export function mergeIntervals(intervals: readonly (readonly [number, number])[]): number[][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: number[][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]!) last[1] = Math.max(last[1]!, end);
    else merged.push([start, end]);
  }
  return merged;
}

export function findKthLargest(nums: readonly number[], k: number): number {
  return Float64Array.from(nums).sort()[nums.length - k]!;
}

export function coinChange(coins: readonly number[], amount: number): number {
  const fewest = new Array<number>(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (let total = 1; total <= amount; total++) {
    for (const coin of coins) if (coin <= total && fewest[total - coin]! + 1 < fewest[total]!) fewest[total] = fewest[total - coin]! + 1;
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount]!;
}

export function lengthOfLIS(nums: readonly number[]): number {
  const tails: number[] = [];
  for (const value of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length;
}

export function isValidBST(root: LevelOrder): boolean {
  // Rebuild child links from the level-order form, then check bounds without recursion.
  const nodes = buildTree(root);
  if (nodes.length === 0) return true;
  const stack: [number, number, number][] = [[0, -Infinity, Infinity]];
  while (stack.length > 0) {
    const [index, low, high] = stack.pop()!;
    const node = nodes[index]!;
    if (!(node.val > low && node.val < high)) return false;
    if (node.left >= 0) stack.push([node.left, low, node.val]);
    if (node.right >= 0) stack.push([node.right, node.val, high]);
  }
  return true;
}

interface FlatNode {
  val: number;
  left: number;
  right: number;
}

/** Nodes of a level-order tree with child indexes (-1: none); the root is node 0. */
export function buildTree(levelOrder: LevelOrder): FlatNode[] {
  if (levelOrder.length === 0 || levelOrder[0] === null) return [];
  const nodes: FlatNode[] = [{ val: levelOrder[0]!, left: -1, right: -1 }];
  let parent = 0;
  let i = 1;
  while (i < levelOrder.length) {
    for (const side of ['left', 'right'] as const) {
      if (i >= levelOrder.length) break;
      const value = levelOrder[i++];
      if (value !== null && value !== undefined) {
        nodes.push({ val: value, left: -1, right: -1 });
        nodes[parent]![side] = nodes.length - 1;
      }
    }
    parent++;
  }
  return nodes;
}

/** Runs `LRUCache` operations; a `Map` keeps keys in recency order. */
export function lruCache(operations: readonly string[], argumentLists: readonly (readonly number[])[]): (number | null)[] {
  let capacity = 0;
  const cache = new Map<number, number>();
  return operations.map((operation, index) => {
    const args = argumentLists[index]!;
    if (operation === 'LRUCache') {
      capacity = args[0]!;
      return null;
    }
    const key = args[0]!;
    if (operation === 'get') {
      if (!cache.has(key)) return -1;
      const value = cache.get(key)!;
      cache.delete(key);
      cache.set(key, value);
      return value;
    }
    cache.delete(key);
    cache.set(key, args[1]!);
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    return null;
  });
}

/** Runs `Trie` operations with a set of words and a set of their prefixes. */
export function trie(operations: readonly string[], argumentLists: readonly (readonly string[])[]): (boolean | null)[] {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  return operations.map((operation, index) => {
    const word = argumentLists[index]![0]!;
    switch (operation) {
      case 'insert':
        words.add(word);
        for (let length = 0; length <= word.length; length++) prefixes.add(word.slice(0, length));
        return null;
      case 'search':
        return words.has(word);
      case 'startsWith':
        return prefixes.has(word);
      default:
        return null;
    }
  });
}

export function subsets(nums: readonly number[]): number[][] {
  const all: number[][] = [[]];
  for (const value of nums) {
    const count = all.length;
    for (let i = 0; i < count; i++) all.push([...all[i]!, value]);
  }
  return all;
}

export function uniquePaths(m: number, n: number): number {
  const row = new Array<number>(n).fill(1);
  for (let r = 1; r < m; r++) for (let c = 1; c < n; c++) row[c] = row[c]! + row[c - 1]!;
  if (!Number.isSafeInteger(row[n - 1])) throw new Error('unique-paths test data leaves the safe integer range');
  return row[n - 1]!;
}

export function dailyTemperatures(temperatures: readonly number[]): number[] {
  const answer = new Array<number>(temperatures.length).fill(0);
  const waiting: number[] = [];
  temperatures.forEach((temperature, day) => {
    while (waiting.length > 0 && temperatures[waiting[waiting.length - 1]!]! < temperature) {
      const earlier = waiting.pop()!;
      answer[earlier] = day - earlier;
    }
    waiting.push(day);
  });
  return answer;
}

export function orangesRotting(grid: readonly (readonly number[])[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const state = grid.map((row) => [...row]);
  let fresh = 0;
  let frontier: [number, number][] = [];
  state.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === 1) fresh++;
      else if (cell === 2) frontier.push([r, c]);
    }),
  );
  let minutes = 0;
  while (fresh > 0 && frontier.length > 0) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ] as const) {
        if (nr >= 0 && nc >= 0 && nr < rows && nc < cols && state[nr]![nc] === 1) {
          state[nr]![nc] = 2;
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

export function minMeetingRooms(intervals: readonly (readonly [number, number])[]): number {
  // Sweep: a meeting ending at t frees its room for one starting at t, so ends sort first.
  const events = intervals.flatMap(
    ([start, end]) =>
      [
        [start, 1],
        [end, -1],
      ] as const,
  );
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inUse = 0;
  let most = 0;
  for (const [, change] of events) {
    inUse += change;
    most = Math.max(most, inUse);
  }
  return most;
}

export function canJump(nums: readonly number[]): boolean {
  let reach = 0;
  for (let i = 0; i < nums.length; i++) {
    if (i > reach) return false;
    reach = Math.max(reach, i + nums[i]!);
  }
  return true;
}

export function countComponents(n: number, edges: readonly (readonly [number, number])[]): number {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  let components = n;
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[ra] = rb;
      components--;
    }
  }
  return components;
}

/** A small seeded generator (mulberry32) so large tests are the same on every load. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded integer in [min, max]. */
export function seededInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A seeded Fisher–Yates shuffle, in place. */
export function shuffle<T>(random: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
