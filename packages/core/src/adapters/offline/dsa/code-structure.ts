import { normalizeText } from '../../../internal/text-matching.js';
import type { Cost } from './complexity.js';

/** What the structure of a piece of pseudocode says about its cost. */
export interface CodeStructure {
  /** The deepest chain of nested loops (a binary-search loop counts as a log factor). */
  loopCost: Cost;
  /** Depth of the deepest nest of linear loops. */
  loopDepth: number;
  hasLoops: boolean;
  recursive: boolean;
  /** A recursive function that calls itself more than once per call (tree recursion). */
  branchingRecursion: boolean;
  memoized: boolean;
  sorts: boolean;
  binarySearch: boolean;
  heapInLoop: boolean;
  /** The estimated time cost of the whole solution. */
  timeCost: Cost;
  /** The estimated extra space cost. */
  spaceCost: Cost;
  /** Whether the text looks like an attempt at code or an algorithm description. */
  looksLikeCode: boolean;
  /** Number of words outside code lines and comments: the candidate's explanation. */
  explanationWords: number;
}

const LOOP_LINE =
  /^\s*(?:\d+[.)]\s*)?(?:for|foreach|for each|while|loop|repeat|do|until|iterate|walk|scan|traverse)\b|\bfor\s*\(|\bwhile\s*\(|\.foreach\s*\(|\bfor\s+\w+\s+(?:in|of|from)\b|\bfor\s+each\b|\bfor\s+every\b/;
/**
 * Inner loops whose total work is bounded by the input across the whole run: popping a
 * stack or deque, advancing a window edge, or visiting a node's neighbours in a traversal.
 */
const AMORTIZED_LOOP =
  /\bwhile\b.*\b(stack|deque|queue|heap|window|left|lo|start|slow|dq|l|r)\b|\b(for|each)\b.*\b(neighbou?rs?|adj|adjacent|adjacency|edges?|children|graph\s*\[|directions|dirs)\b/;
const HIDDEN_SCAN = /\b(max|min|sum|sorted|any|all)\s*\(\s*\w+\s*\[[^\]]*:[^\]]*\]|\.index\s*\(|\.count\s*\(|\bin\s+\w+\s*\[[^\]]*:[^\]]*\]/;
const BINARY_LOOP = /\b(lo|low|left|l|start|begin)\s*(<=|<)\s*(hi|high|right|r|end)\b/;
const HEAP_OP =
  /heappush|heappop|heapq|push\w* (?:into |onto |to )?(?:the )?(?:min-?|max-?)?heap|pop\w* (?:from )?(?:the )?(?:min-?|max-?)?heap|heap\.(?:push|pop|add|poll|offer)|pq\.(?:push|pop|add|poll|offer)|priority ?queue/;
const CODE_TOKEN =
  /(=|==|<=|>=|!=|\+\+|\+=|-=|->|=>|←|:=|\breturn\b|\bif\b|\belse\b|\bfor\b|\bwhile\b|\bdef\b|\bfunction\b|\bloop\b|\bappend\b|\bpush\b|\bpop\b|\[.*\]|\w+\(.*\))/;
const FUNCTION_DEF = /\b(?:def|function|func|fn|procedure|sub|method)\s+([a-z_][a-z0-9_]*)\s*\(/g;
const PROSE_NESTED =
  /\bnested loops?\b|\bfor (?:each|every) pair\b|\bevery pair\b|\ball pairs\b|\bdouble loop\b|\btwo loops\b|\bcompare each (?:element|number|item) (?:with|to|against) every\b/;
const PROSE_TRIPLE = /\bthree nested loops\b|\bevery triplet\b|\ball triplets\b|\btriple loop\b/;

function indentOf(line: string): number {
  const match = /^[ \t]*/.exec(line);
  return (match?.[0] ?? '').replace(/\t/g, '    ').length;
}

function maxCost(a: Cost, b: Cost): Cost {
  if (a.exponential !== b.exponential) return a.exponential ? a : b;
  const rank = (cost: Cost) => cost.degree * 2 + Math.min(cost.logs, 1);
  return rank(a) >= rank(b) ? a : b;
}

interface Frame {
  indent: number;
  kind: 'linear' | 'binary' | 'block';
}

/**
 * Reads the structure of pseudocode: nesting of loops (by indentation, or braces on one
 * level), recursion, memoisation, sorting, binary search and heap operations inside loops.
 * The result is a rough but explainable estimate, not a proof.
 */
export function analyzeCodeStructure(code: string): CodeStructure {
  const lines = code.split(/\r?\n/);
  const normalizedAll = normalizeText(code);
  const stack: Frame[] = [];
  let loopCost: Cost = { degree: 0, logs: 0, exponential: false };
  let loopDepth = 0;
  let hasLoops = false;
  let heapInLoop = false;
  let codeLines = 0;
  let explanationWords = 0;
  let braceDepth = 0;

  for (const rawLine of lines) {
    if (rawLine.trim() === '') continue;
    const line = normalizeText(rawLine);
    const comment = /^\s*(#|\/\/|--|\*|\/\*)/.test(line);
    if (comment) {
      explanationWords += line
        .replace(/^\s*(#|\/\/|--|\*|\/\*)/, '')
        .trim()
        .split(/\s+/)
        .filter(Boolean).length;
      continue;
    }
    const isCode = CODE_TOKEN.test(line) || LOOP_LINE.test(line);
    if (isCode) codeLines += 1;
    else explanationWords += line.trim().split(/\s+/).length;

    const leadingClosers = (/^\s*}+/.exec(line)?.[0].match(/}/g) ?? []).length;
    braceDepth = Math.max(0, braceDepth - leadingClosers);
    // Braces nest blocks even when the code is not indented.
    const indent = indentOf(rawLine) + braceDepth * 4;
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? -1) >= indent) stack.pop();

    const enclosingLinear = stack.filter((frame) => frame.kind === 'linear').length;
    const enclosingBinary = stack.filter((frame) => frame.kind === 'binary').length;
    if (HEAP_OP.test(line) && enclosingLinear > 0) heapInLoop = true;
    // A builtin that scans a slice or a list inside a loop is a hidden inner loop.
    if (enclosingLinear > 0 && HIDDEN_SCAN.test(line)) {
      loopDepth = Math.max(loopDepth, enclosingLinear + 1);
      loopCost = maxCost(loopCost, { degree: enclosingLinear + 1, logs: 0, exponential: false });
    }

    const loopsOnLine = LOOP_LINE.test(line) ? Math.max(1, (line.match(/\bfor\b|\bwhile\b/g) ?? []).length) : 0;
    if (loopsOnLine > 0) {
      hasLoops = true;
      const binary = BINARY_LOOP.test(line) && /\bmid\b|\bmiddle\b|\/ ?2|>> ?1/.test(normalizedAll);
      const amortized = !binary && enclosingLinear > 0 && AMORTIZED_LOOP.test(line);
      const linear = binary || amortized ? enclosingLinear : enclosingLinear + loopsOnLine;
      const logs = enclosingBinary + (binary ? 1 : 0);
      loopDepth = Math.max(loopDepth, linear);
      loopCost = maxCost(loopCost, { degree: linear, logs, exponential: false });
      stack.push({ indent, kind: binary ? 'binary' : amortized ? 'block' : 'linear' });
    } else if (/[:{]\s*$/.test(line) || /^\s*(if|else|elif|def|function|func|procedure)\b/.test(line)) {
      stack.push({ indent, kind: 'block' });
    }
    braceDepth = Math.max(0, braceDepth + (line.match(/{/g) ?? []).length - ((line.match(/}/g) ?? []).length - leadingClosers));
  }

  if (PROSE_TRIPLE.test(normalizedAll)) loopCost = maxCost(loopCost, { degree: 3, logs: 0, exponential: false });
  else if (PROSE_NESTED.test(normalizedAll)) loopCost = maxCost(loopCost, { degree: 2, logs: 0, exponential: false });
  if (PROSE_NESTED.test(normalizedAll) || PROSE_TRIPLE.test(normalizedAll)) {
    hasLoops = true;
    loopDepth = Math.max(loopDepth, PROSE_TRIPLE.test(normalizedAll) ? 3 : 2);
  }

  let recursive = false;
  let branchingRecursion = false;
  for (const match of normalizedAll.matchAll(FUNCTION_DEF)) {
    const name = match[1] ?? '';
    const body = normalizedAll.slice((match.index ?? 0) + match[0].length);
    const calls = (body.match(new RegExp(`(?<![a-z0-9_])${name}\\s*\\(`, 'g')) ?? []).length;
    if (calls >= 1) recursive = true;
    if (calls >= 2) branchingRecursion = true;
  }
  if (/\brecurs/.test(normalizedAll)) recursive = true;
  const memoized = /\bmemo|\bcache|@lru_cache|@cache|\bdp\s*\[|\bdp\b|\btable\[/.test(normalizedAll);
  const sorts = /\bsort(ed|s|ing)?\b|\.sort\s*\(/.test(normalizedAll);
  const binarySearch =
    /binary search|bisect|lower_bound|lower bound/.test(normalizedAll) || (BINARY_LOOP.test(normalizedAll) && /\bmid\b|\bmiddle\b/.test(normalizedAll));

  let timeCost: Cost = loopCost;
  if (heapInLoop) timeCost = { ...timeCost, logs: Math.max(timeCost.logs, 1) };
  if (sorts) timeCost = maxCost(timeCost, { degree: 1, logs: 1, exponential: false });
  if (binarySearch && !hasLoops) timeCost = maxCost(timeCost, { degree: 0, logs: 1, exponential: false });
  if (recursive) {
    // A flood fill marks what it visits, so its calls are bounded by the input, not exponential.
    const marksVisited = /\bvisited\b|\bseen\b|= ?'0'|= ?"0"|= ?'#'|\bmark/.test(normalizedAll);
    timeCost =
      branchingRecursion && !memoized && !marksVisited
        ? { degree: 0, logs: 0, exponential: true }
        : maxCost(timeCost, { degree: 1, logs: 0, exponential: false });
  }

  const twoDimensional = /\bdp\s*\[[^\]]*\]\s*\[|\[\s*\[|\bmatrix\b|\bgrid\b|\btable\b.*\brows?\b/.test(normalizedAll);
  const linearStructures =
    /\b(hash|map|dict|set|seen|visited|counter|stack|queue|deque|heap|array|list|memo|cache|dp|prefix|suffix|result|output|buckets?)\b|\[\]|\{\}/.test(
      normalizedAll,
    );
  let spaceCost: Cost = { degree: 0, logs: 0, exponential: false };
  if (linearStructures || recursive) spaceCost = { degree: 1, logs: 0, exponential: false };
  if (twoDimensional && memoized) spaceCost = { degree: 2, logs: 0, exponential: false };

  const words = normalizedAll.split(/\s+/).filter(Boolean).length;
  const looksLikeCode = codeLines >= 1 && words >= 4;
  return {
    loopCost,
    loopDepth,
    hasLoops,
    recursive,
    branchingRecursion,
    memoized,
    sorts,
    binarySearch,
    heapInLoop,
    timeCost,
    spaceCost,
    looksLikeCode,
    explanationWords,
  };
}
