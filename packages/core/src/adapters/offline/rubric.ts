import type { QuestionKind } from '../../domain/index.js';
import type { EvaluateAnswerInput, EvaluateAnswerOutput } from '../../prompts/tasks.js';
import { rubricFor, type KeyConcept, type QuestionRubric } from '../../catalog/question-bank.js';
import { extractSkills, SKILL_TAXONOMY, skillFamilies } from '../../catalog/taxonomy.js';
import { widenCues } from '../../catalog/concept-synonyms.js';
import type { DetectedRole } from '../../domain/index.js';
import {
  clip,
  countWords,
  firstStemmedCue,
  NUMBER_WORDS,
  joinLabels,
  looseKey,
  normalizeText,
  quote,
  splitSentences,
  toScore,
  uniqueBy,
  type SentenceSpan,
} from '../../internal/text-matching.js';

// ---------------------------------------------------------------------------------------------
// Signals

const SITUATION =
  /\b(when i was|at my (previous|last|current|first|old) (job|role|company|employer|team|position)|in my (previous|last|current|first) (role|job|company|team|position)|last (year|quarter|month|summer|spring|autumn|winter)|(a few|two|three|several) (weeks|months|years) ago|we were|our team (was|had)|the (project|company|team|client|customer|product|system|service) (was|had|needed|kept)|there was|situation|context|background|at the time|while (working|i was)|back in|in (19|20)\d\d|during (a|the|my))\b/;
const TASK =
  /\b(my (role|task|job|goal|responsibility|mandate|assignment) (was|were|became)|i was (responsible|asked|tasked|in charge|assigned|the (owner|lead))|i (needed|had) to|we (needed|had) to|the goal was|our goal|objective|the task was|the challenge was|my task|the deadline|had to (deliver|ship|fix|decide|choose|migrate|reduce)|i owned|i took ownership|it was (up to me|my job)|had to|must|needed to|(was|were) asked to|asked me to|i was the one|my job was|in charge)\b/;
const FIRST_PERSON_ACTION =
  /\b(i|so i|then i|first,? i|next,? i|finally,? i)\s+(?:then |first |also |personally |quickly |immediately |carefully |eventually )?(decided|built|created|wrote|designed|implemented|proposed|organi[sz]ed|set up|scheduled|talked|spoke|met|analy[sz]ed|investigated|led|introduced|refactored|migrated|automated|negotiated|prioriti[sz]ed|reached out|asked|suggested|prototyped|measured|documented|presented|convinced|coordinated|identified|started|changed|split|added|reviewed|mentored|paired|rolled|fixed|debugged|drafted|ran|tested|hired|delegated|escalated|listened|explained|compared|benchmarked|deployed|shipped|launched|called|restructured|focused|gathered|collected|interviewed|mapped|broke|cut|moved|replaced|rewrote|pushed|worked|volunteered|took|made|set|kept|sat down|wrote up|put together|brought|created|defined|reduced|simplified|trained|coached|facilitated|ran)\b/;
const IRREGULAR_PAST =
  'did|made|took|wrote|built|sat|went|got|told|ran|set|kept|found|showed|gave|brought|led|spent|sent|chose|put|read|said|began|drew|held|met|paid|sold|stood|taught|threw|won|cut|split|spoke|rewrote|rebuilt|caught|fought|bought|picked|left';
const PRESENT_ACTION =
  'make|take|kill|explain|listen|ask|migrate|present|write|build|fix|add|start|move|call|check|split|run|create|send|talk|show|test|deploy|change|help|remove|restore|implement|design|propose|introduce|measure|contact|tell|find|decide|rewrite|refactor|profile';
const NOT_ACTIONS =
  'wanted|needed|liked|loved|hoped|used|supposed|guessed|believed|assumed|expected|joined|owned|learned|learnt|noticed|realised|realized|saw|heard|felt|thought|was|were|had|am|think|guess|feel|mean|know|have|would|will|can|could|should|must|really|just|never|always|still';
/** Weaker signs of an outcome, trusted only in the closing sentence of a story. */
const CLOSING_OUTCOME =
  /\b(stopped|since|anymore|again|no longer|worked|happy|fine|better|faster|slower|lower|higher|less|deliver|ship|launch|finish|done|success|passed|grew|dropped|improved|went|gone|solved|fixed|saved|won|kept|stable)\b/;
/** A first-person action in any tense and phrasing: "I sat down", "he and I co-wrote", "I make small prototype". */
const ANY_FIRST_PERSON_ACTION = new RegExp(
  `\\b(?:i|(?:he|she|they|[a-z]+) and i|me and [a-z ]{2,20}?)\\s+(?:(?:then|also|first|just|actually|quickly|finally|personally|immediately|eventually|carefully|once|only|even)\\s+)?(?:have\\s+)?(?!(?:${NOT_ACTIONS})\\b)(?:[a-z]+(?:-[a-z]+)?ed|${IRREGULAR_PAST}|${PRESENT_ACTION})\\b`,
);
/** A sentence that starts with an action verb and no subject, as in notes or bullets: "Built the prototype." */
const SUBJECTLESS_ACTION = new RegExp(
  `^(?:then |so |and |also )?(?!(?:${NOT_ACTIONS}|based|related|used|supposed|focused)\\b)(?:[a-z]+ed|${IRREGULAR_PAST})\\b`,
);
const TEAM_ACTION =
  /\bwe\s+(?:then |also |quickly )?(decided|built|created|wrote|designed|implemented|migrated|automated|deployed|shipped|launched|fixed|rolled|introduced|changed|agreed|ran|tested|moved|replaced|set up)\b/;
const RESULT =
  /\b(as a result|results?|resulted|outcome|in the end|eventually|ultimately|consequently|which (led|resulted|meant)|led to|(reduced|increased|improved|cut|saved|grew|dropped|decreased|boosted|raised|lowered|halved|doubled|tripled|eliminated|recovered|fell|passed|renewed|adopted|switched|accepted?|succeeded|finished|completed|stabili[sz]ed)\b|delivered|shipped|launched|went (live|down|up|from)|go live|on time|ahead of schedule|on schedule|was adopted|were adopted|got promoted|retained|satisfied|closed the deal|never happened again|has not happened since|(none|nothing|no \w+) since|no similar|not lost|faster|fewer|by the end|from then on|after (a|one|two|three|\d+) (weeks?|months?|quarters?)|now (she|he|they|the team|it|we|i|our team) |(she|he|they) (ran|found|now|became|asked|still|renewed|accepted?)|worked\.|was fine|were fine|ended up|came back|come back|became|stayed|used daily|mentioned|refunded|restored|resolved|we now|now have|is now|are now|time now|now \d+|now under|now takes|now runs|still runs|(months?|weeks?|years?|days?) later|the next (\w+ ){1,2}(were|was|are))\b/;
const REFLECTION =
  /\b(i learned|i learnt|i've learned|we learned|lessons?( learned)?|in hindsight|looking back|next time i|i would now|i'd now|i would do|i'd do|since then,? i (always|now|add|write|check|make|run|use|do|never)|taught me|takeaway|do (it|things) differently|have done .{0,30} differently|what i'd change|now i always|i now always)\b/;
const UNITS =
  '%|percent\\b|x\\b|×|ms\\b|milliseconds?\\b|s\\b|seconds?\\b|secs?\\b|minutes?\\b|mins?\\b|hours?\\b|hrs?\\b|days?\\b|weeks?\\b|months?\\b|quarters?\\b|years?\\b|sprints?\\b|k\\b|m\\b|million\\b|billion\\b|thousand\\b|users?\\b|customers?\\b|clients?\\b|requests?\\b|rps\\b|qps\\b|tb\\b|gb\\b|mb\\b|engineers?\\b|developers?\\b|people\\b|teams?\\b|services?\\b|tickets?\\b|bugs?\\b|incidents?\\b|releases?\\b|deploys?\\b|deployments?\\b|points?\\b|nps\\b|stars?\\b|events?\\b|messages?\\b|nodes?\\b|servers?\\b|instances?\\b|pages?\\b|alerts?\\b|tests?\\b|pull requests?\\b|prs?\\b|steps?\\b|hires?\\b|interns?\\b|members?\\b|regions?\\b|tables?\\b|rows?\\b|records?\\b|orders?\\b|transactions?\\b|errors?\\b|outages?\\b|dollars?\\b|euros?\\b|times\\b|lines\\b|prs\\b|screens?\\b|hires?\\b|items?\\b|jobs?\\b|nights?\\b|waves?\\b';
/**
 * Figures: digits or number words with a unit ("20 ms", "two weeks", "14 events"),
 * hyphenated durations ("20-minute", "two-week"), money, before/after ranges and percentiles.
 */
const METRIC = new RegExp(
  [
    '(?:\\$|€|£)\\s?\\d[\\d,.]*\\s?(?:k|m|bn|million|billion)?',
    `\\b(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORDS})(?:\\s?|-)(?:${UNITS})`,
    '\\b\\d+(?:[.,]\\d+)?\\s?(?:→|->)\\s?\\d+(?:[.,]\\d+)?\\s?[a-z%]*',
    '\\bfrom (?:about |around |roughly )?\\d+(?:[.,]\\d+)?\\S* (?:down |up )?to \\d+(?:[.,]\\d+)?\\S*',
    '\\b(?:doubled|halved|tripled|tenfold|ten-fold)\\b|\\bby half\\b|\\bin half\\b',
    '\\b(?:a|an|one) (?:day|week|month|quarter|year|hour|minute|sprint)\\b',
    `(?<![+\\w])(?:\\d[\\d,.]*|${NUMBER_WORDS})(?:\\s|-)[a-z]+s\\b(?<!\\b(?:is|was|has|does|its|this|thus|as|us|yes|plus|less|times))`,
    '\\bday (?:one|two|three|four|five|six|seven|eight|nine|ten)\\b|\\bweek (?:one|two|three|four|five|six|nine|\\d+)\\b',
    '\\bp(?:50|90|95|99)\\b',
  ].join('|'),
  'gi',
);
const FIRST_PERSON = /\b(i|i'm|i've|i'd|i'll|me|my|myself|mine)\b/g;
const TEAM_PERSON = /\b(we|we're|we've|we'd|we'll|our|ours|us|ourselves)\b/g;
const REASONING =
  /\b(because|so that|which means|this means|that way|therefore|in order to|the reason|since the|otherwise|this ensures|to avoid|to prevent|due to|, so|which lets|which makes)\b/g;
const EXAMPLE =
  /\b(for example|for instance|e\.g\.|say we|say you|suppose|a classic (case|example)|classic case|the case of|in my (last|previous|current) (project|role|job|team)|at my (last|previous|current)|at my (current )?job|we used|i used|in production|in practice|once had|we had|in our (project|service|team|system|app|pricing|orders?)|on our|last (year|month|week|spring|summer|autumn|winter|quarter)|like orders|two (requests|threads|workers|goroutines|users|processes|transactions)|something like|like [a-z_]+\.[a-z_]+|(common|classic|typical) mistake)\b/;
/** Weaker signs of an illustration, used only when no stronger one is found. */
const WEAK_EXAMPLE = /\b(such as|like a|like an|imagine)\b/;
const TRADE_OFF =
  /\b(trade-?offs?|downsides?|drawbacks?|on the other hand|whereas|at the cost of|at the expense of|costs?|pay for|expensive|slower|slows? down|more slow|takes space|overhead|penalty|the catch|the risk|risks?|pros and cons|in contrast|vs\.?|versus|it depends|only if|become a bottleneck|contention|can starve|stale entry|see data|breaks with|fail open|fail closed|readability)\b/;
const COMPLEXITY = /\bo\([^)]{1,20}\)|\b\d+\s?(ms|s|gb|mb|tb|%|rps|qps)\b|\bp(50|90|95|99)\b/;
const STRUCTURE = /\b(first|second|then|next|finally|currently|most recently|today|before that|after that|now i|to summari[sz]e|in short)\b/g;
const FILLERS: readonly [string, RegExp][] = [
  ['um', /\bu+m+\b/g],
  ['uh', /\bu+h+\b/g],
  ['erm', /\berm+\b/g],
  ['like', /(?:^|[,.] ?|\b(?:was|is|it's|and|but|so) )like,/g],
  ['you know', /\byou know\b(?! (how|what|when|where|why|that|the|a|it|if|whether))/g],
  ['basically', /\bbasically\b/g],
  ['literally', /\bliterally\b/g],
  ['actually', /\bactually\b/g],
  ['kind of', /\bkind of\b(?= [a-z]+(ed|ing|ly)\b)|\bkind of,/g],
  ['sort of', /\bsort of\b/g],
  ['I mean', /\bi mean\b/g],
];
const DONT_KNOW =
  /\b(i (really |honestly |just )?(don'?t|do not|dont) (really )?know|no idea|not sure|i'?m not sure|i have no (idea|experience|clue)|never (done|heard|worked|used)|can'?t (answer|remember|think)|i (don'?t|do not) have an? (answer|example)|skip( this)?|pass|no comment|n\/a|nothing to say|idk)\b/;
const INJECTION: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(previous|prior|above|earlier|preceding|all|your|the|these|system)\b.{0,20}\b(instructions?|prompts?|rules?|directions?|guidelines?|criteria|rubric)\b/i,
  /\b(rate|score|grade|mark|evaluate)\s+(me|this|my answer|this answer|the answer|it)\b.{0,20}\b(\d+|ten|perfect|full|maximum|highest|top|excellent)\b/i,
  /\b(score|rating|grade|evidencestatus)\s*["']?\s*[:=]\s*["']?\s*\d+/i,
  /\b(10|ten)\s*(\/|out of)\s*(10|ten)\b/i,
  /\bgive\s+(me|this( answer)?|it)\s+(a\s+|the\s+)?(perfect|full|maximum|max|top|highest|10|ten)\b/i,
  /\b(you are now|new instructions?|system prompt|as an ai\b|you must (now )?(rate|score|give)|note to the (ai|model|evaluator|grader|reviewer|interviewer)|dear (ai|model|evaluator|grader))/i,
  /<\/?untrusted_[a-z_]*>/i,
];

/** Everything the rubric noticed in an answer. */
export interface AnswerAnalysis {
  rubric: QuestionRubric;
  /** The answer with instructions to the evaluator removed. */
  scoredText: string;
  wordCount: number;
  sentences: SentenceSpan[];
  /** Why the answer cannot be judged, or null when it can. */
  insufficient: 'empty' | 'dont-know' | 'too-short' | 'off-topic' | 'instructions-only' | null;
  star: { situation: string | null; task: string | null; action: string | null; result: string | null };
  reflection: string | null;
  metrics: string[];
  technologies: string[];
  firstPerson: number;
  team: number;
  covered: { concept: KeyConcept; quote: string }[];
  missing: KeyConcept[];
  reasoning: number;
  example: boolean;
  /** The sentence that makes the answer concrete, quoted in feedback. */
  exampleSentence: string | null;
  tradeOffs: boolean;
  tradeOffSentence: string | null;
  reasoningSentence: string | null;
  complexity: boolean;
  structureMarkers: number;
  fillers: { word: string; count: number }[];
  /** Verbatim sentences that try to instruct the evaluator. */
  injections: string[];
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].length;
}

function sentenceWith(sentences: readonly SentenceSpan[], pattern: RegExp): string | null {
  return sentences.find((sentence) => pattern.test(normalizeText(sentence.text)))?.text ?? null;
}

/** A sentence without a bullet marker or a "Label:" prefix ("- Fix: I reverted" → "i reverted"). */
function bodyOf(sentence: SentenceSpan): string {
  return normalizeText(sentence.text)
    .replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '')
    .replace(/^[a-z]+(?: [a-z]+)?:\s*/, '')
    .trim();
}

function matches(sentence: SentenceSpan, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  return pattern.test(normalizeText(sentence.text));
}

/**
 * Finds the STAR elements, each in its own sentence so one sentence is never quoted under two
 * labels: the action is a first-person action sentence, the result the last sentence with an
 * outcome (a figure preferred), the situation the earliest scene-setting sentence left, the
 * task a sentence about the goal or responsibility left.
 */
function findStar(sentences: readonly SentenceSpan[], normalized: string): AnswerAnalysis['star'] {
  const used = new Set<SentenceSpan>();
  const take = (candidates: readonly SentenceSpan[]): string | null => {
    const chosen = candidates.find((sentence) => !used.has(sentence)) ?? null;
    if (chosen) used.add(chosen);
    return chosen?.text ?? null;
  };
  const outcome = (sentence: SentenceSpan) => matches(sentence, RESULT) && !matches(sentence, REFLECTION);
  const isAction = (sentence: SentenceSpan) =>
    !matches(sentence, REFLECTION) &&
    (matches(sentence, FIRST_PERSON_ACTION) || matches(sentence, ANY_FIRST_PERSON_ACTION) || SUBJECTLESS_ACTION.test(bodyOf(sentence)));
  // The outcome comes late in a story: the latest outcome sentence, the opening one last.
  const resultCandidates = [...sentences].reverse().filter(outcome);
  const ordered =
    sentences.length >= 3
      ? [...resultCandidates.filter((sentence) => sentence !== sentences[0]), ...resultCandidates.filter((sentence) => sentence === sentences[0])]
      : resultCandidates;
  const actions = sentences.filter(isAction);
  let result = take(ordered);
  let action = take(actions.filter((sentence) => !matches(sentence, SITUATION)).concat(actions));
  // One sentence may hold both the action and its outcome ("I rolled it back and refunded everyone").
  if (!action && result && actions.some((sentence) => sentence.text === result)) action = result;
  if (!result && action && ordered.some((sentence) => sentence.text === action)) result = action;
  // The closing sentence of a story usually tells how it ended, when it says so in any words.
  const closing = sentences[sentences.length - 1];
  if (!result && closing && sentences.length >= 3 && CLOSING_OUTCOME.test(normalizeText(closing.text))) {
    result = closing.text;
    used.add(closing);
  }
  if (!action && countMatches(normalized, new RegExp(TEAM_ACTION.source, 'g')) >= 2)
    action = take(sentences.filter((sentence) => matches(sentence, TEAM_ACTION)));
  // A story opens with its scene: the first sentence left over sets the situation.
  const opening = sentences.slice(0, 2).filter((sentence) => countWords(sentence.text) >= 4 && !/\?$/.test(sentence.text));
  const first = sentences.length >= 3 && opening[0] === sentences[0] && !used.has(sentences[0]!) ? take([sentences[0]!]) : null;
  const situation = first ?? take(sentences.filter((sentence) => matches(sentence, SITUATION))) ?? (sentences.length >= 3 ? take(opening) : null);
  // The task is often told with the scene ("I owned the service when…"), so it may share its sentence.
  const taskSentence = sentences.find((sentence) => matches(sentence, TASK) && (!used.has(sentence) || sentence.text === situation));
  const task = taskSentence?.text ?? null;
  return { situation, task, action, result };
}

/** Skill concepts ("skills that fit the role") are covered by naming skills of the résumé or the role. */
const SKILL_CONCEPT = /\b(skills?|stack|tools?|technolog|expertise)\b/;

function roleSkillSentence(sentences: readonly SentenceSpan[], role: DetectedRole | null, jobDescription: string | null): string | null {
  const wanted = new Set([...(role?.matchedSkills ?? []), ...(jobDescription ? extractSkills(jobDescription) : [])].map((skill) => skill.toLowerCase()));
  return (
    sentences.find((sentence) => {
      const named = extractSkills(sentence.text);
      return named.some((skill) => wanted.has(skill.toLowerCase()) || (role !== null && skillFamilies(skill).includes(role.family as never)));
    })?.text ?? null
  );
}

/** Whether any sentence shows a concept: its cues, their inflections and their synonym sets. */
function conceptSentence(concept: KeyConcept, sentences: readonly SentenceSpan[], role: DetectedRole | null, jobDescription: string | null): string | null {
  const cues = widenCues(concept.cues);
  const found = sentences.find((sentence) => firstStemmedCue(normalizeText(sentence.text), cues) !== null);
  if (found) return found.text;
  if (SKILL_CONCEPT.test(normalizeText(concept.label))) return roleSkillSentence(sentences, role, jobDescription);
  return null;
}

/** Reads an answer against a question's rubric and returns every signal the score uses. */
export function analyzeAnswer(options: {
  kind: QuestionKind;
  question: string;
  questionKey: string | null;
  answer: string;
  /** The detected role: its skills count as skills that fit the role. */
  role?: DetectedRole | null;
  jobDescription?: string | null;
  keyPoints?: readonly string[] | undefined;
}): AnswerAnalysis {
  const rubric = rubricFor(options);
  const answer = options.answer ?? '';
  const allSentences = splitSentences(answer);
  const injections = allSentences.filter((sentence) => INJECTION.some((pattern) => pattern.test(sentence.text))).map((sentence) => sentence.text);
  const sentences = allSentences.filter((sentence) => !injections.includes(sentence.text));
  const scoredText = sentences.map((sentence) => sentence.text).join(' ');
  const normalized = normalizeText(scoredText);
  const wordCount = countWords(scoredText);

  const star = findStar(sentences, normalized);
  METRIC.lastIndex = 0;
  const metrics = uniqueBy(
    [...scoredText.matchAll(METRIC)].map((match) => match[0].trim()),
    (value) => value.toLowerCase(),
  );
  const covered: AnswerAnalysis['covered'] = [];
  const missing: KeyConcept[] = [];
  for (const concept of rubric.concepts) {
    const found = conceptSentence(concept, sentences, options.role ?? null, options.jobDescription ?? null);
    if (found) covered.push({ concept, quote: found });
    else missing.push(concept);
  }
  const fillers = FILLERS.map(([word, pattern]) => ({ word, count: countMatches(normalizeText(answer), pattern) })).filter((filler) => filler.count > 0);
  const technologies = extractSkills(scoredText);
  // A figure from a real system, or a scene from the candidate's work, is a concrete example.
  const exampleSentence =
    sentenceWith(sentences, EXAMPLE) ??
    sentences.find((sentence) => {
      METRIC.lastIndex = 0;
      const text = normalizeText(sentence.text);
      return METRIC.test(sentence.text) && /\b(we|i|our|my|us)\b/.test(text) && /\b(was|were|had|did|took|went|[a-z]+ed)\b/.test(text);
    })?.text ??
    sentenceWith(sentences, WEAK_EXAMPLE);

  const analysis: AnswerAnalysis = {
    rubric,
    scoredText,
    wordCount,
    sentences,
    insufficient: null,
    star,
    reflection: sentenceWith(sentences, REFLECTION),
    metrics,
    technologies,
    firstPerson: countMatches(normalized, FIRST_PERSON),
    team: countMatches(normalized, TEAM_PERSON),
    covered,
    missing,
    reasoning: countMatches(normalized, REASONING),
    example: exampleSentence !== null,
    exampleSentence,
    tradeOffs: TRADE_OFF.test(normalized),
    tradeOffSentence: sentenceWith(sentences, TRADE_OFF),
    reasoningSentence: sentenceWith(sentences, new RegExp(REASONING.source)),
    complexity: COMPLEXITY.test(normalized),
    structureMarkers: countMatches(normalized, STRUCTURE),
    fillers,
    injections,
  };
  analysis.insufficient = insufficiency(analysis, answer);
  return analysis;
}

function insufficiency(analysis: AnswerAnalysis, answer: string): AnswerAnalysis['insufficient'] {
  if (analysis.wordCount === 0) return answer.trim() === '' ? 'empty' : analysis.injections.length > 0 ? 'instructions-only' : 'empty';
  const normalized = normalizeText(analysis.scoredText);
  if (DONT_KNOW.test(normalized) && analysis.wordCount < 30 && analysis.covered.length <= 1) return 'dont-know';
  if (analysis.wordCount < 8 && analysis.covered.length === 0) return analysis.injections.length > 0 ? 'instructions-only' : 'too-short';
  const starParts = Object.values(analysis.star).filter(Boolean).length;
  const substance =
    analysis.rubric.style === 'technical'
      ? analysis.technologies.length > 0 || analysis.reasoning >= 2 || analysis.complexity
      : starParts >= 2 || analysis.metrics.length > 0;
  if (analysis.covered.length === 0 && !substance) return 'off-topic';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Criterion {
  name: string;
  points: number;
  max: number;
}

function lengthPoints(words: number, bands: { ideal: [number, number]; fair: [number, number] }, max: number): number {
  if (words >= bands.ideal[0] && words <= bands.ideal[1]) return max;
  if (words >= bands.fair[0] && words <= bands.fair[1]) return max / 2;
  return 0;
}

function ownershipPoints(analysis: AnswerAnalysis): number {
  const total = analysis.firstPerson + analysis.team;
  if (total === 0) return 0;
  // Two pronouns in a one-liner say little about ownership.
  if (total < 3) return analysis.firstPerson > 0 ? 0.5 : 0;
  const ratio = analysis.firstPerson / total;
  if (ratio >= 0.6) return 1.5;
  if (ratio >= 0.4) return 1;
  return ratio > 0.15 ? 0.5 : 0;
}

function specificityPoints(analysis: AnswerAnalysis, max: number): number {
  const metricPoints = Math.min(analysis.metrics.length * 0.75, 1.5);
  const techPoints = Math.min(analysis.technologies.length * 0.5, 1);
  return Math.min(max, metricPoints + techPoints);
}

function coverageRatio(analysis: AnswerAnalysis): number {
  const total = analysis.rubric.concepts.length;
  if (total === 0) return 0;
  // A follow-up probes one gap, so covering a third of the concepts counts as full coverage.
  const needed = analysis.rubric.followUpFocus ? Math.max(1, Math.ceil(total / 3)) : total;
  return Math.min(1, analysis.covered.length / needed);
}

function starParts(analysis: AnswerAnalysis): number {
  return Object.values(analysis.star).filter(Boolean).length;
}

function criteriaFor(analysis: AnswerAnalysis): Criterion[] {
  const { rubric, star } = analysis;
  if (rubric.style === 'technical') {
    const depth = Math.min(
      2,
      (analysis.technologies.length > 0 ? 0.5 : 0) +
        (analysis.example ? 0.5 : 0) +
        (analysis.tradeOffs ? 0.5 : 0) +
        (analysis.complexity || analysis.metrics.length > 0 ? 0.5 : 0),
    );
    return [
      { name: 'key concepts', points: coverageRatio(analysis) * 6, max: 6 },
      { name: 'depth (examples, trade-offs, specifics)', points: depth, max: 2 },
      { name: 'reasoning', points: analysis.reasoning >= 2 ? 1 : analysis.reasoning === 1 ? 0.5 : 0, max: 1 },
      { name: 'length', points: lengthPoints(analysis.wordCount, { ideal: [40, 400], fair: [20, 700] }, 1), max: 1 },
    ];
  }
  if (rubric.style === 'open') {
    return [
      { name: 'relevance', points: coverageRatio(analysis) * 4, max: 4 },
      { name: 'specificity', points: Math.min(2.5, specificityPoints(analysis, 2.5) + (star.result ? 0.5 : 0)), max: 2.5 },
      { name: 'ownership', points: ownershipPoints(analysis), max: 1.5 },
      // A story told with its situation, actions and result is structured whatever the question.
      {
        name: 'structure',
        points: Math.max(
          Math.min(1.5, (analysis.structureMarkers >= 2 ? 1 : analysis.structureMarkers * 0.5) + (analysis.reasoning > 0 ? 0.5 : 0)),
          starParts(analysis) * 0.375,
        ),
        max: 1.5,
      },
      { name: 'length', points: lengthPoints(analysis.wordCount, { ideal: [60, 350], fair: [30, 600] }, 0.5), max: 0.5 },
    ];
  }
  // A follow-up asks for one missing part, so the parts already told earlier count as given.
  const followUp = rubric.followUpFocus !== null;
  const structure = (star.situation || followUp ? 0.75 : 0) + (star.task || followUp ? 0.75 : 0) + (star.action ? 1.25 : 0) + (star.result ? 1.25 : 0);
  return [
    { name: 'STAR structure', points: structure, max: 4 },
    { name: 'specificity', points: specificityPoints(analysis, 2.5), max: 2.5 },
    { name: 'ownership', points: ownershipPoints(analysis), max: 1.5 },
    { name: 'relevance', points: analysis.covered.length === 0 ? 0 : 0.5 + coverageRatio(analysis), max: 1.5 },
    { name: 'length', points: lengthPoints(analysis.wordCount, { ideal: [80, 400], fair: [40, 700] }, 0.5), max: 0.5 },
  ];
}

const INJECTION_PENALTY = 2;

function scoreOf(analysis: AnswerAnalysis, criteria: readonly Criterion[]): number {
  let total = criteria.reduce((sum, criterion) => sum + Math.min(criterion.points, criterion.max), 0);
  // Very short answers cannot show enough, whatever keywords they contain.
  const cap = analysis.wordCount < 20 ? 4 : analysis.wordCount < 45 ? 6.5 : 10;
  total = Math.min(total, cap);
  const fillerTotal = analysis.fillers.reduce((sum, filler) => sum + filler.count, 0);
  if (fillerTotal >= 5 && fillerTotal / Math.max(analysis.wordCount, 1) > 0.03) total -= 0.5;
  if (analysis.injections.length > 0) total -= INJECTION_PENALTY;
  return toScore(total);
}

// ---------------------------------------------------------------------------------------------
// Feedback

/** A verbatim quote: the whole sentence, or its beginning marked with "…" when cut. */
function short(text: string, max = 140): string {
  const quoted = quote(text, max);
  return quoted.length < text.trim().length ? `${quoted}…` : quoted;
}

/** The sentence of the answer that contains a piece of it (a figure, a skill). */
function sentenceContaining(analysis: AnswerAnalysis, piece: string): string | null {
  return analysis.sentences.find((sentence) => sentence.text.includes(piece))?.text ?? null;
}

const ALIASES = new Map(
  Object.values(SKILL_TAXONOMY)
    .flat()
    .map((definition) => [definition.name, definition.aliases.map((alias) => alias.replace(/^[=~]/, ''))] as const),
);

/**
 * Skills a sentence names as technologies: written as a name ("Kafka", "k8s", "C#"), not an
 * everyday word that happens to be a skill ("statistics", "caching", "stakeholders").
 */
function namedTechnologies(text: string): string[] {
  return extractSkills(text).filter((skill) =>
    (ALIASES.get(skill) ?? [skill]).some((alias) => {
      const index = text.toLowerCase().indexOf(alias.toLowerCase());
      if (index < 0) return false;
      const written = text.slice(index, index + alias.length);
      return /[A-Z0-9#+.]/.test(written);
    }),
  );
}

function skillSentence(analysis: AnswerAnalysis): { sentence: string; skills: string[] } | null {
  for (const sentence of analysis.sentences) {
    const skills = namedTechnologies(sentence.text);
    if (skills.length > 0) return { sentence: sentence.text, skills };
  }
  return null;
}

/**
 * Whether an answer shows any trace of a concept: a word of its label or cues, by its stem.
 * A trace is not coverage, but it is enough doubt not to call the concept missing.
 */
function hasTrace(analysis: AnswerAnalysis, concept: KeyConcept): boolean {
  const words = new Set((normalizeText(analysis.scoredText).match(/[a-z][a-z-]{3,}/g) ?? []).map((word) => word.slice(0, 5)));
  const stems = [concept.label, ...widenCues(concept.cues)]
    .flatMap((text) => normalizeText(text).match(/[a-z][a-z-]{3,}/g) ?? [])
    .filter((word) => !TRACE_STOP_WORDS.has(word))
    .map((word) => word.slice(0, 5));
  return stems.some((stem) => words.has(stem));
}

const TRACE_STOP_WORDS = new Set([
  'with',
  'that',
  'from',
  'into',
  'than',
  'your',
  'their',
  'them',
  'what',
  'when',
  'which',
  'about',
  'other',
  'side',
  'first',
  'more',
  'most',
  'some',
  'each',
  'every',
]);

/**
 * The concepts the feedback may call missing. Only technical answers get such claims, and
 * only for concepts without any trace in the answer: a behavioral story covers its points in
 * too many phrasings to deny one with keyword rules. Follow-up answers are judged on what
 * was asked, so only that gap may be called missing.
 */
function claimableMissing(analysis: AnswerAnalysis): KeyConcept[] {
  if (analysis.rubric.style !== 'technical') return [];
  const focus = analysis.rubric.followUpFocus;
  const untraced = analysis.missing.filter((concept) => !hasTrace(analysis, concept));
  if (focus === null) return untraced;
  const match = /^concept-(\d+)$/.exec(focus);
  if (!match) return [];
  const asked = analysis.rubric.concepts[Number(match[1]) - 1];
  return untraced.filter((concept) => concept === asked);
}

function fillerNote(analysis: AnswerAnalysis): string | null {
  const heavy = analysis.fillers.filter((filler) => filler.count >= 2 || analysis.fillers.length >= 3);
  if (heavy.length === 0) return null;
  return `Cut filler words (${heavy.map((filler) => `"${filler.word}" ×${filler.count}`).join(', ')}): they dilute the answer.`;
}

function injectionNote(analysis: AnswerAnalysis): string | null {
  const [first] = analysis.injections;
  if (!first) return null;
  return `Red flag: the answer contains instructions aimed at the evaluator ("${short(first, 100)}"). They were ignored and lowered the score.`;
}

function evidenceFor(analysis: AnswerAnalysis): string[] {
  const { star } = analysis;
  const preferred = [star.result, star.action, ...analysis.covered.map((entry) => entry.quote), star.situation, star.task, analysis.reflection];
  const withMetrics = analysis.sentences
    .filter((sentence) => analysis.metrics.some((metric) => sentence.text.includes(metric)))
    .map((sentence) => sentence.text);
  return uniqueBy(
    [...withMetrics.slice(0, 1), ...preferred].filter((text): text is string => Boolean(text)).map((text) => quote(text, 240)),
    looseKey,
  ).slice(0, 4);
}

const INSUFFICIENT_REASONS: Record<NonNullable<AnswerAnalysis['insufficient']>, string> = {
  empty: 'No answer was given, so there is nothing to assess.',
  'dont-know': 'The answer says the candidate does not know, so there is not enough to assess.',
  'too-short': 'The answer is too short to assess.',
  'off-topic': 'The answer does not address the question: none of the points it asks about are covered.',
  'instructions-only': 'The answer contains only instructions aimed at the evaluator, not an answer to the question; they were ignored.',
};

function insufficientResult(analysis: AnswerAnalysis, answer: string): EvaluateAnswerOutput {
  const reason = analysis.insufficient ?? 'empty';
  const score = reason === 'empty' || reason === 'instructions-only' ? 0 : reason === 'off-topic' && analysis.wordCount >= 20 ? 1.5 : 1;
  const tip = {
    technical: 'If you are unsure, reason out loud from what you do know, name the concepts involved and say how you would find out the rest.',
    star: 'Pick a concrete situation, even a small one, and walk through what happened, what you did and how it ended.',
    open: 'Answer in a few sentences built on your own experience: concrete examples, what you achieved, and why it matters for this role.',
  }[analysis.rubric.style];
  const improvements = [
    `What the question looks for: ${analysis.rubric.goodAnswer}`,
    tip,
    ...(analysis.rubric.concepts.length ? [`Points to cover: ${joinLabels(analysis.rubric.concepts.slice(0, 4).map((concept) => concept.label))}.`] : []),
    injectionNote(analysis),
  ].filter((item): item is string => Boolean(item));
  const trimmed = answer.trim();
  return {
    score,
    feedback: clip(
      [INSUFFICIENT_REASONS[reason], `What the question looks for: ${analysis.rubric.goodAnswer}`, injectionNote(analysis)].filter(Boolean).join(' '),
      1500,
    ),
    strengths: [],
    improvements: improvements.map((item) => clip(item, 300)).slice(0, 6),
    evidence: trimmed ? [quote(trimmed, 240)] : [],
    evidenceStatus: 'insufficient_evidence',
  };
}

function scoreBand(score: number): string {
  if (score >= 8.5) return 'An excellent answer.';
  if (score >= 7) return 'A strong answer.';
  if (score >= 5) return 'A solid answer with clear room to improve.';
  if (score >= 3) return 'A partial answer.';
  return 'A weak answer.';
}

function structureSentence(analysis: AnswerAnalysis): string {
  const parts = (['situation', 'task', 'action', 'result'] as const).map((part) => ({ part, present: analysis.star[part] !== null }));
  const present = parts.filter((p) => p.present).map((p) => (p.part === 'action' ? 'your actions' : `the ${p.part}`));
  const absent = parts.filter((p) => !p.present).map((p) => (p.part === 'action' ? 'your own actions' : `the ${p.part}`));
  if (absent.length === 0) return 'It follows the full STAR structure: situation, task, action and result.';
  if (present.length === 0) return 'I could not find a story yet: no clear situation, task, action or result.';
  return `It covers ${joinLabels(present)}; I could not find ${joinLabels(absent)}.`;
}

function specificitySentence(analysis: AnswerAnalysis): string {
  const figures = analysis.metrics.slice(0, 3);
  const tools = analysis.technologies.slice(0, 3);
  if (figures.length === 0 && tools.length === 0) return 'I could not find figures, measurements or named tools; if there were some, say them.';
  const bits = [figures.length ? `figures (${figures.join(', ')})` : '', tools.length ? `named skills and tools (${tools.join(', ')})` : ''].filter(Boolean);
  return `It is specific, with ${joinLabels(bits)}.`;
}

function ownershipSentence(analysis: AnswerAnalysis): string | null {
  const total = analysis.firstPerson + analysis.team;
  if (total === 0) return null;
  if (analysis.firstPerson / total >= 0.6) return `Your personal contribution is clear (${analysis.firstPerson} × "I/my" against ${analysis.team} × "we/our").`;
  if (analysis.firstPerson / total >= 0.4) return 'It mixes what you did with what the team did.';
  return `It mostly describes what "we" did (${analysis.team} × "we/our" against ${analysis.firstPerson} × "I/my"), so your own part is unclear.`;
}

function coverageSentence(analysis: AnswerAnalysis): string {
  const covered = analysis.covered.map((entry) => entry.concept.label);
  const missing = claimableMissing(analysis).map((concept) => concept.label);
  if (missing.length === 0)
    return covered.length ? `It covers ${analysis.missing.length === 0 ? 'every key point' : 'these key points'}: ${joinLabels(covered)}.` : '';
  if (covered.length === 0) return `I could not find these key points: ${joinLabels(missing)}.`;
  return `Covered: ${joinLabels(covered)}. I could not find anything about ${joinLabels(missing)}.`;
}

function isFirstPersonAction(sentence: string): boolean {
  const normalized = normalizeText(sentence);
  return FIRST_PERSON_ACTION.test(normalized) || ANY_FIRST_PERSON_ACTION.test(normalized);
}

function strengthsFor(analysis: AnswerAnalysis): string[] {
  const { star, rubric } = analysis;
  const items: string[] = [];
  // In a technical explanation only measured figures ("20 ms", "40%") make it precise, not "two threads".
  const measured =
    rubric.style === 'technical'
      ? analysis.metrics.filter((metric) => /\d/.test(metric) && !/^\d+\s[a-z]+s$/i.test(metric) && !/^p\d+$/i.test(metric))
      : analysis.metrics;
  const figureSentence = measured.map((metric) => sentenceContaining(analysis, metric)).find(Boolean) ?? null;
  if (rubric.style !== 'technical') {
    if (star.situation && star.task) items.push(`Sets up the context and the stakes: "${short(star.situation, 120)}"`);
    // Only a first-person action sentence shows the candidate's own actions.
    if (star.action && isFirstPersonAction(star.action)) items.push(`Describes your own actions: "${short(star.action, 120)}"`);
    if (star.result) items.push(`States the outcome: "${short(star.result, 120)}"`);
    if (figureSentence) items.push(`Backs the story with figures (${analysis.metrics.slice(0, 4).join(', ')}): "${short(figureSentence, 120)}"`);
    if (ownershipPoints(analysis) >= 1.5 && star.action && isFirstPersonAction(star.action))
      items.push(`Shows clear personal ownership of the work: "${short(star.action, 120)}"`);
    if (analysis.reflection) items.push(`Reflects on what was learned: "${short(analysis.reflection, 120)}"`);
  } else {
    const first = analysis.covered[0];
    if (first) items.push(`Covers ${joinLabels(analysis.covered.slice(0, 4).map((entry) => entry.concept.label))}: "${short(first.quote, 120)}"`);
    if (analysis.exampleSentence) items.push(`Grounds the explanation in a concrete example: "${short(analysis.exampleSentence, 120)}"`);
    if (analysis.tradeOffs && analysis.tradeOffSentence)
      items.push(`Discusses trade-offs rather than a single right answer: "${short(analysis.tradeOffSentence, 120)}"`);
    if (analysis.reasoning >= 2 && analysis.reasoningSentence)
      items.push(`Explains the reasoning behind the choices: "${short(analysis.reasoningSentence, 120)}"`);
    if (figureSentence) items.push(`Uses concrete figures to be precise: "${short(figureSentence, 120)}"`);
  }
  const named = skillSentence(analysis);
  if (named) items.push(`Names the skills and tools involved (${named.skills.slice(0, 4).join(', ')}): "${short(named.sentence, 120)}"`);
  return items;
}

function improvementsFor(analysis: AnswerAnalysis): string[] {
  const { star, rubric } = analysis;
  const items: string[] = [];
  const injection = injectionNote(analysis);
  if (injection) items.push(injection);
  if (rubric.style === 'star') {
    const followUp = rubric.followUpFocus !== null;
    if (!star.situation && !followUp) items.push('Open with the situation: where you were, when it happened and what was at stake.');
    if (!star.task && !followUp) items.push('Say what you personally were responsible for or asked to achieve.');
    if (!star.action) items.push('Describe the specific steps you took yourself, in order, and why you chose them.');
    if (!star.result) items.push('I could not find the result; close with it, ideally measurable (time saved, error rate, revenue, users).');
  }
  if (rubric.style !== 'technical' && analysis.metrics.length === 0)
    items.push('I could not find a figure; if there was one, say it with a number (sizes, durations, percentages, before and after).');
  if (rubric.style !== 'technical' && analysis.firstPerson + analysis.team > 0 && analysis.firstPerson / (analysis.firstPerson + analysis.team) < 0.4) {
    items.push(`Say "I" for what you did: the answer mostly says "we" (${analysis.team} × "we/our" against ${analysis.firstPerson} × "I/my").`);
  }
  const missing = claimableMissing(analysis);
  if (missing.length > 0)
    items.push(
      `I could not find anything about ${joinLabels(missing.slice(0, 3).map((concept) => concept.label))}; a stronger answer would cover ${missing.length === 1 ? 'it' : 'them'}.`,
    );
  if (rubric.style === 'technical' && rubric.followUpFocus === null) {
    if (!analysis.example) items.push('I could not find a concrete example; if you have one, name the system and what happened.');
    if (!analysis.tradeOffs) items.push('Name the trade-offs and when you would choose differently.');
  }
  if (analysis.wordCount < 45)
    items.push('Develop the answer: about one to two minutes of speech (roughly 150–300 words) gives room for the details that matter.');
  if (analysis.wordCount > 700) items.push('Tighten the answer: lead with the key point and drop details that do not support it.');
  const filler = fillerNote(analysis);
  if (filler) items.push(filler);
  return items;
}

/**
 * Scores one answer with a transparent rubric. Behavioral answers: STAR structure,
 * specificity, ownership, relevance and length. Technical answers: coverage of the question's
 * key concepts, depth, reasoning and length. Empty, "I don't know" and off-topic answers get
 * `insufficient_evidence` and at most 2 points. Instructions aimed at the evaluator are
 * removed before scoring, cost points and are reported as a red flag.
 */
export function evaluateAnswer(input: EvaluateAnswerInput): EvaluateAnswerOutput {
  const analysis = analyzeAnswer({
    kind: input.kind,
    question: input.question,
    questionKey: input.questionKey,
    answer: input.answer,
    role: input.role ?? null,
    jobDescription: input.jobDescription ?? null,
    keyPoints: input.keyPoints,
  });
  if (analysis.insufficient) return insufficientResult(analysis, input.answer);

  const criteria = criteriaFor(analysis);
  const score = scoreOf(analysis, criteria);
  const details =
    analysis.rubric.style === 'technical'
      ? [
          coverageSentence(analysis),
          analysis.tradeOffs ? 'It weighs trade-offs.' : 'I could not find a trade-off discussed.',
          analysis.example ? 'It includes a concrete example.' : 'I could not find a concrete example.',
        ]
      : [
          analysis.rubric.style === 'star' ? structureSentence(analysis) : coverageSentence(analysis),
          specificitySentence(analysis),
          ownershipSentence(analysis),
          analysis.rubric.style === 'star' ? coverageSentence(analysis) : null,
        ];
  const scoring = [
    ...criteria.map((criterion) => `${capitalize(criterion.name)}: ${toHalf(Math.min(criterion.points, criterion.max))} of ${criterion.max} points.`),
    ...(analysis.injections.length ? [`Red-flag penalty: −${INJECTION_PENALTY} points.`] : []),
    ...details,
    fillerNote(analysis),
  ].filter((item): item is string => Boolean(item));
  const strengths = score < 2 ? [] : strengthsFor(analysis);
  const improvements = improvementsFor(analysis);
  // What a coach would say first: how it went, what worked, the one thing to do next time.
  // The criteria and counts behind the score go to `scoring`, shown on request.
  const feedback = [scoreBand(score), score < 2 ? null : praiseFor(analysis), nextStep(analysis, improvements)]
    .filter((item): item is string => Boolean(item))
    .join(' ');

  return {
    score,
    feedback: clip(feedback, 1500),
    scoring: scoring.map((item) => clip(item, 300)).slice(0, 10),
    strengths: strengths.map((item) => clip(item, 300)).slice(0, 6),
    improvements: improvements.map((item) => clip(item, 300)).slice(0, 6),
    evidence: evidenceFor(analysis),
    evidenceStatus: 'sufficient',
  };
}

/** One sentence on what worked best, in the candidate's terms. */
function praiseFor(analysis: AnswerAnalysis): string | null {
  const { star, rubric } = analysis;
  if (rubric.style === 'technical') {
    if (analysis.covered.length > 0 && analysis.missing.length === 0) return 'You covered every point the question is about.';
    if (analysis.covered.length > 0) return `You got to ${joinLabels(analysis.covered.slice(0, 3).map((entry) => entry.concept.label))}.`;
    if (analysis.example) return 'Grounding it in a concrete example helps.';
    return null;
  }
  if (rubric.style === 'star' && star.situation && star.action && star.result) return 'You told a complete story, from the situation to the result.';
  if (analysis.metrics.length > 0) return `The figures you gave (${analysis.metrics.slice(0, 3).join(', ')}) make the impact concrete.`;
  if (ownershipPoints(analysis) >= 1.5) return 'It is clear what you did yourself.';
  if (star.result) return 'Ending on the outcome was the right call.';
  return null;
}

/** The single most useful thing to change, phrased as advice for the next answer. */
function nextStep(analysis: AnswerAnalysis, improvements: readonly string[]): string {
  const injection = injectionNote(analysis);
  if (injection) return injection;
  const [first] = improvements;
  if (!first) return 'Keep answering like this.';
  // "I could not find …; …" already says what to do and whose view it is: keep it whole.
  if (/^I could not find\b/.test(first)) return first;
  return `Next time, ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function toHalf(value: number): number {
  return Math.round(value * 4) / 4;
}
