import { describe, expect, it } from 'vitest';
import type { DsaMessage } from '../../domain/index.js';
import { dsaFeedbackOutput, type DsaFeedbackInput, type DsaFeedbackOutput, type DsaProblemBrief } from '../../prompts/tasks.js';
import { analyzeDsa } from './dsa-analyzer.js';
import { findDsaProblem, toProblemBrief } from '../../catalog/dsa-bank.js';

const AT = '2025-01-01T00:00:00.000Z';
const TWO_SUM = toProblemBrief(findDsaProblem('two-sum')!);

const HASH_MAP = `def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []`;

const NESTED_LOOPS = `for i in range(len(nums)):
    for j in range(len(nums)):
        if nums[i] + nums[j] == target:
            return [i, j]`;

function run(
  latest: DsaFeedbackInput['latest'],
  options: { problem?: DsaProblemBrief; conversation?: DsaMessage[]; turn?: number; maxTurns?: number } = {},
): DsaFeedbackOutput {
  const output = analyzeDsa({
    problem: options.problem ?? TWO_SUM,
    conversation: options.conversation ?? [],
    latest,
    turn: options.turn ?? 1,
    maxTurns: options.maxTurns ?? 4,
  });
  expect(dsaFeedbackOutput.safeParse(output).success).toBe(true);
  return output;
}

/** Appends a candidate turn and the interviewer's answer to it, as the DSA service stores them. */
function exchange(conversation: DsaMessage[], latest: DsaFeedbackInput['latest'], output: DsaFeedbackOutput): DsaMessage[] {
  const next: DsaMessage[] = [
    ...conversation,
    { role: 'candidate', kind: latest.kind, text: latest.text, at: AT },
    { role: 'interviewer', kind: 'feedback', text: output.reply, at: AT },
  ];
  if (output.followUp) next.push({ role: 'interviewer', kind: 'follow_up', text: output.followUp, at: AT });
  return next;
}

describe('analyzeDsa', () => {
  it('should recognise the hash-map Two Sum as optimal O(n)', () => {
    const output = run({ kind: 'pseudocode', text: HASH_MAP });
    expect(output.approach).toBe('hash map');
    expect(output.timeComplexity).toBe('O(n)');
    expect(output.spaceComplexity).toBe('O(n)');
    expect(output.score).toBeGreaterThanOrEqual(6);
    expect(output.strengths.some((item) => item.includes('optimal'))).toBe(true);
  });

  it('should recognise nested loops as brute force O(n^2) and ask for an optimisation', () => {
    const output = run({ kind: 'pseudocode', text: NESTED_LOOPS });
    expect(output.approach).toMatch(/brute force/);
    expect(output.timeComplexity).toBe('O(n^2)');
    expect(output.spaceComplexity).toBe('O(1)');
    expect(output.score).toBeLessThanOrEqual(5);
    expect(output.followUp).toMatch(/Can you do better\?/);
    expect(output.done).toBe(false);
  });

  it('should score the optimal solution clearly above brute force', () => {
    expect(run({ kind: 'pseudocode', text: HASH_MAP }).score - run({ kind: 'pseudocode', text: NESTED_LOOPS }).score).toBeGreaterThanOrEqual(3);
  });

  it('should read brace-delimited code without indentation', () => {
    const code =
      'function twoSum(nums, target) {\nfor (let i = 0; i < nums.length; i++) {\nfor (let j = i + 1; j < nums.length; j++) {\nif (nums[i] + nums[j] === target) return [i, j];\n}\n}\n}';
    expect(run({ kind: 'pseudocode', text: code }).timeComplexity).toBe('O(n^2)');
  });

  it('should ask for the complexity when it was not stated, and check a stated one', () => {
    expect(run({ kind: 'pseudocode', text: HASH_MAP }).improvements).toContain('State the time and space complexity of your solution and justify it.');
    const stated = run({ kind: 'pseudocode', text: `${HASH_MAP}\n# O(n) time, O(n) space` });
    expect(stated.strengths).toContain('Analysed the complexity correctly (O(n)).');
    const wrong = run({ kind: 'pseudocode', text: `${NESTED_LOOPS}\n# this is O(n) time` });
    // The stated complexity is quoted exactly and set against the estimate.
    expect(wrong.reply).toMatch(/You stated O\(n\); my estimate is O\(n\^2\)/);
  });

  it('should report handled and missed edge cases', () => {
    const output = run({ kind: 'pseudocode', text: `${HASH_MAP}\n# works with negative numbers; returns [] when there is no pair` });
    expect(output.edgeCasesHandled).toEqual(expect.arrayContaining(['negative numbers', 'no valid answer']));
    expect(output.edgeCasesMissed).toContain('duplicate values such as [3, 3] with target 6');
  });

  it('should give empty or nonsense input at most 1 point and ask for a first attempt', () => {
    for (const text of ['', 'hello', 'I like turtles']) {
      const output = run({ kind: 'pseudocode', text });
      expect(output.score).toBeLessThanOrEqual(1);
      expect(output.approach).toBeNull();
      expect(output.strengths).toEqual([]);
      expect(output.reply).toMatch(/not enough here to assess/);
      expect(output.followUp).toMatch(/simplest correct solution/);
    }
  });

  it('should lead a discussion to the end: follow-ups answered, then done', () => {
    let conversation: DsaMessage[] = [];
    let latest: DsaFeedbackInput['latest'] = { kind: 'pseudocode', text: `${HASH_MAP}\n# negative numbers work; return [] if no pair` };
    let output = run(latest, { conversation, turn: 1 });
    expect(output.followUp).not.toBeNull();
    const asked: string[] = [];
    for (let turn = 2; turn <= 4 && !output.done; turn += 1) {
      asked.push(output.followUp!);
      conversation = exchange(conversation, latest, output);
      latest = {
        kind: 'message',
        text: /complexit/.test(output.followUp!)
          ? 'It is O(n) time because each element is visited once with O(1) hash lookups, and O(n) space for the map.'
          : 'For duplicates like [3, 3] I check the map before storing the current value, so the first 3 is found when the second arrives; I return [] if nothing matches.',
      };
      output = run(latest, { conversation, turn });
      expect(output.reply).toMatch(/^That answers the follow-up/);
    }
    expect(output.done).toBe(true);
    expect(output.followUp).toBeNull();
    expect(output.score).toBeGreaterThanOrEqual(8);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('should say what a reply to the first-attempt follow-up contains instead of echoing the follow-up', () => {
    const first = run({ kind: 'pseudocode', text: 'I am not sure yet' });
    expect(first.followUp).toMatch(/simplest correct solution/);
    const conversation = exchange([], { kind: 'pseudocode', text: 'I am not sure yet' }, first);
    const replies: [string, RegExp][] = [
      ['I would keep a hash map from each value to its index while scanning the list once, checking for the complement first.', /it outlines an approach\./],
      ['Compare each pair of values in the list and return the first pair that adds up, which costs O(n^2) overall.', /it states a cost \(O\(n\^2\)\)/],
      ['My first idea would be the plain version because it is simple to get right and easy to check by hand.', /it gives a reason for the idea/],
    ];
    for (const [text, expected] of replies) {
      const output = run({ kind: 'message', text }, { conversation, turn: 2 });
      expect(output.reply).toMatch(/^That answers the follow-up: /);
      expect(output.reply).toMatch(expected);
      expect(output.reply).not.toMatch(/follow-up: That/);
    }
  });

  it('should not contradict tests that a correct sliding window passed at scale, nor claim missed edge cases', () => {
    const problem = toProblemBrief(findDsaProblem('minimum-window-substring')!);
    const code = [
      'function minWindow(s, t) {',
      '  const need = new Map();',
      '  for (const c of t) need.set(c, (need.get(c) || 0) + 1);',
      '  let missing = t.length, left = 0, best = [0, Infinity];',
      '  for (let right = 0; right < s.length; right++) {',
      '    if (need.has(s[right]) && need.get(s[right]) > 0) missing--;',
      '    if (need.has(s[right])) need.set(s[right], need.get(s[right]) - 1);',
      '    while (missing === 0) {',
      '      if (right - left < best[1] - best[0]) best = [left, right];',
      '      if (need.has(s[left])) { need.set(s[left], need.get(s[left]) + 1); if (need.get(s[left]) > 0) missing++; }',
      '      left++;',
      '    }',
      '  }',
      "  return best[1] === Infinity ? '' : s.slice(best[0], best[1] + 1);",
      '}',
    ].join('\n');
    const verified = run({ kind: 'pseudocode', text: code, tests: { passed: 12, total: 12, largeInputPassed: true } }, { problem });
    expect(verified.reply).toMatch(/^It passed every test, the large input within the time limit\./);
    expect(verified.reply).not.toMatch(/brute.force|O\(n\^2\)|O\(n²\)|not optimal|did not see handling/i);
    expect(verified.followUp ?? '').not.toMatch(/O\(n\^2\)|do better/i);
    expect(verified.edgeCasesMissed).toEqual([]);
    // Without the tests, or with a failing one, the rules judge the text as before.
    for (const tests of [undefined, { passed: 11, total: 12, largeInputPassed: false }]) {
      const unverified = run({ kind: 'pseudocode', text: code, ...(tests ? { tests } : {}) }, { problem });
      expect(unverified.reply).not.toMatch(/^It passed every test/);
    }
  });

  it('should notice a reply that does not address the follow-up', () => {
    const first = run({ kind: 'pseudocode', text: HASH_MAP });
    const conversation = exchange([], { kind: 'pseudocode', text: HASH_MAP }, first);
    const output = run({ kind: 'message', text: 'ok' }, { conversation, turn: 2 });
    expect(output.reply).toMatch(/^That does not fully answer the follow-up yet/);
    expect(output.done).toBe(false);
  });

  it('should end at the turn limit without a follow-up', () => {
    const output = run({ kind: 'pseudocode', text: NESTED_LOOPS }, { turn: 4, maxTurns: 4 });
    expect(output.done).toBe(true);
    expect(output.followUp).toBeNull();
    expect(output.reply).toMatch(/end of the discussion/);
  });

  it.each([
    [
      'binary-search',
      'lo = 0, hi = n - 1\nwhile lo <= hi:\n    mid = lo + (hi - lo) / 2\n    if nums[mid] == target: return mid\n    if nums[mid] < target: lo = mid + 1\n    else: hi = mid - 1\nreturn -1',
      'binary search',
      'O(log n)',
    ],
    [
      'valid-parentheses',
      'stack = []\nfor c in s:\n    if c in "([{": stack.push(c)\n    else:\n        if stack is empty or pairs[c] != stack.pop(): return false\nreturn stack is empty',
      'stack',
      'O(n)',
    ],
    [
      'merge-intervals',
      'sort intervals by start\nmerged = []\nfor each interval in intervals:\n    if merged and interval.start <= last.end: last.end = max(last.end, interval.end)\n    else: merged.append(interval)\nreturn merged',
      'sort by start, then sweep',
      'O(n log n)',
    ],
    [
      'number-of-islands',
      'count = 0\nfor r in rows:\n    for c in cols:\n        if grid[r][c] == "1":\n            count += 1\n            bfs from (r, c) with a queue, visiting the 4 neighbours and marking them visited\nreturn count',
      'flood fill (DFS or BFS)',
      'O(m · n)',
    ],
  ])('should recognise the optimal approach to %s', (id, code, approach, time) => {
    const output = run({ kind: 'pseudocode', text: code }, { problem: toProblemBrief(findDsaProblem(id)!) });
    expect(output.approach).toBe(approach);
    expect(output.timeComplexity).toBe(time);
    expect(output.score).toBeGreaterThanOrEqual(6);
  });

  it('should see plain recursion on climbing stairs as exponential and memoisation as optimal', () => {
    const problem = toProblemBrief(findDsaProblem('climbing-stairs')!);
    const naive = run({ kind: 'pseudocode', text: 'def ways(n):\n    if n <= 2: return n\n    return ways(n - 1) + ways(n - 2)' }, { problem });
    expect(naive.timeComplexity).toBe('O(2^n)');
    expect(naive.approach).toMatch(/brute force/);
    const dp = run(
      { kind: 'pseudocode', text: 'if n <= 2: return n\nprev, curr = 1, 2\nfor i from 3 to n:\n    prev, curr = curr, prev + curr\nreturn curr' },
      { problem },
    );
    expect(dp.approach).toBe('dynamic programming');
    expect(dp.score).toBeGreaterThan(naive.score);
  });

  it('should work for a problem outside the bank from its brief alone', () => {
    const problem: DsaProblemBrief = {
      id: 'custom-first-unique',
      title: 'First Unique Character',
      prompt: 'Return the index of the first non-repeating character in a string, or -1.',
      expectedApproaches: ['Count characters in a hash map, then scan again: O(n) time, O(1) space.'],
      optimalTimeComplexity: 'O(n)',
      optimalSpaceComplexity: 'O(1)',
      edgeCases: ['empty string', 'no unique character'],
      followUps: ['What if the string is a stream?'],
    };
    const optimal = run(
      { kind: 'pseudocode', text: 'counts = {}\nfor c in s: counts[c] += 1\nfor i, c in enumerate(s):\n    if counts[c] == 1: return i\nreturn -1' },
      { problem },
    );
    expect(optimal.approach).toBe('hash map');
    expect(optimal.timeComplexity).toBe('O(n)');
    const brute = run(
      { kind: 'pseudocode', text: 'for i in range(n):\n    for j in range(n):\n        if i != j and s[i] == s[j]: break\n    else: return i\nreturn -1' },
      { problem },
    );
    expect(brute.timeComplexity).toBe('O(n^2)');
    expect(optimal.score).toBeGreaterThan(brute.score);
  });

  describe('relevance and what the candidate said', () => {
    const WORD_LADDER = toProblemBrief(findDsaProblem('word-ladder')!);
    const BFS = `def ladder(beginWord, endWord, wordList):
    words = set(wordList)
    if endWord not in words:
        return 0
    if beginWord == endWord:
        return 1
    queue = deque([(beginWord, 1)])
    visited = {beginWord}
    while queue:
        word, steps = queue.popleft()
        for i in range(len(word)):
            for c in 'abcdefghijklmnopqrstuvwxyz':
                nxt = word[:i] + c + word[i+1:]
                if nxt == endWord:
                    return steps + 1
                if nxt in words and nxt not in visited:
                    visited.add(nxt)
                    queue.append((nxt, steps + 1))
    return 0
# Time O(N * L * 26) (plus O(L) to build each string), space O(N * L).`;

    // Regression: a Two Sum hash map submitted for Word Ladder scored 8/10 as "an optimal approach".
    it('should call code for another problem what it is and score it at most 2', () => {
      const output = run({ kind: 'pseudocode', text: HASH_MAP }, { problem: WORD_LADDER });
      expect(output.score).toBeLessThanOrEqual(2);
      expect(output.reply).toMatch(/This does not solve Word Ladder; it looks like a solution to Two Sum/);
      expect(`${output.reply} ${output.strengths.join(' ')}`).not.toMatch(/optimal/);
      expect(output.edgeCasesHandled).toEqual([]);
    });

    it('should score words without an algorithm at most 2 and say so plainly', () => {
      const output = run({ kind: 'message', text: 'I would use BFS, it should be O(N * L * 26) overall.' }, { problem: WORD_LADDER });
      expect(output.score).toBeLessThanOrEqual(2);
      expect(output.reply).toMatch(/cannot recognise an algorithm/);
      expect(output.reply).not.toMatch(/optimal/);
    });

    // Regression: "Time O(N * L * 26) … (plus O(L) to build each string)" was echoed as "You stated O(L)".
    it('should quote the whole stated complexity and count its per-step factor', () => {
      const output = run({ kind: 'pseudocode', text: BFS }, { problem: WORD_LADDER });
      expect(output.reply).toContain('Your own analysis (O(N * L * 26) with O(L) per step) is right.');
      expect(output.reply).not.toMatch(/You stated O\(L\)/);
      // Regression: the guard `if beginWord == endWord` was reported as not handled.
      expect(output.edgeCasesHandled).toContain('beginWord equal to endWord');
      expect(output.improvements.join(' ')).not.toMatch(/beginWord/);
    });

    it('should acknowledge an answered follow-up, not ask it again, and not repeat the analysis', () => {
      const code = BFS.replace('    if beginWord == endWord:\n        return 1\n', '');
      const first = run({ kind: 'pseudocode', text: code }, { problem: WORD_LADDER });
      expect(first.edgeCasesMissed).toContain('beginWord equal to endWord');
      let conversation = exchange([], { kind: 'pseudocode', text: code }, first);
      // Steer the discussion to the edge case, as an interviewer would after other follow-ups.
      conversation = [...conversation, { role: 'interviewer', kind: 'follow_up', text: 'How does your solution handle beginWord equal to endWord?', at: AT }];
      const reply = { kind: 'message' as const, text: 'If the begin word is the same as the end word I return 1 right away, before the BFS starts.' };
      const second = run(reply, { problem: WORD_LADDER, conversation, turn: 2 });
      expect(second.reply).toMatch(/^That answers the follow-up/);
      expect(second.reply).not.toMatch(/Approach recognised|Estimated complexity/);
      expect(second.edgeCasesHandled).toContain('beginWord equal to endWord');
      expect(second.followUp).not.toBe('How does your solution handle beginWord equal to endWord?');
      expect(second.improvements.join(' ')).not.toMatch(/beginWord/);
    });

    // Regression: one message said both "does not fully answer the follow-up" and "Your own analysis (O(N * L^2)) is right".
    it('should judge a complexity explained in a reply once, consistently', () => {
      const code = BFS.replace(/\n# Time.*$/, '');
      const first = run({ kind: 'pseudocode', text: code }, { problem: WORD_LADDER });
      expect(first.followUp).toBe('What are the time and space complexities of your solution, and why?');
      const conversation = exchange([], { kind: 'pseudocode', text: code }, first);
      const second = run(
        { kind: 'message', text: 'It is O(N·L²) time: N words, L positions, and building each candidate string costs L. Space is O(N·L).' },
        { problem: WORD_LADDER, conversation, turn: 2 },
      );
      expect(second.reply).toMatch(/^That answers the follow-up: O\(N·L²\) time is right/);
      expect(second.reply).not.toMatch(/does not|my estimate is/);
      expect(second.strengths).toContain('Analysed the complexity correctly (O(N·L²)).');
    });

    // Regression: a deque popped with `<=` was told "not yet handled: equal values".
    it('should see a deliberate comparison as handling equal values', () => {
      const problem = toProblemBrief(findDsaProblem('sliding-window-maximum')!);
      const output = run(
        {
          kind: 'pseudocode',
          text: 'dq = deque()\nfor i, x in enumerate(nums):\n    while dq and nums[dq[-1]] <= x:\n        dq.pop()\n    dq.append(i)\n    if dq[0] <= i - k:\n        dq.popleft()\n    if i >= k - 1:\n        out.append(nums[dq[0]])',
        },
        { problem },
      );
      expect(output.edgeCasesHandled).toContain('equal values inside the window');
    });
  });

  it('should be deterministic', () => {
    expect(run({ kind: 'pseudocode', text: HASH_MAP })).toEqual(run({ kind: 'pseudocode', text: HASH_MAP }));
  });
});
