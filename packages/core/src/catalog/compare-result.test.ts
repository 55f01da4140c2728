import { describe, expect, it } from 'vitest';
import { resultsMatch } from './compare-result.js';

describe('resultsMatch', () => {
  it('should compare exactly, element by element', () => {
    expect(resultsMatch('exact', [0, 1], [0, 1])).toBe(true);
    expect(resultsMatch('exact', [1, 0], [0, 1])).toBe(false);
    expect(resultsMatch('exact', { a: [1, null] }, { a: [1, null] })).toBe(true);
    expect(resultsMatch('exact', '1', 1)).toBe(false);
  });

  it('should accept any order for unordered lists, counting duplicates', () => {
    expect(resultsMatch('unordered', [1, 0], [0, 1])).toBe(true);
    expect(resultsMatch('unordered', [1, 1, 2], [1, 2, 2])).toBe(false);
    expect(resultsMatch('unordered', 3, [3])).toBe(false);
  });

  it('should accept any order inside and between the lists of a nested result', () => {
    expect(resultsMatch('unordered-nested', [['tea', 'eat'], ['bat']], [['bat'], ['eat', 'tea']])).toBe(true);
    expect(resultsMatch('unordered-nested', [['eat'], ['bat']], [['bat'], ['eat', 'tea']])).toBe(false);
  });

  it('should compare numbers within a tolerance for float results', () => {
    expect(resultsMatch('float', [1.5, 2.0000001], [1.5, 2])).toBe(true);
    expect(resultsMatch('float', 2.5, 2)).toBe(false);
  });
});
