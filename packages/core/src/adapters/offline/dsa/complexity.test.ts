import { describe, expect, it } from 'vitest';
import { complexityRank, formatCost, statedAgrees, statedComplexities, statedTotal } from './complexity.js';
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

describe('statedTotal', () => {
  it('should read each stated complexity as the whole expression, quoted as written', () => {
    const texts = ['Time O(N * L * 26), or O(N·L²) counting the strings.', 'It is O(n log n).', 'Runs in O((V + E) log V) time.'];
    expect(statedComplexities(texts[0]!).map((entry) => entry.text)).toEqual(['O(N * L * 26)', 'O(N·L²)']);
    expect(statedComplexities(texts[1]!)[0]?.text).toBe('O(n log n)');
    expect(statedComplexities(texts[2]!)[0]?.text).toBe('O((V + E) log V)');
    expect(complexityRank('O(N·L²)')).toBe(complexityRank('O(n^3)'));
    expect(complexityRank('O(nk)')).toBe(complexityRank('O(n^2)'));
  });

  it('should take the total, not a per-step factor, and let the factor refine it', () => {
    const total = statedTotal(['Time O(N * L * 26) (plus O(L) to build each string).'], 'time');
    expect(total?.primary.text).toBe('O(N * L * 26)');
    expect(total?.factors.map((factor) => factor.text)).toEqual(['O(L)']);
    expect(statedAgrees(total, complexityRank('O(N · L^2)'))).toBe(true);
    expect(statedAgrees(statedTotal(['It is O(n) time because each element is visited once with O(1) hash lookups.'], 'time'), complexityRank('O(n)'))).toBe(
      true,
    );
  });
});

describe('analyzeCodeStructure', () => {
  it('should count nested loops, binary search and amortised inner loops', () => {
    expect(formatCost(analyzeCodeStructure('for i in a:\n    for j in a:\n        for k in a:\n            check(i, j, k)').timeCost)).toBe('O(n^3)');
    expect(formatCost(analyzeCodeStructure('for x in queries:\n    lo, hi = 0, n\n    while lo < hi:\n        mid = (lo + hi) // 2').timeCost)).toBe(
      'O(n log n)',
    );
    expect(
      formatCost(analyzeCodeStructure('for i in range(n):\n    while stack and t[i] > t[stack[-1]]:\n        stack.pop()\n    stack.append(i)').timeCost),
    ).toBe('O(n)');
    expect(formatCost(analyzeCodeStructure('sort a\nfor x in a:\n    total += x').timeCost)).toBe('O(n log n)');
  });

  it('should read nested loops described in prose', () => {
    expect(analyzeCodeStructure('I would compare each element with every other element using two nested loops.').loopDepth).toBe(2);
  });
});
