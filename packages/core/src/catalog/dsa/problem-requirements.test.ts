import { describe, expect, it } from 'vitest';
import { DSA_BANK } from '../dsa-bank.js';
import { problemRequirements, problemsWithRequirements, requiredMatches } from './problem-requirements.js';

describe('problemRequirements', () => {
  it('should say what a solution must contain for every problem of the bank', () => {
    for (const problem of DSA_BANK) {
      const requirements = problemRequirements(problem.id);
      expect(requirements.length, problem.id).toBeGreaterThanOrEqual(2);
      for (const requirement of requirements) {
        expect(requirement.label, problem.id).toMatch(/^[a-z]/);
        expect(requirement.cues.length, `${problem.id}: ${requirement.label}`).toBeGreaterThan(0);
      }
    }
    // No requirements for problems that are not in the bank (a renamed id would be silently unchecked).
    expect(problemsWithRequirements().filter((id) => !DSA_BANK.some((problem) => problem.id === id))).toEqual([]);
  });

  it('should need all of two requirements and all but one of more', () => {
    expect(requiredMatches(2)).toBe(2);
    expect(requiredMatches(3)).toBe(2);
    expect(requiredMatches(4)).toBe(3);
  });
});
