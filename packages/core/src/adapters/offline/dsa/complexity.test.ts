import { describe, expect, it } from 'vitest';
import { complexityRank, formatCost, statedComplexities } from './complexity.js';
import { analyzeCodeStructure } from './code-structure.js';

describe('complexityRank', () => {
  it('should order common complexities', () => {
    const ordered = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)', 'O(n!)'];
    const ranks = ordered.map(complexityRank);
    for (let index = 1; index < ranks.length; index += 1) expect(ranks[index]!).toBeGreaterThan(ranks[index - 1]!);
  });

  it('should read several variables, superscripts and helper functions', () => {
    expect(complexityRank('O(V + E)')).toBe(complexityRank('O(n)'));
    expect(complexityRank('O(m · n)')).toBe(complexityRank('O(n^2)'));
    expect(complexityRank('O(n²)')).toBe(complexityRank('O(n^2)'));
    expect(complexityRank('O(min(n, k))')).toBe(complexityRank('O(n)'));
    expect(complexityRank('O((n + e) · α(n))')).toBe(complexityRank('O(n)'));
    expect(complexityRank('O(3^(m + n))')).toBe(complexityRank('O(2^n)'));
    expect(complexityRank('fast')).toBeNull();
  });
});

describe('statedComplexities', () => {
  it('should tell time from space by context', () => {
    expect(statedComplexities('It runs in O(n log n) time and needs O(1) extra space.').map((entry) => [entry.text, entry.about])).toEqual([
      ['O(n log n)', 'time'],
      ['O(1)', 'space'],
    ]);
  });
});

describe('analyzeCodeStructure', () => {
  it('should count nested loops, binary search and amortised inner loops', () => {
    expect(formatCost(analyzeCodeStructure('for i in a:\n    for j in a:\n        for k in a:\n            check(i, j, k)').timeCost)).toBe('O(n^3)');
    expect(formatCost(analyzeCodeStructure('for x in queries:\n    lo, hi = 0, n\n    while lo < hi:\n        mid = (lo + hi) // 2').timeCost)).toBe('O(n log n)');
    expect(formatCost(analyzeCodeStructure('for i in range(n):\n    while stack and t[i] > t[stack[-1]]:\n        stack.pop()\n    stack.append(i)').timeCost)).toBe('O(n)');
    expect(formatCost(analyzeCodeStructure('sort a\nfor x in a:\n    total += x').timeCost)).toBe('O(n log n)');
  });

  it('should read nested loops described in prose', () => {
    expect(analyzeCodeStructure('I would compare each element with every other element using two nested loops.').loopDepth).toBe(2);
  });
});
