import { EDGE, HASH_CUES as HASH, type DsaBankProblem } from './dsa-problem-types.js';

/** Hard problems: several ideas combined, or a subtle invariant. */
export const HARD_PROBLEMS: readonly DsaBankProblem[] = [
  {
    id: 'merge-k-sorted-lists',
    title: 'Merge K Sorted Lists',
    prompt: 'You are given an array of k linked lists, each sorted in ascending order. Merge them into one sorted linked list and return its head.',
    examples: [
      { input: 'lists = [1 → 4 → 5, 1 → 3 → 4, 2 → 6]', output: '1 → 1 → 2 → 3 → 4 → 4 → 5 → 6' },
      { input: 'lists = []', output: 'empty list' },
    ],
    difficulty: 'hard',
    topics: ['linked lists', 'heaps', 'divide and conquer'],
    approaches: [
      {
        name: 'min-heap of list heads',
        description: 'Keep the current head of each list in a min-heap; pop the smallest, append it, push its successor.',
        signature: ['heap|priority queue|heapq|heappush|heappop'],
        time: 'O(N log k)',
        space: 'O(k)',
        optimal: true,
        hint: 'At every step you need the smallest of k candidates. Which structure gives the minimum quickly as candidates change?',
      },
      {
        name: 'divide and conquer pairwise merging',
        description: 'Merge lists in pairs, halving the number of lists each round.',
        signature: ['pair|pairs|divide|halve|merge two|mergetwo|merge_two|interval'],
        time: 'O(N log k)',
        space: 'O(1)',
        optimal: true,
      },
    ],
    bruteForce: { description: 'Merge the lists one by one into a growing result.', time: 'O(N · k)', space: 'O(1)' },
    optimalTimeComplexity: 'O(N log k)',
    optimalSpaceComplexity: 'O(k)',
    edgeCases: [
      EDGE.emptyArray('no lists at all'),
      EDGE.nullNode('some lists empty (null heads)'),
      { label: 'equal values across lists (heap tie-breaking)', cues: ['tie', 'equal values', 'same value', 'index as tie', 'counter', 'compare nodes'] },
    ],
    followUps: [
      'Why is the heap approach O(N log k) and not O(N log N)?',
      'How would you merge k sorted files that do not fit in memory?',
      'How does this compare with concatenating everything and sorting?',
    ],
  },
  {
    id: 'trapping-rain-water',
    title: 'Trapping Rain Water',
    prompt:
      'Given n non-negative integers `height` representing an elevation map where each bar has width 1, compute how much rain water is trapped after raining.',
    examples: [
      { input: 'height = [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]', output: '6' },
      { input: 'height = [4, 2, 0, 3, 2, 5]', output: '9' },
    ],
    difficulty: 'hard',
    topics: ['arrays', 'two pointers', 'stacks', 'dynamic programming'],
    approaches: [
      {
        name: 'two pointers with running maxima',
        description: 'Move the pointer with the lower max inwards; water above it is that max minus its height.',
        signature: ['left|lo', 'right|hi', 'leftmax|left_max|left max|maxleft|max_left|rightmax|right_max|right max|maxright'],
        time: 'O(n)',
        space: 'O(1)',
        optimal: true,
        hint: 'Water above a bar depends on the tallest bar to its left and to its right. Do you need both exactly?',
      },
      {
        name: 'prefix and suffix maxima',
        description: 'Precompute the max to the left and to the right of each bar; water = min(both) - height.',
        signature: ['prefix|leftmax[|left_max[|left max array', 'suffix|rightmax[|right_max[|right max array'],
        time: 'O(n)',
        space: 'O(n)',
        optimal: true,
      },
      {
        name: 'monotonic stack',
        description: 'Keep a decreasing stack of bars and fill water between a popped bar and its neighbours.',
        signature: ['stack', 'pop'],
        time: 'O(n)',
        space: 'O(n)',
        optimal: true,
      },
    ],
    bruteForce: { description: 'For each bar, scan left and right for the tallest bars.', time: 'O(n^2)', space: 'O(1)' },
    optimalTimeComplexity: 'O(n)',
    optimalSpaceComplexity: 'O(1)',
    edgeCases: [
      { label: 'fewer than three bars (no water)', cues: ['fewer than 3', 'less than 3', 'n < 3', 'length < 3', 'len(height) < 3'] },
      { label: 'monotonic heights (no water)', cues: ['increasing', 'decreasing', 'monotonic', 'no water', 'zero water'] },
      EDGE.emptyArray(),
    ],
    followUps: [
      'How would you solve the 2-D version, an elevation grid?',
      'Why is it correct to move the pointer on the side with the smaller maximum?',
      'How would you handle a stream of bars arriving from the left?',
    ],
  },
  {
    id: 'find-median-from-data-stream',
    title: 'Find Median from Data Stream',
    prompt:
      'Design a structure that supports `addNum(num)`, adding an integer from a stream, and `findMedian()`, returning the median of all numbers added so far.',
    examples: [{ input: 'addNum(1); addNum(2); findMedian(); addNum(3); findMedian()', output: '1.5, 2.0' }],
    difficulty: 'hard',
    topics: ['heaps', 'design', 'data streams'],
    approaches: [
      {
        name: 'two heaps',
        description: 'A max-heap for the lower half and a min-heap for the upper half, rebalanced so their sizes differ by at most one.',
        signature: ['heap|priority queue|heapq', 'two heaps|max heap|max-heap|maxheap|lower half|upper half|small|large|balance'],
        time: 'O(log n) add, O(1) median',
        space: 'O(n)',
        optimal: true,
        hint: 'The median splits the numbers into a lower and an upper half. What do you need to know about each half?',
      },
      {
        name: 'sorted list with binary insertion',
        description: 'Keep a sorted array and insert with binary search.',
        signature: ['insort|binary search|bisect|sorted list|sortedlist'],
        time: 'O(n) add, O(1) median',
        space: 'O(n)',
        optimal: false,
      },
    ],
    bruteForce: { description: 'Store all numbers and sort on every median query.', time: 'O(n log n) per median', space: 'O(n)' },
    optimalTimeComplexity: 'O(log n) add, O(1) median',
    optimalSpaceComplexity: 'O(n)',
    edgeCases: [
      { label: 'even versus odd count', cues: ['even', 'odd', 'average of', 'two middle', '/ 2'] },
      { label: 'keeping the heaps balanced', cues: ['balance', 'rebalance', 'sizes differ', 'size difference', 'len(small) > len(large) + 1', 'move the top'] },
      { label: 'median requested before any number', cues: ['no numbers', 'empty', 'before any', 'nothing added'] },
    ],
    followUps: [
      'What if all numbers are integers between 0 and 100? Can you do better?',
      'How would you compute the median of a sliding window of the last k numbers?',
      'How would you approximate the median over a huge distributed stream?',
    ],
  },
  {
    id: 'edit-distance',
    title: 'Edit Distance',
    prompt: 'Given two strings `a` and `b`, return the minimum number of single-character insertions, deletions or substitutions needed to turn `a` into `b`.',
    examples: [
      { input: 'a = "horse", b = "ros"', output: '3', explanation: 'horse → rorse → rose → ros.' },
      { input: 'a = "intention", b = "execution"', output: '5' },
    ],
    difficulty: 'hard',
    topics: ['dynamic programming', 'strings'],
    approaches: [
      {
        name: '2-D dynamic programming',
        description: 'dp[i][j] = edit distance of the first i and j characters, from insert, delete or replace on smaller prefixes.',
        signature: ['dp|memo|table|matrix', 'insert|delete|replace|substitut|i - 1|i-1|j - 1|j-1'],
        time: 'O(m · n)',
        space: 'O(min(m, n))',
        optimal: true,
        hint: 'Compare the last characters of both prefixes. What are the options if they match, and if they do not?',
      },
    ],
    bruteForce: { description: 'Recursively try all three operations at each mismatch.', time: 'O(3^(m + n))', space: 'O(m + n)' },
    optimalTimeComplexity: 'O(m · n)',
    optimalSpaceComplexity: 'O(min(m, n))',
    edgeCases: [
      {
        label: 'one string empty (answer is the other’s length)',
        cues: ['empty', 'dp[0][j] = j', 'dp[i][0] = i', 'base case', 'first row', 'first column', 'len(b)', 'len(a)'],
      },
      { label: 'identical strings (answer 0)', cues: ['identical', 'equal strings', 'same string', 'a == b', 'return 0'] },
    ],
    followUps: [
      'How would you reconstruct the sequence of edits?',
      'How can you reduce the memory to two rows?',
      'How would you quickly check whether the distance is at most 1?',
    ],
  },
  {
    id: 'word-ladder',
    title: 'Word Ladder',
    prompt:
      'Given a `beginWord`, an `endWord` and a dictionary `wordList`, return the number of words in the shortest transformation sequence from beginWord to endWord, where each step changes one letter and every intermediate word is in the dictionary. Return 0 if no sequence exists.',
    examples: [
      {
        input: 'beginWord = "hit", endWord = "cog", wordList = ["hot", "dot", "dog", "lot", "log", "cog"]',
        output: '5',
        explanation: 'hit → hot → dot → dog → cog.',
      },
      { input: 'beginWord = "hit", endWord = "cog", wordList = ["hot", "dot", "dog", "lot", "log"]', output: '0' },
    ],
    difficulty: 'hard',
    topics: ['graphs', 'bfs', 'strings', 'hashing'],
    approaches: [
      {
        name: 'BFS over word neighbours',
        description: 'BFS from beginWord; neighbours are dictionary words one letter away, found by trying each letter at each position (or wildcard buckets).',
        signature: ['bfs|queue|deque|level', 'neighbo|one letter|each position|a-z|26|wildcard|pattern|h*t|*'],
        time: 'O(N · L^2)',
        space: 'O(N · L)',
        optimal: true,
        hint: 'Think of words as nodes and single-letter changes as edges. Which search finds the shortest path in an unweighted graph?',
      },
    ],
    bruteForce: { description: 'DFS over all transformation sequences, keeping the shortest.', time: 'exponential', space: 'O(N)' },
    optimalTimeComplexity: 'O(N · L^2)',
    optimalSpaceComplexity: 'O(N · L)',
    edgeCases: [
      {
        label: 'endWord not in the dictionary (answer 0)',
        cues: ['not in the dictionary', 'not in wordlist', 'not in the word list', 'endword not in', 'return 0'],
      },
      { label: 'marking words visited to avoid cycles', cues: ['visited', 'seen', 'remove from', 'mark'] },
      { label: 'beginWord equal to endWord', cues: ['beginword == endword', 'same word', 'already equal'] },
    ],
    followUps: [
      'How would bidirectional BFS speed this up?',
      'How would you return all shortest transformation sequences?',
      'Why is DFS a poor fit for finding the shortest sequence?',
    ],
  },
  {
    id: 'sliding-window-maximum',
    title: 'Sliding Window Maximum',
    prompt:
      'Given an array `nums` and a window size `k`, a window slides from the left end to the right end one step at a time. Return the maximum of each window.',
    examples: [
      { input: 'nums = [1, 3, -1, -3, 5, 3, 6, 7], k = 3', output: '[3, 3, 5, 5, 6, 7]' },
      { input: 'nums = [1], k = 1', output: '[1]' },
    ],
    difficulty: 'hard',
    topics: ['sliding window', 'queues', 'monotonic queue', 'heaps'],
    approaches: [
      {
        name: 'monotonic deque',
        description: 'Keep indices in a deque with decreasing values; drop indices that leave the window; the front is the maximum.',
        signature: ['deque|double-ended|double ended|monotonic', 'front|back|pop|popleft|shift'],
        time: 'O(n)',
        space: 'O(k)',
        optimal: true,
        hint: 'Once a larger number enters the window, can any smaller number before it ever be a maximum again?',
      },
      {
        name: 'max-heap with lazy deletion',
        description: 'Push (value, index) into a max-heap and discard tops that left the window.',
        signature: ['heap|priority queue|heapq'],
        time: 'O(n log n)',
        space: 'O(n)',
        optimal: false,
      },
    ],
    bruteForce: { description: 'Scan each window for its maximum.', time: 'O(n · k)', space: 'O(1)' },
    optimalTimeComplexity: 'O(n)',
    optimalSpaceComplexity: 'O(k)',
    edgeCases: [
      { label: 'k equal to 1 or to n', cues: ['k == 1', 'k == n', 'k = 1', 'k equals'] },
      {
        label: 'removing indices that left the window',
        cues: ['out of the window', 'outside the window', 'i - k', 'left the window', 'expired', 'index <= i - k'],
      },
      // Popping with `<=` (or keeping equals with `<`) is a deliberate choice about equal values.
      {
        label: 'equal values inside the window',
        cues: [...EDGE.duplicates().cues, '] <= x', '] <= nums[i]', '] <= num', '] < x', '] < nums[i]', '<= nums[i]', '<= current', 'equal values'],
      },
    ],
    followUps: [
      'Why is each index pushed and popped at most once?',
      'How would you compute the window minimum and maximum at the same time?',
      'How would you answer sliding-window medians instead?',
    ],
  },
  {
    id: 'minimum-window-substring',
    title: 'Minimum Window Substring',
    prompt:
      'Given strings `s` and `t`, return the shortest substring of `s` that contains every character of `t` (including duplicates). Return an empty string if there is none.',
    examples: [
      { input: 's = "ADOBECODEBANC", t = "ABC"', output: '"BANC"' },
      { input: 's = "a", t = "aa"', output: '""', explanation: 't needs two a’s but s has only one.' },
    ],
    difficulty: 'hard',
    topics: ['strings', 'sliding window', 'hashing'],
    approaches: [
      {
        name: 'sliding window with counts',
        description: 'Expand the right edge until the window covers t, then shrink from the left while it still covers, tracking the best window.',
        signature: ['window|left|right|shrink|expand', HASH + '|count|need|have|formed|missing'],
        time: 'O(|s| + |t|)',
        space: 'O(k)',
        optimal: true,
        hint: 'Grow the window until it is valid, then make it as small as possible. How do you know in O(1) whether it is still valid?',
      },
    ],
    bruteForce: { description: 'Check every substring of s for coverage of t.', time: 'O(|s|^2 · k)', space: 'O(k)' },
    optimalTimeComplexity: 'O(|s| + |t|)',
    optimalSpaceComplexity: 'O(k)',
    edgeCases: [
      EDGE.notFound('no valid window (empty result)'),
      EDGE.duplicates('repeated characters in t'),
      { label: 't longer than s', cues: ['longer than', 'len(t) > len(s)', 't.length > s.length'] },
    ],
    followUps: [
      'How do you check that the window is valid in O(1) instead of comparing whole maps?',
      'What if t contained each character at most once? Does anything simplify?',
      'How would you find the shortest window containing t as a subsequence instead?',
    ],
  },
  {
    id: 'serialize-binary-tree',
    title: 'Serialize and Deserialize a Binary Tree',
    prompt:
      'Design an algorithm to serialize a binary tree to a string and deserialize the string back to the same tree structure. Any format is allowed as long as the round trip is exact.',
    examples: [{ input: 'root = [1, 2, 3, null, null, 4, 5]', output: 'deserialize(serialize(root)) has the same structure and values' }],
    difficulty: 'hard',
    topics: ['trees', 'design', 'dfs', 'bfs'],
    approaches: [
      {
        name: 'pre-order with null markers',
        description: 'Write values in pre-order with a marker for null children; read them back recursively in the same order.',
        signature: ['preorder|pre-order|dfs|recurs|bfs|level order|queue', 'null|none|#|marker|sentinel|x'],
        time: 'O(n)',
        space: 'O(n)',
        optimal: true,
        hint: 'A traversal alone is ambiguous. What extra information makes the shape recoverable?',
      },
    ],
    bruteForce: { description: 'Store each node with an explicit id and parent id, then rebuild with a map.', time: 'O(n)', space: 'O(n)' },
    optimalTimeComplexity: 'O(n)',
    optimalSpaceComplexity: 'O(n)',
    edgeCases: [
      EDGE.nullNode('an empty tree'),
      EDGE.negatives('negative or multi-digit values (delimiters)'),
      { label: 'deep trees (recursion depth)', cues: ['deep', 'recursion depth', 'stack overflow', 'iterative', 'skewed'] },
    ],
    followUps: [
      'How would you make the encoding more compact for a binary search tree?',
      'How would you serialize an N-ary tree?',
      'How would you avoid recursion for very deep trees?',
    ],
  },
];
