import type {
  CombinedFeedbackInput,
  CombinedFeedbackOutput,
  FinalFeedbackInput,
  FinalFeedbackOutput,
  InviteEmailInput,
  InviteEmailOutput,
} from '../../prompts/tasks.js';
import { clip, looseKey } from '../../internal/text-matching.js';
import { withoutRecap } from './follow-up-question.js';

/** Strips the quoted part of an evaluation item, so "States the outcome: \"…\"" groups with its peers. */
function headOf(item: string): string {
  const cut = item.search(/[:(]\s*["“(]/);
  return (cut > 0 ? item.slice(0, cut) : item).replace(/[.\s]+$/, '').trim();
}

/**
 * Aggregates strengths or improvements of several answers: items with the same head are
 * merged and counted ("Backs the story with figures (in 3 answers)"), the most frequent first.
 */
function aggregate(lists: readonly (readonly string[])[], max: number): string[] {
  const groups = new Map<string, { head: string; example: string; count: number; first: number }>();
  let order = 0;
  for (const list of lists) {
    const seenInAnswer = new Set<string>();
    for (const item of list) {
      const head = headOf(item);
      const key = looseKey(head);
      if (!key || seenInAnswer.has(key)) continue;
      seenInAnswer.add(key);
      const group = groups.get(key);
      if (group) group.count += 1;
      else groups.set(key, { head, example: item, count: 1, first: order++ });
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, max)
    .map((group) => clip(group.count > 1 ? `${group.head} (in ${group.count} answers).` : group.example, 300));
}

function shortQuestion(question: string): string {
  // A follow-up opens by quoting the answer it follows; the summary names what was asked.
  const asked = withoutRecap(question);
  return clip(asked.split(/(?<=[.?!])\s/)[0] ?? asked, 110);
}

function verdict(score: number): string {
  if (score >= 8) return 'This is a strong interview overall';
  if (score >= 6.5) return 'This is a good interview with a few gaps';
  if (score >= 5) return 'This is a mixed interview';
  if (score >= 3) return 'This interview shows significant gaps';
  return 'This interview gave little evidence to assess';
}

function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

/** Advice a follow-up on each focus addresses, so a well-answered follow-up retires it. */
const FOCUS_ADVICE: Readonly<Record<string, RegExp>> = {
  result: /\bresult|outcome|measurable/i,
  specifics: /\bfigure|numbers?\b|concrete/i,
  action: /\bsteps you took|own actions/i,
  ownership: /say "i"|\bownership/i,
  context: /\bsituation|responsible for/i,
  example: /\bexample/i,
  'trade-offs': /\btrade-?offs?/i,
  reflection: /\blearn|differently/i,
};

/** A follow-up answer at this score or above fixed the gap it was asked about. */
const FIXED_SCORE = 6.5;

/**
 * The improvements that still apply once each question's follow-ups are taken into account:
 * advice on a gap that a later follow-up answered well is dropped, so the summary reflects
 * the final state of every question rather than its first attempt.
 */
function currentImprovements(turns: FinalFeedbackInput['turns']): string[][] {
  return turns.map((turn, index) => {
    const base = turn.questionKey?.split('#')[0];
    if (!base) return turn.improvements;
    const later = turns.slice(index + 1).filter((other) => other.questionKey?.startsWith(`${base}#follow-up`) && other.score >= FIXED_SCORE);
    if (later.length === 0) return turn.improvements;
    const retired = (item: string, other: FinalFeedbackInput['turns'][number]) => {
      const key = (other.questionKey?.split('#follow-up:')[1] ?? '').replace(/-\d+$/, '');
      // A second attempt that scored well replaces the first one entirely.
      if (key === 'restart' || key === 'refocus' || key.startsWith('more')) return true;
      if (key === 'concept') return /could not find|stronger answer would/i.test(item);
      return FOCUS_ADVICE[key]?.test(item) ?? false;
    };
    return turn.improvements.filter((item) => !later.some((other) => retired(item, other)));
  });
}

/**
 * Final feedback of the question part: a summary naming the strongest and weakest answers
 * with their scores and the average per question kind, plus strengths and improvements
 * aggregated from the per-answer evaluations (never invented).
 */
export function writeFinalFeedback(input: FinalFeedbackInput): FinalFeedbackOutput {
  const turns = input.turns;
  const parts: string[] = [
    `${verdict(input.overallScore)} for the ${input.role.title} role: ${input.overallScore}/10 across ${turns.length} question${turns.length === 1 ? '' : 's'}.`,
  ];
  if (turns.length > 0) {
    const indexed = turns.map((turn, index) => ({ turn, index }));
    const best = [...indexed].sort((a, b) => b.turn.score - a.turn.score || a.index - b.index)[0];
    const worst = [...indexed].sort((a, b) => a.turn.score - b.turn.score || a.index - b.index)[0];
    if (best) parts.push(`Strongest answer: question ${best.index + 1} (${best.turn.kind}, ${best.turn.score}/10), "${shortQuestion(best.turn.question)}".`);
    if (worst && worst.index !== best?.index)
      parts.push(`Weakest answer: question ${worst.index + 1} (${worst.turn.kind}, ${worst.turn.score}/10), "${shortQuestion(worst.turn.question)}".`);
    const behavioral = average(turns.filter((turn) => turn.kind === 'behavioral').map((turn) => turn.score));
    const technical = average(turns.filter((turn) => turn.kind === 'technical').map((turn) => turn.score));
    const byKind = [
      behavioral === null ? '' : `behavioral answers average ${behavioral}/10`,
      technical === null ? '' : `technical answers average ${technical}/10`,
    ].filter(Boolean);
    if (byKind.length) parts.push(`By kind: ${byKind.join(', ')}.`);
    const thin = turns.filter((turn) => turn.score <= 2).length;
    if (thin > 0) parts.push(`${thin} answer${thin === 1 ? ' was' : 's were'} too thin to assess and scored low.`);
    parts.push(`Per question: ${turns.map((turn, index) => `Q${index + 1} ${turn.score}/10`).join(', ')}.`);
  }
  const strengths = aggregate(
    turns.filter((turn) => turn.score > 2).map((turn) => turn.strengths),
    8,
  );
  const current = currentImprovements(turns);
  const improvements = aggregate(
    turns
      .map((turn, index) => ({ turn, improvements: current[index] ?? [] }))
      .sort((a, b) => a.turn.score - b.turn.score)
      .map((entry) => entry.improvements),
    8,
  );
  if (strengths[0]) parts.push(`Main strength: ${strengths[0].replace(/\.$/, '')}.`);
  if (improvements[0]) parts.push(`Most useful improvement: ${improvements[0].replace(/\.$/, '')}.`);
  return { summary: clip(parts.join(' '), 2000), strengths, improvements };
}

/** Merges the feedback of the question part and the DSA round without changing any score. */
export function writeCombinedFeedback(input: CombinedFeedbackInput): CombinedFeedbackOutput {
  // The round's headline for the summary: its feedback may open by acknowledging the latest
  // follow-up reply ("That answers the follow-up: …"), which means nothing without the conversation.
  const dsaHeadline = (text: string) => {
    const sentences = text.split(/(?<=[.!?])\s/).filter((sentence) => sentence.trim());
    const headline = sentences.find((sentence) => !/^That (answers|does not fully answer) the follow-up\b/.test(sentence)) ?? '';
    return headline ? ` ${clip(headline, 400)}` : '';
  };
  // The questions' summary opens with its own verdict and score; repeating it reads twice.
  const questionDetail = (summary: string) => {
    const sentences = summary
      .split(/(?<=[.!?])\s/)
      .filter((sentence) => sentence.trim() && !/^This (is|interview)\b/.test(sentence) && !/\d+(\.\d+)?\/10 (across|overall)/.test(sentence));
    return sentences[0] ? clip(sentences[0], 400) : '';
  };
  const parts = [`${verdict(input.overallScore)} for the ${input.role.title} role: ${input.overallScore}/10 overall.`];
  const detail = questionDetail(input.behavioral.summary);
  // Without a DSA round an equal questions' score would only repeat the overall.
  if (input.dsa || input.behavioral.score !== input.overallScore) parts.push(`Interview questions: ${input.behavioral.score}/10.${detail ? ` ${detail}` : ''}`);
  else if (detail) parts.push(detail);
  if (input.dsa) {
    // "Not a solution to this problem" is a verdict, not an approach the candidate used.
    const approach =
      input.dsa.approach && !/^not\b/i.test(input.dsa.approach) ? ` using ${input.dsa.approach}` : input.dsa.approach ? ` (${input.dsa.approach})` : '';
    parts.push(`Problem-solving round: ${input.dsa.score}/10${approach}.${dsaHeadline(input.dsa.feedback)}`);
    const stronger =
      input.dsa.score > input.behavioral.score + 1 ? 'problem solving' : input.behavioral.score > input.dsa.score + 1 ? 'the interview questions' : null;
    if (stronger) parts.push(`The candidate was noticeably stronger in ${stronger}.`);
  } else {
    const differs = input.overallScore !== input.behavioral.score;
    parts.push(
      differs
        ? `There was no problem-solving round; the overall score weighs the behavioral and technical answers by the report's weights, so it differs from the questions' mean.`
        : "There was no problem-solving round, so the overall score is the questions' score.",
    );
  }
  const interleave = (a: readonly string[], b: readonly string[]) => {
    const result: string[] = [];
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
      if (a[index]) result.push(a[index] as string);
      if (b[index]) result.push(b[index] as string);
    }
    return result;
  };
  const dedupe = (items: readonly string[]) => {
    const seen = new Set<string>();
    return items.filter((item) => {
      const key = looseKey(headOf(item));
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return {
    summary: clip(parts.join(' '), 2000),
    strengths: dedupe(interleave(input.behavioral.strengths, input.dsa?.strengths ?? []))
      .slice(0, 8)
      .map((item) => clip(item, 300)),
    improvements: dedupe(interleave(input.behavioral.improvements, input.dsa?.improvements ?? []))
      .slice(0, 8)
      .map((item) => clip(item, 300)),
  };
}

/** Strengths safe to repeat in an email: no quotes of answers, brackets or braces that could read as placeholders. */
function emailStrengths(strengths: readonly string[]): string[] {
  return strengths
    .map((item) => headOf(item).replace(/\s*\(in \d+ answers\)$/, ''))
    .filter((item) => item.length >= 8 && item.length <= 120 && !/[[\]{}<>"“”]/.test(item))
    .slice(0, 3);
}

/**
 * A warm invitation to a follow-up interview: greets the candidate by the exact name given,
 * names the role, includes the meeting link verbatim and is signed by the recruiter.
 */
export function writeInviteEmail(input: InviteEmailInput): InviteEmailOutput {
  const role = input.role.trim() || 'open';
  const name = input.candidateName.trim() || input.candidateName;
  const strengths = emailStrengths(input.strengths);
  const noted = strengths.length ? ['', 'A few things that stood out:', ...strengths.map((item) => `- ${item}`)] : [];
  const body = [
    `Dear ${name},`,
    '',
    `Thank you for taking the time to complete the interview for the ${role} role. We enjoyed reviewing your answers.`,
    ...noted,
    '',
    'We would like to invite you to a follow-up conversation with our team, where we can go deeper into your experience and answer any questions you have about the role.',
    '',
    'Please choose a time that suits you using this link:',
    input.meetingLink,
    '',
    'If none of the available times work for you, just reply to this email and we will find another slot.',
    '',
    'We look forward to speaking with you.',
    '',
    'Kind regards,',
    input.recruiterName,
  ].join('\n');
  const subject = clip(`Invitation to a follow-up interview for the ${role} role`, 150);
  return { subject, text: clip(body, 4000) };
}
