import { describe, expect, it } from 'vitest';
import { ConflictError } from '../errors/index.js';
import { chooseDsaProblem, DSA_BANK, findDsaProblem, toProblemBrief, toPublicProblem } from './dsa-bank.js';
import { complexityRank } from '../adapters/offline/dsa/complexity.js';
import { ROLE_FAMILIES } from './taxonomy.js';

const TOPICS = [
  'arrays',
  'hashing',
  'two pointers',
  'sliding window',
  'binary search',
  'stacks',
  'queues',
  'linked lists',
  'trees',
  'bst',
  'graphs',
  'bfs',
  'dfs',
  'topological sort',
  'heaps',
  'dynamic programming',
  'greedy',
  'intervals',
  'backtracking',
  'tries',
  'union-find',
];

describe('DSA_BANK', () => {
  it('should hold at least 30 problems with unique ids', () => {
    expect(DSA_BANK.length).toBeGreaterThanOrEqual(30);
    expect(new Set(DSA_BANK.map((problem) => problem.id)).size).toBe(DSA_BANK.length);
  });

  it('should give every problem all its fields', () => {
    for (const problem of DSA_BANK) {
      expect(problem.title, problem.id).toMatch(/\S/);
      expect(problem.prompt.length, problem.id).toBeGreaterThan(60);
      expect(problem.examples.length, problem.id).toBeGreaterThan(0);
      for (const example of problem.examples) {
        expect(example.input, problem.id).toMatch(/\S/);
        expect(example.output, problem.id).toMatch(/\S/);
      }
      expect(['easy', 'medium', 'hard']).toContain(problem.difficulty);
      expect(problem.topics.length, problem.id).toBeGreaterThan(0);
      expect(
        problem.approaches.some((approach) => approach.optimal),
        problem.id,
      ).toBe(true);
      for (const approach of problem.approaches) {
        expect(approach.signature.length, `${problem.id}: ${approach.name}`).toBeGreaterThan(0);
        expect(complexityRank(approach.time), `${problem.id}: ${approach.time}`).not.toBeNull();
      }
      expect(complexityRank(problem.optimalTimeComplexity), problem.id).not.toBeNull();
      expect(complexityRank(problem.optimalSpaceComplexity), problem.id).not.toBeNull();
      expect(problem.edgeCases.length, problem.id).toBeGreaterThanOrEqual(2);
      for (const edgeCase of problem.edgeCases) expect(edgeCase.cues.length, `${problem.id}: ${edgeCase.label}`).toBeGreaterThan(0);
      expect(problem.followUps.length, problem.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('should rank each optimal approach at or below the brute force', () => {
    for (const problem of DSA_BANK) {
      const optimal = complexityRank(problem.optimalTimeComplexity)!;
      const brute = complexityRank(problem.bruteForce.time);
      if (brute !== null) expect(optimal, problem.id).toBeLessThanOrEqual(brute);
      for (const approach of problem.approaches.filter((entry) => entry.optimal))
        expect(complexityRank(approach.time), `${problem.id}: ${approach.name}`).toBeLessThanOrEqual(optimal);
    }
  });

  it('should cover the classic topics and every difficulty', () => {
    const topics = new Set(DSA_BANK.flatMap((problem) => problem.topics));
    for (const topic of TOPICS) expect(topics, topic).toContain(topic);
    for (const difficulty of ['easy', 'medium', 'hard'] as const) {
      expect(DSA_BANK.filter((problem) => problem.difficulty === difficulty).length, difficulty).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('chooseDsaProblem', () => {
  it('should match difficulty to seniority', () => {
    for (let index = 0; index < 20; index += 1) {
      const seed = `seed-${index}`;
      expect(chooseDsaProblem({ roleFamily: 'backend', seniority: 'junior', seed }).difficulty).toBe('easy');
      expect(chooseDsaProblem({ roleFamily: 'backend', seniority: 'mid', seed }).difficulty).toBe('medium');
      expect(['medium', 'hard']).toContain(chooseDsaProblem({ roleFamily: 'backend', seniority: 'senior', seed }).difficulty);
      expect(['medium', 'hard']).toContain(chooseDsaProblem({ roleFamily: 'backend', seniority: 'lead', seed }).difficulty);
      expect(chooseDsaProblem({ roleFamily: 'product', seniority: 'mid', seed }).difficulty).toBe('easy');
    }
  });

  it('should be deterministic by seed and vary across seeds', () => {
    const first = chooseDsaProblem({ roleFamily: 'data', seniority: 'mid', seed: 'session-42' });
    expect(chooseDsaProblem({ roleFamily: 'data', seniority: 'mid', seed: 'session-42' })).toBe(first);
    const chosen = new Set(Array.from({ length: 30 }, (_, index) => chooseDsaProblem({ roleFamily: 'data', seniority: 'mid', seed: `s${index}` }).id));
    expect(chosen.size).toBeGreaterThan(3);
  });

  it('should prefer topics that suit the role family', () => {
    const devops = Array.from({ length: 40 }, (_, index) => chooseDsaProblem({ roleFamily: 'devops', seniority: 'mid', seed: `d${index}` }));
    const suited = devops.filter((problem) =>
      problem.topics.some((topic) => ['graphs', 'topological sort', 'intervals', 'queues', 'heaps', 'bfs'].includes(topic)),
    );
    expect(suited.length / devops.length).toBeGreaterThan(0.6);
  });

  it('should never choose an excluded problem, and fail only when none is left', () => {
    const excluded: string[] = [];
    for (let index = 0; index < DSA_BANK.length; index += 1) {
      const problem = chooseDsaProblem({ roleFamily: 'general', seniority: 'junior', seed: 'all', excludeIds: excluded });
      expect(excluded).not.toContain(problem.id);
      excluded.push(problem.id);
    }
    expect(() => chooseDsaProblem({ roleFamily: 'general', seniority: 'junior', seed: 'all', excludeIds: excluded })).toThrow(ConflictError);
  });

  it('should treat an unknown family as general', () => {
    for (const family of [...ROLE_FAMILIES, 'astronaut'])
      expect(findDsaProblem(chooseDsaProblem({ roleFamily: family, seniority: 'senior', seed: family }).id)).not.toBeNull();
  });
});

describe('toProblemBrief and toPublicProblem', () => {
  const problem = findDsaProblem('two-sum')!;

  it('should give the interviewer the approaches, complexities, edge cases and follow-ups', () => {
    const brief = toProblemBrief(problem);
    expect(brief).toMatchObject({ id: 'two-sum', title: 'Two Sum', optimalTimeComplexity: 'O(n)', optimalSpaceComplexity: 'O(n)' });
    expect(brief.expectedApproaches[0]).toMatch(/^hash map \(optimal\): .*O\(n\) time/);
    expect(brief.edgeCases).toContain('negative numbers');
    expect(brief.followUps).toEqual(problem.followUps);
  });

  it('should show the candidate only the public fields', () => {
    const visible = toPublicProblem(problem);
    expect(Object.keys(visible).sort()).toEqual(['difficulty', 'examples', 'id', 'prompt', 'title', 'topics']);
    expect(JSON.stringify(visible)).not.toContain('hash map');
  });
});
