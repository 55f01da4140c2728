/**
 * What a solution to each bank problem must contain: the operations, structures and return
 * shape that identify it. The DSA analyzer checks them before it recognises an approach, so
 * code written for another problem (a Two Sum hash map submitted for Word Ladder) is called
 * what it is instead of being scored on its technique. Kept apart from the problem files so
 * new problems and new requirements merge independently.
 *
 * Each requirement is `label: cue | cue | …` (cues follow the rules of `text-matching.ts`).
 * A submission is relevant when it meets at least {@link requiredMatches} of the requirements.
 */
export interface ProblemRequirement {
  /** Said to the candidate when the requirement is not met ("the queue of the search"). */
  label: string;
  cues: readonly string[];
}

function parse(spec: string): ProblemRequirement {
  const colon = spec.indexOf(':');
  return {
    label: spec.slice(0, colon).trim(),
    cues: spec
      .slice(colon + 1)
      .split('|')
      .map((cue) => cue.trim().toLowerCase())
      .filter(Boolean),
  };
}

const SPECS: Readonly<Record<string, readonly string[]>> = {
  'two-sum': [
    'the target sum: target',
    'the complement of each value: complement | target - | target- | diff | needed | remaining | want',
    'the pair of indices returned: index | indices | enumerate | [i, j] | i, j | return [ | return (| idx',
  ],
  'valid-parentheses': [
    "the bracket pairs: bracket | parenthes | brace | pairs | matching | \")\" | ']' | \"]\" | '}' | ')' | closing | opening",
    'a stack of open brackets: stack | push | append | pop',
    'the final balanced check: not stack | stack == [] | len(stack) == 0 | stack.length === 0 | stack.length == 0 | isempty | is empty | balanced | return true | return false',
  ],
  'best-time-to-buy-and-sell-stock': [
    'the prices: price | stock | buy',
    'the lowest price so far: min | minimum | lowest | cheapest | low',
    'the best profit: profit | gain | sell',
  ],
  'contains-duplicate': [
    'a way to spot repeats: nums[j] | seen | set | hash | sort | count | dict | map | counter',
    'the repeat check: duplicate | nums[i] === nums[j] | nums[i] == nums[j] | === nums[ | in seen | contains | already | twice | len(set( | size | has( | nums[i] == nums[i - 1] | nums[i] == nums[i + 1] | nums[i - 1] == nums[i] | > 1',
    'a yes/no answer: return true | return false | true | false',
  ],
  'valid-anagram': [
    'letter counts or sorted letters: count | counter | freq | sort | 26 | ord( | charcodeat | tally | letters',
    'both strings compared: anagram | len(s) | s.length | sorted(s) | in t | of t | t[ | for c in t | count(t | s and t | t.length | len(t)',
    'a yes/no answer: return true | return false | true | false | ==',
  ],
  'reverse-linked-list': [
    'the list nodes: node | head | .next | next',
    'the previous node: prev | previous | reversed',
    'relinking each node: .next = prev | next = prev | .next = | reverse | swap',
  ],
  'merge-two-sorted-lists': [
    'both input lists: l1 | l2 | list1 | list2 | a and b | two lists | both lists',
    'the list nodes: node | head | .next | next',
    'taking the smaller head: smaller | <= | < | min | compare | val',
  ],
  'binary-search': [
    'the search bounds: lo | low | left | hi | high | right | start | end',
    'the middle: mid | middle | // 2 | / 2 | >> 1',
    'the target: target | found | return -1 | key',
  ],
  'maximum-depth-of-binary-tree': [
    'the tree: root | node | tree | .left | .right | left | right | children',
    'depth counting: depth | height | level | + 1 | 1 +',
    'the larger subtree: max | deeper | larger | levels',
  ],
  'linked-list-cycle': [
    'the list nodes: node | head | .next | next',
    'two runners or a visited set: slow | fast | tortoise | hare | visited | seen | set',
    'a cycle verdict: cycle | loop | return true | return false | meet | == slow | == fast',
  ],
  'valid-palindrome': [
    'skipping non-alphanumerics: alnum | alphanumeric | isalnum | letter | isdigit | isalpha | [a-z | \\w | non-alpha',
    'case-insensitive compare: lower | upper | case',
    'the two ends or the reverse: left | right | lo | hi | i, j | reverse | [::-1] | palindrome',
  ],
  'climbing-stairs': [
    'the number of steps: stairs | steps | step | climb | ways | n <= 2 | n == 1 | n == 2 | n < 2 | n <= 1 | n < 3',
    'the recurrence of the last two: n - 1 | n - 2 | n-1 | n-2 | i - 2 | i-2 | fib | a, b = b, a + b | a + b | prev + curr | curr + prev | first + second | dp[i - 1]',
    'counting ways: ways | count | dp | memo | return',
  ],
  'majority-element': [
    'a vote or count: count | candidate | vote | counter | freq | tally | boyer',
    'the majority threshold: majority | n / 2 | n // 2 | len(nums) / 2 | len(nums) // 2 | half | > n | count == 0 | candidate =',
    'the values: nums | value | element | num',
  ],
  'merge-k-sorted-lists': [
    'k lists: lists | k lists | each list | all lists | list of lists',
    'picking the smallest head: heap | priority queue | heapq | min | smallest | merge two | pair up | divide',
    'the list nodes: node | head | .next | next',
  ],
  'trapping-rain-water': [
    'the bar heights: height | bar | elevation',
    'the tallest wall on each side: left_max | leftmax | right_max | rightmax | max_left | maxleft | max_right | maxright | max from the left | tallest | highest | max(',
    'the trapped water: water | trap | min(left | min(l | - height[ | - h | total',
  ],
  'find-median-from-data-stream': [
    'adding numbers: addnum | add | insert | push',
    'the median: median | middle | findmedian | / 2',
    'two heaps or sorted storage: heap | heapq | priority queue | sorted | bisect | insort | low | high | small | large',
  ],
  'edit-distance': [
    'the two words: word1 | word2 | a and b | a[i | b[j | s1 | s2 | len(a) | len(b)',
    'the dp table: dp | memo | table | cache | prev | row',
    'insert, delete or replace: insert | delete | replace | substitut | min( | 1 +',
  ],
  'word-ladder': [
    'the begin and end words: beginword | endword | begin word | end word | begin_word | end_word | start word | target word | wordlist | word list | dictionary | ladder',
    'one-letter neighbours: 26 | a-z | abcdefghijklmnopqrstuvwxyz | ascii_lowercase | alphabet | each letter | every letter | chr( | wildcard | pattern | \'*\' | "*" | one letter | neighbo',
    'a level-by-level search: queue | deque | bfs | level | breadth | frontier | steps | distance',
  ],
  'sliding-window-maximum': [
    'the window of size k: k | window',
    'a deque or heap of candidates: deque | dq | heap | queue | monotonic | double-ended',
    'the maximum of each window: max | maximum | largest | front | result | output',
  ],
  'minimum-window-substring': [
    'the characters needed from t: need | required | counter | count | freq | missing | have | formed | t',
    'a window that grows and shrinks: window | left | right | start | lo | hi',
    'the shortest window: min | shortest | smallest | best | length',
  ],
  'serialize-binary-tree': [
    'serializing: serializ | encode | to string | join | str(',
    'deserializing: deserializ | decode | split | parse | from string',
    'null markers for empty children: null | none | # | nil | "x" | \'x\' | n',
  ],
  'longest-substring-without-repeating': [
    'the window: window | left | start | lo',
    'remembering characters seen: seen | set | map | dict | last | index | count',
    'the longest length: max | longest | best | length',
  ],
  'group-anagrams': [
    'a canonical key per word: sorted | sort | key | count | 26 | tuple | signature | canonical',
    'groups collected by key: group | map | dict | defaultdict | hash | bucket',
    'the words: word | strs | words | string',
  ],
  'top-k-frequent-elements': [
    'counting frequencies: count | counter | freq | frequency | occurrence',
    'the top k: k | top | most common | most_common',
    'a heap, buckets or a sort: heap | heapq | bucket | sort | quickselect | priority',
  ],
  'product-of-array-except-self': [
    'products: product | prod | *= | * ',
    'prefix and suffix products: prefix | suffix | left | right | before | after',
    'an answer per index: answer | result | res | output | ans',
  ],
  'three-sum': [
    'triplets: triplet | three | triple | [nums[i], nums[l] | [nums[i], nums[j], nums[k]] | nums[k] | a, b, c | i, j, k',
    'a zero sum: == 0 | sum | < 0 | > 0 | -nums[i] | zero | total',
    'skipping duplicates: nums[i] == nums[i - 1] | nums[i] == nums[i-1] | nums[l] == nums[l + 1] | duplicate | skip | set( | seen | distinct | unique',
  ],
  'container-with-most-water': [
    'the line heights: height | line | wall',
    'two pointers moving inward: left | right | lo | hi | i, j | l, r',
    'the area: area | width | water | min(height | min(h | * (r - l) | * (j - i) | (right - left)',
  ],
  'search-in-rotated-sorted-array': [
    'binary search bounds: lo | low | left | hi | high | right',
    'the middle: mid | middle | // 2 | / 2',
    'the sorted half: sorted half | rotat | pivot | nums[lo] <= nums[mid] | nums[left] <= nums[mid] | nums[low] <= nums[mid] | half | nums[mid] <= nums[hi] | nums[mid] < nums[right]',
  ],
  'number-of-islands': [
    'the grid of land and water: grid | island | land | "1" | \'1\' | cell | matrix',
    'a flood fill: dfs | bfs | flood | sink | visit | neighbo | directions | queue | union',
    'counting islands: count | islands | += 1 | ++',
  ],
  'course-schedule': [
    'courses and prerequisites: course | prereq | prerequisite | dependenc',
    'the graph: graph | adj | edges | indegree | in-degree | neighbo',
    'an order or a cycle check: order | topolog | cycle | queue | visiting | result | return []',
  ],
  'merge-intervals': [
    'the intervals: interval | start | end | [0] | [1]',
    'sorting by start: sort',
    'merging overlaps: merge | overlap | max( | last | extend | <= ',
  ],
  'kth-largest-element': [
    'the k: k',
    'a heap, a sort or a partition: heap | heapq | quickselect | partition | sort | pivot | priority',
    'the largest values: largest | max | heap[0] | [-k] | nums[n - k] | len(nums) - k | n - k',
  ],
  'coin-change': [
    'the coins and amount: coin | amount | denomination',
    'the fewest coins table: dp | memo | table | min( | fewest | bfs | queue',
    'no way to make it: return -1 | else -1 | inf | infinity | impossible | float(',
  ],
  'longest-increasing-subsequence': [
    'increasing order: increasing | < nums[i] | nums[j] < | nums[i] > | > nums[j] | smaller | larger | tails | bisect',
    'a length per position or tails: dp | tails | lis | length | memo | sub',
    'the longest: max | longest | len(tails) | len(sub)',
  ],
  'validate-binary-search-tree': [
    'the tree: root | node | .left | .right | tree | left | right',
    'value bounds or in-order order: low | high | lower | upper | min | max | bound | inorder | in-order | prev | range',
    'a yes/no answer: return true | return false | valid | true | false',
  ],
  'lru-cache': [
    'get and put: get | put',
    'the capacity and eviction: capacity | evict | remove | popitem | oldest | least recently',
    'recency order: ordereddict | move_to_end | linked list | doubly | prev | next | order | recent | tail | head',
  ],
  subsets: [
    'the subsets built: subset | power set | combination | path | current | cur',
    'include or exclude each element: backtrack | recurs | include | exclude | dfs | pop | append | bit | mask | 1 <<',
    'the result list: result | res | output | ans | all',
  ],
  'implement-trie': [
    'the operations: insert | search | startswith | starts with | prefix',
    'child nodes per letter: children | child | node | trie | next',
    'the end-of-word flag: end | is_end | isend | isword | is_word | terminal | word end | leaf',
  ],
  'unique-paths': [
    'the grid size: m | n | grid | rows | cols',
    'paths from top and left: dp | memo | above | left | up | i - 1 | j - 1 | i-1 | j-1 | comb | factorial | choose',
    'counting paths: path | ways | count | return',
  ],
  'daily-temperatures': [
    'the temperatures: temperature | temp | warmer | t[',
    'a stack of waiting days: stack | monotonic | pop | push | append',
    'days until warmer: i - | days | wait | answer | result | res',
  ],
  'rotting-oranges': [
    'rotten and fresh oranges: rotten | fresh | orange | 2 | grid',
    'a multi-source search by minutes: queue | bfs | deque | minute | time | level | round',
    'impossible cases: return -1 | else -1 | fresh > 0 | fresh == 0 | remaining | left',
  ],
  'meeting-rooms-ii': [
    'the meetings: meeting | interval | start | end',
    'ordering by time: sort | heap | heapq | priority | timeline | events | sweep',
    'counting rooms: room | max | count | concurrent | overlap | len(heap)',
  ],
  'jump-game': [
    'the jump lengths: jump | nums[i] | reach | step',
    'the furthest reachable index: farthest | furthest | max_reach | maxreach | reach | goal | last index | max(',
    'a yes/no answer: return true | return false | true | false',
  ],
  'number-of-connected-components': [
    'the nodes and edges: edge | node | n | graph | adj',
    'a traversal or union-find: union | find | parent | dfs | bfs | visited | queue | rank',
    'counting components: component | count | += 1 | -= 1 | groups',
  ],
};

/** The requirements of a bank problem, or an empty list for a problem outside the bank. */
export function problemRequirements(problemId: string): readonly ProblemRequirement[] {
  return (SPECS[problemId] ?? []).map(parse);
}

/** Ids of the problems that have requirements (a test checks every bank problem is one). */
export function problemsWithRequirements(): string[] {
  return Object.keys(SPECS);
}

/** How many requirements a relevant submission meets: all of two, otherwise all but one. */
export function requiredMatches(count: number): number {
  return count <= 2 ? count : count - 1;
}
