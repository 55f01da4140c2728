import type { DsaMessage } from '../../domain/index.js';
import type { DsaFeedbackInput, DsaFeedbackOutput, DsaProblemBrief } from '../../prompts/tasks.js';
import { findDsaProblem } from '../../catalog/dsa-bank.js';
import { analyzeCodeStructure, type CodeStructure } from './dsa/code-structure.js';
import { complexityRank, costRank, formatCost, formatStated, statedAgrees, statedComplexities, statedTotal, type StatedTotal } from './dsa/complexity.js';
import { problemRequirements, requiredMatches, type ProblemRequirement } from '../../catalog/dsa/problem-requirements.js';
import { DSA_BANK } from '../../catalog/dsa-bank.js';
import { cueGroup, EDGE, HASH_CUES, type DsaApproach, type DsaEdgeCase } from '../../catalog/dsa/dsa-problem-types.js';
import { clip, countWords, hasCue, joinLabels, normalizeText, toScore } from '../../internal/text-matching.js';

/** Techniques recognised in any problem, used for problems outside the bank and to name what a candidate did. */
const GENERIC_APPROACHES: readonly { name: string; keywords: RegExp; signature: string[] }[] = [
  { name: 'hash map', keywords: /hash|map|dictionary|set\b/i, signature: [HASH_CUES] },
  { name: 'two pointers', keywords: /two pointers?|pointer/i, signature: ['left|lo|i', 'right|hi|j'] },
  { name: 'sliding window', keywords: /window/i, signature: ['window'] },
  { name: 'binary search', keywords: /binary search/i, signature: ['mid|middle|binary search|bisect'] },
  { name: 'sorting', keywords: /sort/i, signature: ['sort'] },
  { name: 'stack', keywords: /stack/i, signature: ['stack'] },
  { name: 'heap', keywords: /heap|priority queue/i, signature: ['heap|priority queue|heapq'] },
  { name: 'breadth-first search', keywords: /\bbfs\b|breadth/i, signature: ['bfs|queue|deque'] },
  { name: 'depth-first search', keywords: /\bdfs\b|depth-first|depth first/i, signature: ['dfs|recurs'] },
  { name: 'dynamic programming', keywords: /dynamic programming|\bdp\b|memo/i, signature: ['dp|memo|tabulat'] },
  { name: 'greedy', keywords: /greedy/i, signature: ['greedy|farthest|furthest|best so far'] },
  { name: 'union-find', keywords: /union|disjoint/i, signature: ['union|disjoint|parent'] },
  { name: 'trie', keywords: /trie|prefix tree/i, signature: ['trie|children'] },
  { name: 'topological sort', keywords: /topolog|in-degree|indegree/i, signature: ['indegree|in-degree|topolog'] },
  { name: 'backtracking', keywords: /backtrack/i, signature: ['backtrack'] },
];

interface ProblemModel {
  approaches: readonly DsaApproach[];
  bruteForceTime: string | null;
  optimalTime: string | null;
  optimalSpace: string | null;
  edgeCases: readonly DsaEdgeCase[];
  followUps: readonly string[];
}

function edgeCaseFromLabel(label: string): DsaEdgeCase {
  const normalized = normalizeText(label);
  const generic = /empty/.test(normalized)
    ? EDGE.emptyArray(label)
    : /single|one element/.test(normalized)
      ? EDGE.single(label)
      : /duplicate/.test(normalized)
        ? EDGE.duplicates(label)
        : /negative/.test(normalized)
          ? EDGE.negatives(label)
          : /overflow/.test(normalized)
            ? EDGE.overflow(label)
            : /null|none/.test(normalized)
              ? EDGE.nullNode(label)
              : null;
  const words = (normalized.match(/[a-z]{5,}/g) ?? []).filter(
    (word) => !['there', 'which', 'where', 'value', 'values', 'input', 'element', 'elements'].includes(word),
  );
  return { label, cues: [...(generic?.cues ?? []), ...words] };
}

/** The interviewer's model of the problem: the bank entry when known, else one derived from the brief. */
function modelFor(brief: DsaProblemBrief): ProblemModel {
  const bank = findDsaProblem(brief.id);
  if (bank) {
    return {
      approaches: bank.approaches,
      bruteForceTime: bank.bruteForce.time,
      optimalTime: bank.optimalTimeComplexity,
      optimalSpace: bank.optimalSpaceComplexity,
      edgeCases: bank.edgeCases,
      followUps: bank.followUps,
    };
  }
  const optimalRank = complexityRank(brief.optimalTimeComplexity);
  const approaches: DsaApproach[] = brief.expectedApproaches.flatMap((text, index) => {
    const generic = GENERIC_APPROACHES.find((candidate) => candidate.keywords.test(text));
    if (!generic) return [];
    const stated = /\bO\([^)]*\)/.exec(text)?.[0] ?? null;
    const time = stated ?? (index === 0 ? brief.optimalTimeComplexity : 'unknown');
    const rank = complexityRank(time);
    return [
      {
        name: generic.name,
        description: text,
        signature: generic.signature,
        time,
        space: brief.optimalSpaceComplexity,
        optimal: index === 0 || (rank !== null && optimalRank !== null && rank <= optimalRank),
      },
    ];
  });
  return {
    approaches,
    bruteForceTime: null,
    optimalTime: optimalRank === null ? null : brief.optimalTimeComplexity,
    optimalSpace: complexityRank(brief.optimalSpaceComplexity) === null ? null : brief.optimalSpaceComplexity,
    edgeCases: brief.edgeCases.map(edgeCaseFromLabel),
    followUps: brief.followUps,
  };
}

function matchesSignature(normalized: string, signature: readonly string[]): boolean {
  return signature.length > 0 && signature.every((group) => cueGroup(group).some((cue) => hasCue(normalized, cue)));
}

/** The recognised solution: which approach, and its estimated complexities. */
interface Solution {
  approach: string | null;
  matched: DsaApproach | null;
  bruteForce: boolean;
  optimal: boolean;
  time: string | null;
  timeRank: number | null;
  space: string | null;
  /** The approach was described in words but its pseudocode was not written. */
  describedOnly: boolean;
}

/** The estimated space, named like the approach's time when both are a full table ("O(m · n)"). */
function spaceOf(structure: CodeStructure, time: string): string {
  if (structure.spaceCost.degree === 2 && complexityRank(time) === costRank(structure.spaceCost) && /\bm\b/i.test(time)) return time;
  return formatCost(structure.spaceCost);
}

function recognise(model: ProblemModel, code: string, structure: CodeStructure, description: string | null): Solution {
  const normalized = normalizeText(code);
  const structureRank = costRank(structure.timeCost);
  const optimalRank = complexityRank(model.optimalTime);
  const matches = model.approaches.filter((approach) => matchesSignature(normalized, approach.signature));
  const consistent = matches.filter((approach) => {
    const rank = complexityRank(approach.time);
    return rank === null || structureRank <= rank;
  });
  const chosen = consistent.find((approach) => approach.optimal) ?? consistent[0] ?? null;

  if (chosen) {
    const rank = complexityRank(chosen.time);
    return {
      approach: chosen.name,
      matched: chosen,
      bruteForce: false,
      optimal: chosen.optimal && (rank === null || optimalRank === null || rank <= optimalRank),
      time: chosen.time === 'unknown' ? formatCost(structure.timeCost) : chosen.time,
      timeRank: rank ?? structureRank,
      // A solution can use more memory than the approach needs (a full table instead of one row).
      space:
        chosen.space === 'unknown' || costRank(structure.spaceCost) > (complexityRank(chosen.space) ?? Number.POSITIVE_INFINITY)
          ? spaceOf(structure, chosen.time)
          : chosen.space,
      describedOnly: false,
    };
  }

  if (description) {
    const described = model.approaches.find((approach) => approach.optimal && matchesSignature(normalizeText(description), approach.signature));
    if (described) {
      return {
        approach: described.name,
        matched: described,
        bruteForce: false,
        optimal: true,
        time: described.time,
        timeRank: complexityRank(described.time),
        space: described.space,
        describedOnly: true,
      };
    }
  }

  const time = structure.hasLoops || structure.recursive || structure.sorts || structure.binarySearch ? formatCost(structure.timeCost) : null;
  const bruteRank = complexityRank(model.bruteForceTime);
  // Nested loops over the rows and columns of a grid are linear in its size: brute force is
  // only work beyond the optimum.
  const beyondOptimum = optimalRank === null || structureRank > optimalRank;
  const bruteForce =
    ((structure.loopDepth >= 2 || structure.timeCost.exponential) && beyondOptimum) ||
    (bruteRank !== null && time !== null && structureRank >= bruteRank && structureRank > (optimalRank ?? -1));
  // Exhaustive recursion is brute force whatever names it uses.
  const partial = structure.timeCost.exponential && (optimalRank ?? 0) < 100 ? undefined : matches[0];
  const generic = GENERIC_APPROACHES.find((candidate) => matchesSignature(normalized, candidate.signature));
  const name = bruteForce
    ? structure.timeCost.exponential
      ? 'brute force (exhaustive recursion)'
      : 'brute force (nested loops)'
    : partial
      ? `${partial.name} with extra nested work`
      : (generic?.name ?? (time ? 'direct iteration' : null));
  return {
    approach: name,
    matched: null,
    bruteForce,
    optimal: !bruteForce && optimalRank !== null && time !== null && structureRank <= optimalRank && !partial,
    time,
    timeRank: time ? structureRank : null,
    space: time ? formatCost(structure.spaceCost) : null,
    describedOnly: false,
  };
}

function latestPseudocode(input: DsaFeedbackInput): string | null {
  if (input.latest.kind === 'pseudocode') return input.latest.text;
  for (let index = input.conversation.length - 1; index >= 0; index -= 1) {
    const message = input.conversation[index];
    if (message?.role === 'candidate' && message.kind === 'pseudocode') return message.text;
  }
  return null;
}

function candidateTexts(input: DsaFeedbackInput): string[] {
  return [...input.conversation.filter((message) => message.role === 'candidate').map((message) => message.text), input.latest.text];
}

// ---------------------------------------------------------------------------------------------
// Follow-ups

type FollowUpKind = 'complexity' | 'recheck' | 'optimise' | 'edge' | 'first-attempt' | 'problem';

interface FollowUp {
  kind: FollowUpKind;
  text: string;
  edgeCase?: DsaEdgeCase;
}

const COMPLEXITY_QUESTION = 'What are the time and space complexities of your solution, and why?';
const FIRST_ATTEMPT_QUESTION =
  'Start with the simplest correct solution you can think of, even a brute force: how would you solve a small example by hand, and how would you turn those steps into pseudocode?';

function classifyFollowUp(text: string, model: ProblemModel): FollowUp {
  if (text === COMPLEXITY_QUESTION) return { kind: 'complexity', text };
  if (text === FIRST_ATTEMPT_QUESTION) return { kind: 'first-attempt', text };
  if (/^You said O\(/.test(text)) return { kind: 'recheck', text };
  if (/Can you do better\?/.test(text)) return { kind: 'optimise', text };
  const edge = model.edgeCases.find((edgeCase) => text === edgeQuestion(edgeCase));
  if (edge) return { kind: 'edge', text, edgeCase: edge };
  return { kind: 'problem', text };
}

function edgeQuestion(edgeCase: DsaEdgeCase): string {
  return `How does your solution handle ${edgeCase.label}?`;
}

function lastFollowUp(conversation: readonly DsaMessage[]): string | null {
  for (let index = conversation.length - 1; index >= 0; index -= 1) {
    const message = conversation[index];
    if (message?.role === 'interviewer' && message.kind === 'follow_up') return message.text;
    if (message?.role === 'candidate') return null;
  }
  return null;
}

interface ReplyJudgement {
  addressed: boolean;
  note: string;
}

function judgeReply(followUp: FollowUp, reply: string, solution: Solution, model: ProblemModel, codeHandles: readonly DsaEdgeCase[] = []): ReplyJudgement {
  const normalized = normalizeText(reply);
  const stated = statedComplexities(reply);
  const total = statedTotal([reply], 'time');
  switch (followUp.kind) {
    case 'complexity':
    case 'recheck': {
      if (!total) return { addressed: false, note: 'I could not find a time complexity in Big-O terms in the reply.' };
      return statedAgrees(total, solution.timeRank)
        ? { addressed: true, note: `${formatStated(total)} time is right for this solution.` }
        : {
            addressed: false,
            note: `${formatStated(total)} does not match my estimate of ${solution.time ?? 'the cost'} for the pseudocode; count the cost of each loop and what runs inside it.`,
          };
    }
    case 'optimise': {
      const optimal = model.approaches.find((approach) => approach.optimal && matchesSignature(normalized, approach.signature));
      const optimalRank = complexityRank(model.optimalTime);
      if (optimal) return { addressed: true, note: `Moving to ${optimal.name} is the right idea.` };
      if (total && optimalRank !== null && total.primary.rank === optimalRank && countWords(reply) >= 12)
        return { addressed: true, note: `An ${total.primary.text} idea is the right target.` };
      return { addressed: false, note: 'The reply does not yet describe a faster approach.' };
    }
    case 'edge': {
      const edgeCase = followUp.edgeCase;
      const mentions = edgeCase ? edgeHandledIn(edgeCase, reply) || mentionsEdge(edgeCase, normalized) : false;
      const handling =
        /\b(return|returns|check|checks|if|guard|handle|handles|handled|skip|early|special case|base case|throw|raise|already|covers?|works?)\b/.test(
          normalized,
        );
      return (mentions && handling) || (edgeCase !== undefined && codeHandles.includes(edgeCase))
        ? { addressed: true, note: `Handling ${edgeCase?.label ?? 'that case'} explicitly is right.` }
        : { addressed: false, note: `I could not find in the reply what the code does for ${edgeCase?.label ?? 'that case'}.` };
    }
    case 'first-attempt':
    case 'problem': {
      const technique = GENERIC_APPROACHES.find((approach) => matchesSignature(normalized, approach.signature));
      const reason = /\bbecause\b|\bso that\b|\bwhich means\b/.test(normalized);
      if (countWords(reply) < 12 || (!technique && stated.length === 0 && !reason)) {
        return { addressed: false, note: 'The reply is too thin to answer the follow-up; explain the idea and its cost.' };
      }
      // The note names what was found, so the sentence it ends ("That answers the follow-up: …") says something.
      // Literal evidence (a stated cost, a "because") comes before the looser technique cues.
      const note = stated[0] ? `it states a cost (${stated[0].text}).` : reason ? 'it gives a reason for the idea.' : 'it outlines an approach.';
      return { addressed: true, note };
    }
  }
}

// ---------------------------------------------------------------------------------------------

/** Identifiers named in an edge-case label ("beginWord equal to endWord" → beginWord, endWord). */
function labelIdentifiers(label: string): string[] {
  return [...label.matchAll(/\b[a-z]+[A-Z][A-Za-z]*\b/g)].map((match) => match[0]);
}

/** A pattern for an identifier written as code or as words: beginWord, begin_word, "begin word". */
function identifierPattern(identifier: string): string {
  return identifier
    .split(/(?=[A-Z])/)
    .map((part) => part.toLowerCase())
    .join('[\\s_]?');
}

/**
 * Whether a text handles an edge case that compares two named values, by a guard in code
 * (`if beginWord == endWord`, `if end_word is begin_word`) or in words ("when the begin word
 * equals the end word I return 1").
 */
function edgeHandledIn(edgeCase: DsaEdgeCase, text: string): boolean {
  const normalized = normalizeText(text);
  const ids = labelIdentifiers(edgeCase.label);
  if (ids.length >= 2 && /\bequal|\bsame|==/.test(normalizeText(edgeCase.label))) {
    const [a, b] = ids.map(identifierPattern) as [string, string];
    const relation = '\\s*(?:===?|\\bis\\b|\\bequals?\\b|\\bequal to\\b|\\bis equal to\\b|\\bis the same as\\b|\\bsame as\\b|\\bmatches\\b)\\s*(?:the\\s+)?';
    const together = new RegExp(`\\b(?:${a}${relation}${b}|${b}${relation}${a}|${a}\\s+and\\s+(?:the\\s+)?${b}\\s+are\\s+(?:the\\s+same|equal|identical))`);
    if (together.test(normalized)) return true;
  }
  return edgeCase.cues.some((cue) => hasCue(normalized, cue));
}

/** Whether a reply talks about an edge case, by its cues or the distinctive words of its label. */
function mentionsEdge(edgeCase: DsaEdgeCase, normalized: string): boolean {
  if (edgeCase.cues.some((cue) => hasCue(normalized, cue))) return true;
  const words = (normalizeText(edgeCase.label).match(/[a-z]{4,}/g) ?? []).filter(
    (word) => !['with', 'that', 'from', 'into', 'than', 'equal', 'there'].includes(word),
  );
  return words.length > 0 && words.filter((word) => normalized.includes(word)).length >= Math.min(2, words.length);
}

/** Words that show a prose description walks through steps rather than naming a technique. */
const STEP_WORDS =
  /\b(for each|for every|iterate|loop|while|until|push|pop|append|insert|remove|increment|decrement|move|swap|compare|return|check (?:if|whether)|if|otherwise|else|then|add (?:it|them|each|the)|keep track|update|store|put)\b/g;

function stepCount(text: string): number {
  return (normalizeText(text).match(STEP_WORDS) ?? []).length;
}

/** The relevance check: which of the problem's requirements a submission meets. */
interface Relevance {
  checked: boolean;
  relevant: boolean;
  missing: ProblemRequirement[];
  /** A bank problem whose requirements the submission meets instead, when there is one. */
  looksLike: string | null;
}

function meets(requirement: ProblemRequirement, normalized: string): boolean {
  return requirement.cues.some((cue) => hasCue(normalized, cue));
}

function relevanceOf(problemId: string, text: string): Relevance {
  const requirements = problemRequirements(problemId);
  if (requirements.length === 0 || !text.trim()) return { checked: false, relevant: true, missing: [], looksLike: null };
  // Identifiers are read both as written (begin_word) and without underscores (beginword).
  const normalized = `${normalizeText(text)}\n${normalizeText(text).replace(/_/g, '')}`;
  const missing = requirements.filter((requirement) => !meets(requirement, normalized));
  const relevant = requirements.length - missing.length >= requiredMatches(requirements.length);
  if (relevant) return { checked: true, relevant, missing, looksLike: null };
  const other = DSA_BANK.find((problem) => {
    if (problem.id === problemId) return false;
    const theirs = problemRequirements(problem.id);
    return theirs.length > 0 && theirs.every((requirement) => meets(requirement, normalized));
  });
  return { checked: true, relevant, missing, looksLike: other?.title ?? null };
}

/**
 * The offline DSA interviewer. First checks that the submission solves the problem asked
 * (its operations, structures and return shape) and that it contains an algorithm at all;
 * then recognises the approach in the candidate's pseudocode, estimates time and space
 * complexity from its structure, compares the complexity the candidate stated (quoted as
 * written), checks edge cases in the code and the replies, scores the solution so far,
 * acknowledges answered follow-ups and asks one new one. Later turns add what is new instead
 * of repeating the analysis. The discussion is done once the solution is optimal, its edge
 * cases are handled and at least one follow-up was answered, or when the turn limit is reached.
 */
export function analyzeDsa(input: DsaFeedbackInput): DsaFeedbackOutput {
  const model = modelFor(input.problem);
  const code = latestPseudocode(input) ?? '';
  const description = input.latest.kind === 'message' ? input.latest.text : null;
  const texts = candidateTexts(input);
  const allText = texts.join('\n');
  // Without any pseudocode yet, a message describing the algorithm is judged instead.
  const judged = code || (description ?? '');
  const structure = analyzeCodeStructure(judged);
  const relevance = relevanceOf(input.problem.id, judged);
  // A stated Big-O is not code: "Hash map, O(n)." is still words without an algorithm.
  const withoutBigO = judged.replace(/\b[oO]\s*\((?:[^()\n]|\([^()\n]*\))*\)/g, ' ');
  const wordsOnly = !code && judged.trim() !== '' && !analyzeCodeStructure(withoutBigO).looksLikeCode && stepCount(withoutBigO) < 4;
  const recognised = recognise(model, judged, structure, description);
  // Tests are ground truth. Code that passed a large input within the time limit is fast enough,
  // whatever its loops look like to these rules: they then claim no approach or complexity.
  const tests = input.latest.kind === 'pseudocode' ? input.latest.tests : undefined;
  const allPassed = tests !== undefined && tests.total > 0 && tests.passed === tests.total;
  const fastEnough = allPassed && tests.largeInputPassed && !recognised.optimal;
  const solution: Solution = fastEnough
    ? {
        ...recognised,
        approach: null,
        matched: null,
        bruteForce: false,
        optimal: true,
        describedOnly: false,
        time: null,
        timeRank: complexityRank(model.optimalTime),
        space: null,
      }
    : recognised;

  const stated = statedTotal(texts, 'time');
  const statedCorrect = statedAgrees(stated, solution.timeRank);

  const codeHandles = model.edgeCases.filter((edgeCase) => texts.some((text) => edgeHandledIn(edgeCase, text)));

  // Judge every follow-up the candidate has answered so far.
  const judgements: (ReplyJudgement & { followUp: FollowUp })[] = [];
  const asked: string[] = [];
  input.conversation.forEach((message, index) => {
    if (message.role !== 'interviewer' || message.kind !== 'follow_up') return;
    asked.push(message.text);
    const next = input.conversation.slice(index + 1).find((entry) => entry.role === 'candidate');
    if (next && next.kind === 'message') {
      const followUp = classifyFollowUp(message.text, model);
      judgements.push({ ...judgeReply(followUp, next.text, solution, model, codeHandles), followUp });
    }
  });
  const pending = input.latest.kind === 'message' ? lastFollowUp(input.conversation) : null;
  const pendingFollowUp = pending ? classifyFollowUp(pending, model) : null;
  const latestJudgement = pendingFollowUp
    ? { ...judgeReply(pendingFollowUp, input.latest.text, solution, model, codeHandles), followUp: pendingFollowUp }
    : null;
  if (latestJudgement) judgements.push(latestJudgement);
  const answeredFollowUps = judgements.filter((judgement) => judgement.addressed).length;

  // An edge case counts as handled when the code guards it or a reply explained it.
  const explained = judgements
    .filter((judgement) => judgement.addressed && judgement.followUp.edgeCase)
    .map((judgement) => judgement.followUp.edgeCase as DsaEdgeCase);
  // The hidden tests cover the problem's edge cases: when every one passed, none was missed.
  const handled = allPassed ? [...model.edgeCases] : model.edgeCases.filter((edgeCase) => codeHandles.includes(edgeCase) || explained.includes(edgeCase));
  const missed = model.edgeCases.filter((edgeCase) => !handled.includes(edgeCase));

  const messages = [
    ...input.conversation.filter((message) => message.role === 'candidate' && message.kind === 'message').map((message) => message.text),
    ...(input.latest.kind === 'message' ? [input.latest.text] : []),
  ];
  const explanationWords = structure.explanationWords + messages.reduce((sum, text) => sum + countWords(text), 0);
  const noAlgorithm = (!structure.looksLikeCode && solution.approach === null && answeredFollowUps === 0) || (wordsOnly && !code);
  const offProblem = !noAlgorithm && !relevance.relevant;
  const insufficient = noAlgorithm || offProblem;

  const score = noAlgorithm
    ? judged.trim() === ''
      ? 0
      : wordsOnly && solution.approach
        ? 1.5
        : allText.trim()
          ? 0.5
          : 0
    : offProblem
      ? structure.looksLikeCode
        ? 1.5
        : 1
      : scoreOf(solution, statedCorrect, handled.length, model.edgeCases.length, explanationWords, answeredFollowUps, complexityRank(model.optimalTime));

  const complete = !insufficient && solution.optimal && !solution.describedOnly && missed.length === 0 && answeredFollowUps >= 1;
  const atLimit = input.turn >= input.maxTurns;
  const followUp =
    complete || atLimit ? null : chooseFollowUp({ input, model, solution, stated, statedCorrect, missed, asked, noAlgorithm, offProblem, relevance });
  const done = complete || atLimit || followUp === null;

  // The analysis was already given when the interviewer replied after the latest pseudocode.
  const lastCode = [...input.conversation].reverse().findIndex((message) => message.role === 'candidate' && message.kind === 'pseudocode');
  const analysedBefore =
    input.latest.kind === 'message' &&
    lastCode >= 0 &&
    input.conversation.slice(input.conversation.length - lastCode).some((message) => message.role === 'interviewer' && message.kind === 'feedback');
  const before = analysedBefore
    ? model.edgeCases.filter((edgeCase) => texts.slice(0, -1).some((text) => edgeHandledIn(edgeCase, text)) || explained.slice(0, -1).includes(edgeCase))
    : [];
  const statedBefore = analysedBefore ? statedTotal(texts.slice(0, -1), 'time') : null;

  const analysis = replyText({
    input,
    model,
    solution,
    stated,
    statedCorrect,
    handled,
    missed,
    noAlgorithm,
    offProblem,
    relevance,
    latestJudgement,
    done,
    atLimit,
    analysedBefore,
    handledBefore: before,
    statedBefore,
  });
  const reply = fastEnough && !insufficient ? `It passed every test, the large input within the time limit. ${analysis}`.trim() : analysis;
  const approach = insufficient ? (offProblem ? 'not a solution to this problem' : null) : solution.approach;
  return {
    reply: clip(reply, 2000),
    score,
    approach: approach ? clip(approach, 80) : null,
    timeComplexity: !insufficient && solution.time ? clip(solution.time, 40) : null,
    spaceComplexity: !insufficient && solution.space ? clip(solution.space, 40) : null,
    edgeCasesHandled: insufficient ? [] : handled.slice(0, 10).map((edgeCase) => clip(edgeCase.label, 120)),
    edgeCasesMissed: insufficient ? [] : missed.slice(0, 10).map((edgeCase) => clip(edgeCase.label, 120)),
    strengths: insufficient ? [] : strengthsOf(solution, statedCorrect, stated, handled, explanationWords, answeredFollowUps).slice(0, 6),
    improvements: improvementsOf({ input, model, solution, stated, statedCorrect, missed, noAlgorithm, offProblem, relevance }).slice(0, 6),
    followUp: done ? null : followUp,
    done,
  };
}

function scoreOf(
  solution: Solution,
  statedCorrect: boolean,
  handled: number,
  totalEdgeCases: number,
  explanationWords: number,
  answeredFollowUps: number,
  optimalRank: number | null,
): number {
  let approach: number;
  if (solution.optimal && !solution.describedOnly) approach = 5;
  else if (solution.optimal) approach = 4;
  else if (solution.matched) approach = 4;
  else if (solution.approach?.includes('extra nested work')) approach = 3;
  else if (solution.bruteForce) approach = 2.5;
  else approach = solution.time ? 1.5 : 1;

  const complexity =
    solution.optimal && solution.timeRank !== null && (optimalRank === null || solution.timeRank <= optimalRank)
      ? 1.5
      : solution.time && !solution.bruteForce
        ? 1
        : 0;
  const edges = totalEdgeCases > 0 ? (handled / totalEdgeCases) * 1.5 : 0.75;
  let total = approach + complexity + (statedCorrect ? 1 : 0) + edges + (explanationWords >= 15 ? 0.5 : 0) + (answeredFollowUps > 0 ? 0.5 : 0);
  if (solution.bruteForce) total = Math.min(total, 5);
  if (!solution.matched && !solution.bruteForce && !solution.optimal) total = Math.min(total, 3.5);
  return toScore(total);
}

function chooseFollowUp(options: {
  input: DsaFeedbackInput;
  model: ProblemModel;
  solution: Solution;
  stated: StatedTotal | null;
  statedCorrect: boolean;
  missed: readonly DsaEdgeCase[];
  asked: readonly string[];
  noAlgorithm: boolean;
  offProblem: boolean;
  relevance: Relevance;
}): string | null {
  const { input, model, solution, stated, statedCorrect, missed, asked, noAlgorithm, offProblem, relevance } = options;
  const optimalApproach = model.approaches.find((approach) => approach.optimal);
  const candidates: string[] = [];
  if (offProblem) {
    const needs = relevance.missing.slice(0, 2).map((requirement) => requirement.label);
    candidates.push(
      `Let's come back to ${input.problem.title}. Re-read the problem: what are the inputs and what must be returned? Then write pseudocode for it${needs.length ? `, with ${joinLabels(needs)}` : ''}.`,
    );
  }
  if (noAlgorithm) {
    candidates.push(FIRST_ATTEMPT_QUESTION);
    if (optimalApproach?.hint) candidates.push(`Here is a hint: ${optimalApproach.hint} Try writing pseudocode with that idea.`);
  }
  const insufficient = noAlgorithm || offProblem;
  if (!insufficient && (!solution.optimal || solution.describedOnly)) {
    if (solution.describedOnly)
      candidates.push(
        `That idea sounds right. Can you do better than describing it? Write the pseudocode for the ${solution.approach ?? 'approach'} so we can check it step by step.`,
      );
    else {
      const hint = optimalApproach?.hint ?? 'Which work is repeated inside your loops, and could a data structure remember it?';
      candidates.push(`Your solution runs in ${solution.time ?? 'more time than necessary'}. Can you do better? ${hint}`);
    }
  }
  if (!insufficient && !stated) candidates.push(COMPLEXITY_QUESTION);
  if (!insufficient && stated && !statedCorrect && solution.time) {
    candidates.push(
      `You said ${stated.primary.text} for the time complexity. Walk me through the cost of each loop and of the work inside it again: what is the total?`,
    );
  }
  if (!insufficient) for (const edgeCase of missed) candidates.push(edgeQuestion(edgeCase));
  if (!insufficient) candidates.push(...model.followUps);
  return candidates.find((candidate) => !asked.includes(candidate)) ?? null;
}

function replyText(options: {
  input: DsaFeedbackInput;
  model: ProblemModel;
  solution: Solution;
  stated: StatedTotal | null;
  statedCorrect: boolean;
  handled: readonly DsaEdgeCase[];
  missed: readonly DsaEdgeCase[];
  noAlgorithm: boolean;
  offProblem: boolean;
  relevance: Relevance;
  latestJudgement: (ReplyJudgement & { followUp: FollowUp }) | null;
  done: boolean;
  atLimit: boolean;
  analysedBefore: boolean;
  handledBefore: readonly DsaEdgeCase[];
  statedBefore: StatedTotal | null;
}): string {
  const {
    input,
    model,
    solution,
    stated,
    statedCorrect,
    handled,
    missed,
    noAlgorithm,
    offProblem,
    relevance,
    latestJudgement,
    done,
    atLimit,
    analysedBefore,
    handledBefore,
    statedBefore,
  } = options;
  const parts: string[] = [];
  if (latestJudgement)
    parts.push(
      latestJudgement.addressed
        ? `That answers the follow-up: ${latestJudgement.note}`
        : `That does not fully answer the follow-up yet: ${latestJudgement.note}`,
    );
  if (offProblem) {
    const missing = relevance.missing.map((requirement) => requirement.label);
    parts.push(
      `This does not solve ${input.problem.title}${relevance.looksLike ? `; it looks like a solution to ${relevance.looksLike}` : ''}. I could not find ${joinLabels(missing)} in it, which a solution to this problem needs.`,
    );
  } else if (noAlgorithm) {
    parts.push(
      'There is not enough here to assess yet: I cannot recognise an algorithm in it. Write the steps as pseudocode, even for a simple brute-force solution.',
    );
  } else if (analysedBefore) {
    // The analysis of this pseudocode was given already: only what changed is news.
    const acknowledged = latestJudgement?.addressed ? latestJudgement.followUp.edgeCase : undefined;
    const newlyHandled = handled.filter((edgeCase) => !handledBefore.includes(edgeCase) && edgeCase !== acknowledged);
    if (newlyHandled.length > 0) parts.push(`Now covered: ${joinLabels(newlyHandled.map((edgeCase) => edgeCase.label))}.`);
    const latestStated =
      stated && (!statedBefore || statedBefore.primary.text !== stated.primary.text || statedBefore.factors.length !== stated.factors.length) ? stated : null;
    const judgedComplexity = latestJudgement?.followUp.kind === 'complexity' || latestJudgement?.followUp.kind === 'recheck';
    if (latestStated && !judgedComplexity)
      parts.push(
        statedCorrect
          ? `Your analysis (${formatStated(latestStated)}) is right.`
          : `You stated ${formatStated(latestStated)}; my estimate is ${solution.time ?? 'different'}.`,
      );
  } else {
    if (solution.approach) {
      const verdict = solution.optimal
        ? solution.describedOnly
          ? 'That is the optimal approach, but it is described rather than written out.'
          : 'That is an optimal approach.'
        : solution.bruteForce
          ? 'It is a brute-force solution.'
          : 'It works, but it is not optimal.';
      parts.push(`Approach recognised: ${solution.approach}. ${verdict}`);
    }
    if (solution.time) {
      const target = model.optimalTime && !solution.optimal ? ` The optimum for this problem is ${model.optimalTime}.` : '';
      parts.push(`Estimated complexity: ${solution.time} time and ${solution.space ?? 'O(1)'} extra space.${target}`);
    }
    if (stated && latestJudgement?.followUp.kind !== 'complexity' && latestJudgement?.followUp.kind !== 'recheck') {
      parts.push(
        statedCorrect
          ? `Your own analysis (${formatStated(stated)}) is right.`
          : `You stated ${formatStated(stated)}; my estimate is ${solution.time ?? 'different'}.`,
      );
    }
    if (handled.length > 0) parts.push(`Edge cases handled: ${joinLabels(handled.map((edgeCase) => edgeCase.label))}.`);
    if (missed.length > 0) parts.push(`I did not see handling for ${joinLabels(missed.map((edgeCase) => edgeCase.label))}.`);
  }
  if (done)
    parts.push(
      atLimit
        ? 'We have reached the end of the discussion time. Thank you.'
        : 'Good discussion: the solution is optimal, its edge cases are covered and you answered the follow-up. We can stop here.',
    );
  return parts.join(' ');
}

function strengthsOf(
  solution: Solution,
  statedCorrect: boolean,
  stated: StatedTotal | null,
  handled: readonly DsaEdgeCase[],
  explanationWords: number,
  answeredFollowUps: number,
): string[] {
  const items: string[] = [];
  if (solution.optimal && solution.approach) items.push(`Chose an optimal approach (${solution.approach}).`);
  else if (solution.matched) items.push(`Found a working approach (${solution.matched.name}).`);
  else if (solution.bruteForce) items.push('Wrote a brute-force baseline first.');
  if (statedCorrect && stated) items.push(`Analysed the complexity correctly (${formatStated(stated)}).`);
  if (handled.length > 0) items.push(`Handled edge cases: ${joinLabels(handled.slice(0, 3).map((edgeCase) => edgeCase.label))}.`);
  if (explanationWords >= 15) items.push('Explained the reasoning alongside the code.');
  if (answeredFollowUps > 0) items.push('Answered follow-up questions with substance.');
  return items.map((item) => clip(item, 300));
}

function improvementsOf(options: {
  input: DsaFeedbackInput;
  model: ProblemModel;
  solution: Solution;
  stated: StatedTotal | null;
  statedCorrect: boolean;
  missed: readonly DsaEdgeCase[];
  noAlgorithm: boolean;
  offProblem: boolean;
  relevance: Relevance;
}): string[] {
  const { input, model, solution, stated, statedCorrect, missed, noAlgorithm, offProblem, relevance } = options;
  const items: string[] = [];
  if (offProblem) {
    items.push(`Solve the problem asked (${input.problem.title}): a solution needs ${joinLabels(relevance.missing.map((requirement) => requirement.label))}.`);
    return items;
  }
  if (noAlgorithm) {
    items.push('Write the algorithm as step-by-step pseudocode: inputs, loops, data structures and what is returned.');
    items.push('Start with a brute-force solution, state its complexity, then look for the repeated work to remove.');
    return items;
  }
  const optimal = model.approaches.find((approach) => approach.optimal);
  if (!solution.optimal && optimal) items.push(`Aim for ${model.optimalTime ?? 'a faster complexity'}: ${optimal.hint ?? `consider ${optimal.name}.`}`);
  if (solution.describedOnly) items.push('Write the described approach as pseudocode so it can be checked.');
  if (!stated) items.push('State the time and space complexity of your solution and justify it.');
  else if (!statedCorrect) items.push(`Re-check the complexity: you said ${stated.primary.text}, the structure suggests ${solution.time ?? 'otherwise'}.`);
  if (missed.length > 0) items.push(`Handle ${joinLabels(missed.slice(0, 3).map((edgeCase) => edgeCase.label))}.`);
  return items.map((item) => clip(item, 300));
}
