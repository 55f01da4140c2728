// Seeded generators of the large inputs of the medium problems. Each is sized so that a correct
// solution finishes well within a second in QuickJS or Pyodide (both run ~1–2 million simple
// steps a second), while a quadratic one needs minutes.

import { seededInt, seededRandom, shuffle } from './medium-oracles.js';

/** Repeat-free runs thousands of characters long: restarting the scan at every index is quadratic. */
export function longRunString(length: number, alphabet: number, seed: number): string {
  const random = seededRandom(seed);
  // CJK ideographs: single UTF-16 units, so JavaScript's `length` equals Python's `len`.
  const letters = Array.from({ length: alphabet }, (_, i) => String.fromCharCode(0x4e00 + i));
  let text = '';
  while (text.length < length) text += shuffle(random, [...letters]).join('');
  return text.slice(0, length);
}

export function anagramWords(groups: number, total: number, seed: number): string[] {
  const random = seededRandom(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const bases = Array.from({ length: groups }, () => Array.from({ length: seededInt(random, 4, 8) }, () => letters[seededInt(random, 0, 25)]!));
  const words = Array.from({ length: total }, () => shuffle(random, [...bases[seededInt(random, 0, groups - 1)]!]).join(''));
  return shuffle(random, words);
}

/** `distinct` values; the `k` most frequent have distinct counts above every other count. */
export function frequencyInput(distinct: number, k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const values = new Set<number>();
  while (values.size < distinct) values.add(seededInt(random, -1_000_000, 1_000_000));
  const nums: number[] = [];
  [...values].forEach((value, index) => {
    const count = index < k ? 100 + 3 * index : 1 + (index % 10);
    for (let i = 0; i < count; i++) nums.push(value);
  });
  return shuffle(random, nums);
}

/** Mostly ±1 with a few 2s and 3s, so every product stays a safe integer in JavaScript. */
export function smallProductInput(length: number, seed: number): number[] {
  const random = seededRandom(seed);
  const nums = Array.from({ length }, (): number => (random() < 0.5 ? -1 : 1));
  for (let i = 0; i < 20; i++) nums[seededInt(random, 0, length - 1)] = 2;
  for (let i = 0; i < 10; i++) nums[seededInt(random, 0, length - 1)] = -3;
  return nums;
}

export function randomInts(length: number, min: number, max: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, () => seededInt(random, min, max));
}

/** A sorted array of distinct integers rotated at `pivot`. */
export function rotatedSorted(length: number, pivot: number, seed: number): number[] {
  const random = seededRandom(seed);
  const sorted: number[] = [];
  let value = -1_000_000;
  for (let i = 0; i < length; i++) sorted.push((value += seededInt(random, 1, 20)));
  return [...sorted.slice(pivot), ...sorted.slice(0, pivot)];
}

/** Land with probability `land` (below the percolation threshold, so islands stay small). */
export function islandGrid(rows: number, cols: number, land: number, seed: number): string[][] {
  const random = seededRandom(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() < land ? '1' : '0')));
}

/**
 * Courses in a shuffled chain (so exactly one order is valid) plus `extra` edges that agree
 * with it; `cycle` adds one edge back from the last course of the chain to the first.
 */
export function chainSchedule(n: number, extra: number, cycle: boolean, seed: number): [number, [number, number][]] {
  const random = seededRandom(seed);
  const order = shuffle(
    random,
    Array.from({ length: n }, (_, i) => i),
  );
  const pairs: [number, number][] = [];
  for (let i = 1; i < n; i++) pairs.push([order[i]!, order[i - 1]!]);
  for (let i = 0; i < extra; i++) {
    const a = seededInt(random, 0, n - 2);
    const b = seededInt(random, a + 1, n - 1);
    pairs.push([order[b]!, order[a]!]);
  }
  if (cycle) pairs.push([order[0]!, order[n - 1]!]);
  return [n, shuffle(random, pairs)];
}

export function randomIntervals(count: number, span: number, longest: number, seed: number): [number, number][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const start = seededInt(random, 0, span);
    return [start, start + seededInt(random, 0, longest)];
  });
}

/** A complete binary search tree of `size` nodes in level order; `broken` moves one deep key out of its ancestor's range. */
export function completeBst(size: number, broken: boolean, seed: number): number[] {
  const random = seededRandom(seed);
  const values = new Array<number>(size);
  // An in-order walk of the heap-indexed tree hands out increasing keys.
  let key = -1_000_000;
  const stack: number[] = [];
  let node = 0;
  while (stack.length > 0 || node < size) {
    while (node < size) {
      stack.push(node);
      node = 2 * node + 1;
    }
    node = stack.pop()!;
    values[node] = key += seededInt(random, 1, 50);
    node = 2 * node + 2;
  }
  if (broken) {
    // The leftmost leaf of the root's right subtree: smaller than its parent, as it must be,
    // but now also smaller than the root, which is above it.
    let leaf = 2;
    while (2 * leaf + 1 < size) leaf = 2 * leaf + 1;
    values[leaf] = values[0]! - 1;
  }
  return values;
}

/** LRU operations over more keys than the capacity, so most puts evict. */
export function lruOperations(count: number, capacity: number, keys: number, seed: number): [string[], number[][]] {
  const random = seededRandom(seed);
  const operations = ['LRUCache'];
  const argumentLists = [[capacity]];
  for (let i = 1; i < count; i++) {
    const key = seededInt(random, 0, keys - 1);
    if (random() < 0.5) {
      operations.push('put');
      argumentLists.push([key, seededInt(random, 0, 1_000_000)]);
    } else {
      operations.push('get');
      argumentLists.push([key]);
    }
  }
  return [operations, argumentLists];
}

/** Trie operations: `inserts` random words over a small alphabet, then as many searches and prefix queries. */
export function trieOperations(inserts: number, queries: number, seed: number): [string[], string[][]] {
  const random = seededRandom(seed);
  const word = (min: number, max: number): string => Array.from({ length: seededInt(random, min, max) }, () => 'abcde'[seededInt(random, 0, 4)]!).join('');
  const operations = ['Trie'];
  const argumentLists: string[][] = [[]];
  const inserted: string[] = [];
  for (let i = 0; i < inserts; i++) {
    const next = word(3, 9);
    inserted.push(next);
    operations.push('insert');
    argumentLists.push([next]);
  }
  for (let i = 0; i < queries; i++) {
    const known = inserted[seededInt(random, 0, inserted.length - 1)]!;
    const roll = random();
    operations.push(roll < 0.5 ? 'search' : 'startsWith');
    // A third known words, a third their prefixes, a third random text.
    argumentLists.push([roll < 0.33 ? known : roll < 0.66 ? known.slice(0, seededInt(random, 1, known.length)) : word(1, 9)]);
  }
  return [operations, argumentLists];
}

/** Slowly cooling days with small dips and one hot last day: the next warmer day is far away for most days. */
export function coolingTemperatures(length: number, seed: number): number[] {
  const random = seededRandom(seed);
  const temperatures = Array.from({ length: length - 1 }, (_, i) => 100 - Math.floor((70 * i) / length) - (random() < 0.3 ? 1 : 0));
  temperatures.push(101);
  return temperatures;
}

/** Fresh oranges along a snake-shaped corridor with one rotten orange at its start. */
export function snakeOrchard(size: number): number[][] {
  const grid = Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c): number => {
      if (r % 2 === 0) return 1;
      // Walls between corridors, with a gap at alternating ends.
      return (r % 4 === 1 ? c === size - 1 : c === 0) ? 1 : 0;
    }),
  );
  grid[0]![0] = 2;
  return grid;
}

/** Every index up to n - 2 is reachable and none beyond: a forward-marking DP does quadratic work. */
export function blockedJumps(length: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, (_, i) => (i >= length - 2 ? 0 : Math.max(1, length - 2 - i - seededInt(random, 0, 3))));
}

export function randomEdges(n: number, count: number, seed: number): [number, [number, number][]] {
  const random = seededRandom(seed);
  return [n, Array.from({ length: count }, () => [seededInt(random, 0, n - 1), seededInt(random, 0, n - 1)] as [number, number])];
}
