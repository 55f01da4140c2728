/**
 * A labelled corpus of DSA submissions for measuring the offline judge: correct solutions,
 * correct but slow ones, solutions to another problem, and words without an algorithm, in
 * several languages and styles (Python, JavaScript, Java-like, numbered prose steps), most
 * with a stated complexity. `stated` is the complexity as the candidate wrote it; the judge
 * must quote it exactly.
 */

export type DsaClass = 'correct' | 'slow' | 'other-problem' | 'words-only';

export interface LabelledSubmission {
  id: string;
  problemId: string;
  class: DsaClass;
  code: string;
  /** The time complexity exactly as the candidate stated it, when they did. */
  stated?: string;
}

export const SUBMISSIONS: readonly LabelledSubmission[] = [
  // ------------------------------------------------------------------ correct
  {
    id: 'two-sum-correct-py',
    problemId: 'two-sum',
    class: 'correct',
    stated: 'O(n)',
    code: `def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []
# O(n) time, O(n) space; checking before storing handles [3, 3]`,
  },
  {
    id: 'word-ladder-correct-bfs',
    problemId: 'word-ladder',
    class: 'correct',
    stated: 'O(N * L * 26)',
    code: `def ladder_length(beginWord, endWord, wordList):
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
# Time O(N * L * 26) where N is the number of words and L the word length (plus O(L) to build each string), space O(N * L).`,
  },
  {
    id: 'valid-parentheses-correct-js',
    problemId: 'valid-parentheses',
    class: 'correct',
    stated: 'O(n)',
    code: `function isValid(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if (ch in pairs) {
      if (stack.pop() !== pairs[ch]) return false;
    } else {
      stack.push(ch);
    }
  }
  return stack.length === 0;
}
// runs in O(n) time with O(n) extra space for the stack; an empty string is valid`,
  },
  {
    id: 'stock-correct-terse',
    problemId: 'best-time-to-buy-and-sell-stock',
    class: 'correct',
    stated: 'O(n)',
    code: `lowest = inf; best = 0
for p in prices:
    lowest = min(lowest, p)
    best = max(best, p - lowest)
return best
# single pass, O(n) time O(1) space. if prices is empty returns 0`,
  },
  {
    id: 'binary-search-correct-java',
    problemId: 'binary-search',
    class: 'correct',
    stated: 'O(log n)',
    code: `int search(int[] nums, int target) {
    int lo = 0, hi = nums.length - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (nums[mid] == target) return mid;
        if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
}
// O(log n) time, O(1) space. lo + (hi - lo) / 2 avoids overflow`,
  },
  {
    id: 'three-sum-correct',
    problemId: 'three-sum',
    class: 'correct',
    stated: 'O(n^2)',
    code: `def three_sum(nums):
    nums.sort()
    res = []
    for i in range(len(nums)):
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        l, r = i + 1, len(nums) - 1
        while l < r:
            total = nums[i] + nums[l] + nums[r]
            if total < 0:
                l += 1
            elif total > 0:
                r -= 1
            else:
                res.append([nums[i], nums[l], nums[r]])
                while l < r and nums[l] == nums[l + 1]:
                    l += 1
                l += 1
                r -= 1
    return res
# sort then two pointers: O(n^2) time, O(1) extra space besides the output`,
  },
  {
    id: 'islands-correct-dfs',
    problemId: 'number-of-islands',
    class: 'correct',
    stated: 'O(m * n)',
    code: `def num_islands(grid):
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    def sink(r, c):
        if r < 0 or c < 0 or r >= rows or c >= cols or grid[r][c] != '1':
            return
        grid[r][c] = '0'
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            sink(r + dr, c + dc)
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == '1':
                sink(r, c)
                count += 1
    return count
# O(m * n) time, each cell visited once`,
  },
  {
    id: 'sliding-max-correct-deque',
    problemId: 'sliding-window-maximum',
    class: 'correct',
    stated: 'O(n)',
    code: `def max_sliding_window(nums, k):
    dq = deque()
    out = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
# O(n) time: each index is pushed and popped once. O(k) space.`,
  },
  {
    id: 'climbing-correct-dp',
    problemId: 'climbing-stairs',
    class: 'correct',
    stated: 'O(n)',
    code: `def climb(n):
    if n <= 2:
        return n
    a, b = 1, 2
    for _ in range(3, n + 1):
        a, b = b, a + b
    return b
# O(n) time and O(1) space, like Fibonacci`,
  },
  {
    id: 'merge-intervals-correct',
    problemId: 'merge-intervals',
    class: 'correct',
    stated: 'O(n log n)',
    code: `def merge(intervals):
    if not intervals:
        return []
    intervals.sort(key=lambda iv: iv[0])
    merged = [intervals[0]]
    for start, end in intervals[1:]:
        if start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
# O(n log n) because of the sort, O(n) for the output`,
  },
  {
    id: 'contains-duplicate-correct',
    problemId: 'contains-duplicate',
    class: 'correct',
    stated: 'O(n)',
    code: `function containsDuplicate(nums) {
  const seen = new Set();
  for (const n of nums) {
    if (seen.has(n)) return true;
    seen.add(n);
  }
  return false;
}
// O(n) time, O(n) space`,
  },
  {
    id: 'reverse-list-correct',
    problemId: 'reverse-linked-list',
    class: 'correct',
    stated: 'O(n)',
    code: `prev = null
node = head
while node != null:
    next = node.next
    node.next = prev
    prev = node
    node = next
return prev
-- O(n) time, O(1) space; an empty list returns null`,
  },
  {
    id: 'coin-change-correct',
    problemId: 'coin-change',
    class: 'correct',
    stated: 'O(amount * coins)',
    code: `def coin_change(coins, amount):
    dp = [0] + [float('inf')] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                dp[a] = min(dp[a], dp[a - c] + 1)
    return dp[amount] if dp[amount] != float('inf') else -1
# O(amount * coins) time, O(amount) space; amount 0 gives 0`,
  },
  {
    id: 'daily-temps-correct',
    problemId: 'daily-temperatures',
    class: 'correct',
    stated: 'O(n)',
    code: `def daily_temperatures(temps):
    answer = [0] * len(temps)
    stack = []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] < t:
            j = stack.pop()
            answer[j] = i - j
        stack.append(i)
    return answer
# monotonic stack, O(n) time since each day is pushed and popped once`,
  },
  {
    id: 'top-k-correct-heap',
    problemId: 'top-k-frequent-elements',
    class: 'correct',
    stated: 'O(n log k)',
    code: `def top_k(nums, k):
    count = Counter(nums)
    heap = []
    for value, freq in count.items():
        heapq.heappush(heap, (freq, value))
        if len(heap) > k:
            heapq.heappop(heap)
    return [value for freq, value in heap]
# O(n log k) time with a size-k min-heap`,
  },
  {
    id: 'course-schedule-correct',
    problemId: 'course-schedule',
    class: 'correct',
    stated: 'O(V + E)',
    code: `def find_order(n, prerequisites):
    graph = [[] for _ in range(n)]
    indegree = [0] * n
    for a, b in prerequisites:
        graph[b].append(a)
        indegree[a] += 1
    queue = deque(i for i in range(n) if indegree[i] == 0)
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == n else []
# Kahn's algorithm, O(V + E); a cycle leaves courses out so we return []`,
  },
  // ------------------------------------------------------------------ correct but slow
  {
    id: 'two-sum-slow-nested',
    problemId: 'two-sum',
    class: 'slow',
    stated: 'O(n^2)',
    code: `for i in range(len(nums)):
    for j in range(i + 1, len(nums)):
        if nums[i] + nums[j] == target:
            return [i, j]
return []
# O(n^2) time, O(1) space`,
  },
  {
    id: 'contains-duplicate-slow',
    problemId: 'contains-duplicate',
    class: 'slow',
    stated: 'O(n²)',
    code: `for (let i = 0; i < nums.length; i++) {
  for (let j = i + 1; j < nums.length; j++) {
    if (nums[i] === nums[j]) return true;
  }
}
return false;
// O(n²) but no extra memory`,
  },
  {
    id: 'stock-slow',
    problemId: 'best-time-to-buy-and-sell-stock',
    class: 'slow',
    stated: 'O(n^2)',
    code: `best = 0
for buy in range(len(prices)):
    for sell in range(buy + 1, len(prices)):
        best = max(best, prices[sell] - prices[buy])
return best
# every buy/sell pair, profit is O(n^2) time`,
  },
  {
    id: 'three-sum-slow',
    problemId: 'three-sum',
    class: 'slow',
    stated: 'O(n^3)',
    code: `result = set()
for i in range(n):
    for j in range(i + 1, n):
        for k in range(j + 1, n):
            if nums[i] + nums[j] + nums[k] == 0:
                result.add(tuple(sorted([nums[i], nums[j], nums[k]])))
return [list(t) for t in result]
# O(n^3), the set removes duplicate triplets`,
  },
  {
    id: 'climbing-slow-recursive',
    problemId: 'climbing-stairs',
    class: 'slow',
    stated: 'O(2^n)',
    code: `def climb(n):
    if n <= 1:
        return 1
    return climb(n - 1) + climb(n - 2)
# O(2^n) because every call branches twice`,
  },
  {
    id: 'sliding-max-slow',
    problemId: 'sliding-window-maximum',
    class: 'slow',
    stated: 'O(n * k)',
    code: `def max_sliding_window(nums, k):
    result = []
    for i in range(len(nums) - k + 1):
        window_max = nums[i]
        for j in range(i, i + k):
            window_max = max(window_max, nums[j])
        result.append(window_max)
    return result
# O(n * k) time`,
  },
  {
    id: 'trapping-slow',
    problemId: 'trapping-rain-water',
    class: 'slow',
    stated: 'O(n^2)',
    code: `water = 0
for i in range(len(height)):
    left_max = max(height[:i + 1])
    right_max = max(height[i:])
    water += min(left_max, right_max) - height[i]
return water
# O(n^2) because each max scans the array`,
  },
  // ------------------------------------------------------------------ other problem
  {
    id: 'word-ladder-given-two-sum',
    problemId: 'word-ladder',
    class: 'other-problem',
    stated: 'O(n)',
    code: `def solve(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []
# hash map, O(n) time, marking words visited`,
  },
  {
    id: 'three-sum-given-bubble-sort',
    problemId: 'three-sum',
    class: 'other-problem',
    stated: 'O(n^2)',
    code: `def bubble_sort(arr):
    n = len(arr)
    for i in range(n):
        for j in range(n - i - 1):
            if arr[j] > arr[j + 1]:
                arr[j], arr[j + 1] = arr[j + 1], arr[j]
    return arr
# O(n^2)`,
  },
  {
    id: 'islands-given-binary-search',
    problemId: 'number-of-islands',
    class: 'other-problem',
    stated: 'O(log n)',
    code: `lo, hi = 0, len(nums) - 1
while lo <= hi:
    mid = (lo + hi) // 2
    if nums[mid] == target:
        return mid
    elif nums[mid] < target:
        lo = mid + 1
    else:
        hi = mid - 1
return -1
// O(log n)`,
  },
  {
    id: 'parentheses-given-reverse-list',
    problemId: 'valid-parentheses',
    class: 'other-problem',
    stated: 'O(n)',
    code: `prev = None
cur = head
while cur:
    nxt = cur.next
    cur.next = prev
    prev = cur
    cur = nxt
return prev
# O(n)`,
  },
  {
    id: 'merge-intervals-given-stock',
    problemId: 'merge-intervals',
    class: 'other-problem',
    stated: 'O(n)',
    code: `function maxProfit(prices) {
  let min = Infinity, profit = 0;
  for (const p of prices) {
    min = Math.min(min, p);
    profit = Math.max(profit, p - min);
  }
  return profit;
}
// O(n)`,
  },
  {
    id: 'coin-change-given-climbing',
    problemId: 'coin-change',
    class: 'other-problem',
    stated: 'O(n)',
    code: `def f(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return a
# O(n) dp`,
  },
  {
    id: 'lru-given-valid-anagram',
    problemId: 'lru-cache',
    class: 'other-problem',
    stated: 'O(n)',
    code: `def is_anagram(s, t):
    if len(s) != len(t):
        return False
    counts = [0] * 26
    for a, b in zip(s, t):
        counts[ord(a) - 97] += 1
        counts[ord(b) - 97] -= 1
    return all(c == 0 for c in counts)
# O(n) time O(1) space`,
  },
  {
    id: 'top-k-given-max-depth',
    problemId: 'top-k-frequent-elements',
    class: 'other-problem',
    stated: 'O(n)',
    code: `def max_depth(root):
    if root is None:
        return 0
    return 1 + max(max_depth(root.left), max_depth(root.right))
# O(n) visits every node`,
  },
  // ------------------------------------------------------------------ words only
  {
    id: 'word-ladder-words',
    problemId: 'word-ladder',
    class: 'words-only',
    stated: 'O(N * L * 26)',
    code: 'I would use BFS here since it is a shortest path problem, it should be O(N * L * 26) overall.',
  },
  {
    id: 'two-sum-words',
    problemId: 'two-sum',
    class: 'words-only',
    stated: 'O(n)',
    code: 'Hash map, O(n). Easy one.',
  },
  {
    id: 'three-sum-words',
    problemId: 'three-sum',
    class: 'words-only',
    code: 'This is a classic, I have seen it before. You sort and then use two pointers, it is the optimal approach and very efficient.',
  },
  {
    id: 'islands-words',
    problemId: 'number-of-islands',
    class: 'words-only',
    stated: 'O(m·n)',
    code: 'Flood fill with DFS, O(m·n). Standard graph stuff.',
  },
  {
    id: 'lru-words',
    problemId: 'lru-cache',
    class: 'words-only',
    stated: 'O(1)',
    code: 'I would combine a hash map with a doubly linked list so both operations are O(1).',
  },
  {
    id: 'merge-k-words',
    problemId: 'merge-k-sorted-lists',
    class: 'words-only',
    stated: 'O(N log k)',
    code: 'Min-heap of the list heads gives O(N log k). That is the best you can do.',
  },
  // Held-out: written after the rules were tuned on the entries above.
  {
    id: 'heldout-anagram-counter',
    problemId: 'valid-anagram',
    class: 'correct',
    stated: 'O(n)',
    code: 'def is_anagram(s, t):\n    if len(s) != len(t):\n        return False\n    return Counter(s) == Counter(t)\n# O(n) time',
  },
  {
    id: 'heldout-binary-search-given-duplicate',
    problemId: 'binary-search',
    class: 'other-problem',
    stated: 'O(n)',
    code: 'def has_dup(nums):\n    seen = set()\n    for x in nums:\n        if x in seen:\n            return True\n        seen.add(x)\n    return False\n# O(n)',
  },
  {
    id: 'heldout-jump-game-greedy',
    problemId: 'jump-game',
    class: 'correct',
    stated: 'O(n)',
    code: 'reach = 0\nfor i, step in enumerate(nums):\n    if i > reach:\n        return False\n    reach = max(reach, i + step)\nreturn True\n# greedy O(n)',
  },
  { id: 'heldout-kth-largest-words', problemId: 'kth-largest-element', class: 'words-only', stated: 'O(n log k)', code: 'Heap of size k, O(n log k).' },
  {
    id: 'heldout-cycle-floyd',
    problemId: 'linked-list-cycle',
    class: 'correct',
    stated: 'O(n)',
    code: 'slow = fast = head\nwhile fast and fast.next:\n    slow = slow.next\n    fast = fast.next.next\n    if slow is fast:\n        return True\nreturn False\n# O(n) time, O(1) space',
  },
  {
    id: 'heldout-temperatures-given-parentheses',
    problemId: 'daily-temperatures',
    class: 'other-problem',
    code: 'stack = []\nfor ch in s:\n    if ch in "([{":\n        stack.append(ch)\n    elif not stack or pairs[ch] != stack.pop():\n        return False\nreturn not stack',
  },
];
