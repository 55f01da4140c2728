import type { RunnableComparator } from './runnable-problem-types.js';

const FLOAT_TOLERANCE = 1e-5;

/** Whether a value returned by candidate code equals the expected one under the problem's comparator. */
export function resultsMatch(comparator: RunnableComparator, actual: unknown, expected: unknown): boolean {
  switch (comparator) {
    case 'exact':
      return deepEqual(actual, expected, false);
    case 'float':
      return deepEqual(actual, expected, true);
    case 'unordered':
      return Array.isArray(actual) && Array.isArray(expected) && sameMultiset(actual, expected);
    case 'unordered-nested':
      return (
        Array.isArray(actual) &&
        Array.isArray(expected) &&
        actual.every(Array.isArray) &&
        expected.every(Array.isArray) &&
        sameMultiset((actual as unknown[][]).map(sortedCopy), (expected as unknown[][]).map(sortedCopy))
      );
  }
}

function deepEqual(a: unknown, b: unknown, tolerant: boolean): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return tolerant ? Math.abs(a - b) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(b)) : Object.is(a, b) || a === b;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index], tolerant));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], tolerant))
    );
  }
  return a === b;
}

// Canonical text of a plain value, so lists can be compared as multisets.
function canonical(value: unknown): string {
  return JSON.stringify(value);
}

function sortedCopy(list: unknown[]): unknown[] {
  return [...list].sort((a, b) => (canonical(a) < canonical(b) ? -1 : canonical(a) > canonical(b) ? 1 : 0));
}

function sameMultiset(actual: unknown[], expected: unknown[]): boolean {
  if (actual.length !== expected.length) return false;
  const counts = new Map<string, number>();
  for (const item of expected) counts.set(canonical(item), (counts.get(canonical(item)) ?? 0) + 1);
  for (const item of actual) {
    const key = canonical(item);
    const left = counts.get(key) ?? 0;
    if (left === 0) return false;
    counts.set(key, left - 1);
  }
  return true;
}
