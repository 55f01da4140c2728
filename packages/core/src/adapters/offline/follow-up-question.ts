import type { GenerateQuestionInput, GenerateQuestionOutput } from '../../prompts/tasks.js';
import { baseQuestionKey, type KeyConcept } from '../../catalog/question-bank.js';
import { analyzeAnswer, type AnswerAnalysis } from './rubric.js';
import { clip, normalizeText, quote } from '../../internal/text-matching.js';
import { withArticle } from '../../internal/grammar-check.js';

type FollowUpTarget = NonNullable<GenerateQuestionInput['followUpTo']>;

/** What a follow-up probes, in order of preference for the gaps found. */
type Focus = 'restart' | 'refocus' | 'context' | 'action' | 'ownership' | 'result' | 'specifics' | 'concept' | 'example' | 'trade-offs' | 'reflection';

function shortQuote(analysis: AnswerAnalysis): string | null {
  const sentence = analysis.star.action ?? analysis.covered[0]?.quote ?? analysis.sentences[0]?.text ?? null;
  if (!sentence) return null;
  const text = quote(sentence, 90);
  if (text.length < 12) return null;
  return text.length < sentence.trim().length ? `${text}…` : text;
}

/** A follow-up's recap of the candidate's words, as {@link questionFor} opens it. */
const RECAP = /^You said: "[\s\S]*?"\. (?=[A-Z])/;

/** The question a follow-up asks, without its opening recap of the candidate's own words. */
export function withoutRecap(question: string): string {
  return question.replace(RECAP, '');
}

function topicOf(question: string): string {
  const firstSentence = question.split(/(?<=[.?!])\s/)[0] ?? question;
  return clip(firstSentence.replace(/[.?!]+$/, ''), 140);
}

function focusesFor(analysis: AnswerAnalysis, kind: 'behavioral' | 'technical'): Focus[] {
  if (analysis.insufficient === 'off-topic') return kind === 'technical' ? ['concept', 'restart', 'example'] : ['refocus', 'specifics', 'reflection'];
  if (analysis.insufficient) return ['restart', 'example', 'reflection'];
  const focuses: Focus[] = [];
  if (kind === 'technical' || analysis.rubric.style === 'technical') {
    if (analysis.missing.length > 0) focuses.push('concept');
    if (!analysis.example) focuses.push('example');
    if (!analysis.tradeOffs) focuses.push('trade-offs');
    focuses.push('concept', 'example', 'trade-offs');
    return focuses;
  }
  const { star } = analysis;
  if (!star.situation && !star.task) focuses.push('context');
  if (!star.action) focuses.push('action');
  const pronouns = analysis.firstPerson + analysis.team;
  if (pronouns >= 3 && analysis.firstPerson / pronouns < 0.4) focuses.push('ownership');
  if (!star.result) focuses.push('result');
  if (analysis.metrics.length === 0) focuses.push('specifics');
  if (analysis.missing.length > 0) focuses.push('concept');
  if (!analysis.reflection) focuses.push('reflection');
  focuses.push('result', 'specifics', 'reflection', 'concept');
  return focuses;
}

function questionFor(
  focus: Focus,
  analysis: AnswerAnalysis,
  target: FollowUpTarget,
  kind: 'behavioral' | 'technical',
  concept: KeyConcept | undefined,
): string {
  const said = shortQuote(analysis);
  const mention = said ? `You said: "${said}". ` : '';
  const label = concept ? withArticle(concept.label) : 'the part you found hardest';
  switch (focus) {
    case 'restart':
      return kind === 'technical'
        ? `No problem, let's break "${topicOf(target.question)}" into a smaller piece. What do you know about ${label}, and where have you seen it matter in practice?`
        : `That's all right, let's try a different angle. Think of any situation, even a small one from work, study or a side project, related to this question: what happened, what did you do, and how did it end?`;
    case 'refocus':
      return `Let me bring us back to the question: "${topicOf(target.question)}". Pick one specific situation you were part of: what was at stake, what did you do yourself, and what was the outcome?`;
    case 'context':
      return `${mention}Can you set the scene first? What was the situation, what was at stake, and what exactly were you responsible for?`;
    case 'action':
      return `${mention}I'd like to hear more about your own actions. Once you understood the situation, which steps did you take, in what order, and why those?`;
    case 'ownership':
      return `${mention}Much of your answer describes what the team did. What did you personally do? Which decisions were yours, and why did you make them?`;
    case 'result':
      return `${mention}What was the outcome? Give me numbers if you can (time saved, error rates, revenue, customer impact), and tell me how you knew it had worked.`;
    case 'specifics':
      return `${mention}Let's make that concrete. Pick one specific moment: when was it, who was involved, what exactly did you do, and which tools, data or figures were involved?`;
    case 'concept':
      return kind === 'technical'
        ? `Let's go one level deeper on "${topicOf(target.question)}". I could not find ${label} in your answer. How does it come into play here, and what would you do about it?`
        : `${mention}I could not find ${label} in your answer. Thinking of the same situation, how did that play out?`;
    case 'example':
      return `Can you ground that in practice? Describe a specific time you applied this in a real project: what the situation was, what you decided, and what the result was.`;
    case 'trade-offs':
      return `What are the trade-offs of the approach you described for "${topicOf(target.question)}"? When would you choose differently, and what would change your mind?`;
    case 'reflection':
      return `${mention}Looking back, what would you do differently if you faced the same situation again, and what did it teach you?`;
  }
}

/**
 * Asks a follow-up to a thin answer. The previous answer is re-read with the rubric to find
 * what it left out (the result and its numbers, the candidate's own actions, specifics, a key
 * concept), and the follow-up asks for exactly that, quoting the candidate where it helps.
 * The key is `<original key>#follow-up:<focus>`, so the evaluation knows what was asked.
 */
export function createFollowUpQuestion(input: GenerateQuestionInput, target: FollowUpTarget): GenerateQuestionOutput {
  const analysis = analyzeAnswer({
    kind: input.kind,
    question: target.question,
    questionKey: target.questionKey,
    answer: target.answer,
    role: input.role ?? null,
  });
  const kind = analysis.rubric.style === 'technical' ? 'technical' : input.kind;
  const asked = new Set(input.previousQuestions.map((previous) => normalizeText(previous.question).trim()));
  const askedKeys = new Set(input.previousQuestions.map((previous) => previous.questionKey));
  const base = baseQuestionKey(target.questionKey) ?? `q${input.questionNumber}`;

  // The most important gap first: concepts are listed in the bank in order of importance.
  const concepts = analysis.missing.length > 0 ? analysis.missing : analysis.rubric.concepts;
  for (const focus of [...new Set(focusesFor(analysis, kind))]) {
    const perConcept = focus === 'concept' || (focus === 'restart' && kind === 'technical');
    const options = perConcept ? concepts.map((concept, index) => ({ concept, suffix: `${focus}-${index + 1}` })) : [{ concept: concepts[0], suffix: focus }];
    for (const { concept, suffix } of options) {
      const question = clip(questionFor(focus, analysis, target, kind, concept), 600);
      const questionKey = `${base}#follow-up:${suffix}`.slice(0, 80);
      if (asked.has(normalizeText(question).trim()) || askedKeys.has(questionKey)) continue;
      return { question, questionKey };
    }
  }
  const number = input.previousQuestions.filter((previous) => previous.questionKey?.startsWith(`${base}#follow-up`)).length + 1;
  return {
    question: clip(
      `Let's stay with "${topicOf(target.question)}" a little longer (follow-up ${number}). What is the one detail of your answer you think matters most, and why?`,
      600,
    ),
    questionKey: `${base}#follow-up:more-${number}`.slice(0, 80),
  };
}
