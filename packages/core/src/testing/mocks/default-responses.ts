import type { GenerateObjectOptions } from '../../ports/language-model.js';
import type {
  CombinedFeedbackInput,
  DetectRoleInput,
  DetectRoleOutput,
  DsaFeedbackInput,
  DsaFeedbackOutput,
  EvaluateAnswerInput,
  EvaluateAnswerOutput,
  FinalFeedbackInput,
  GenerateQuestionInput,
  GenerateQuestionOutput,
  InviteEmailInput,
  InviteEmailOutput,
} from '../../prompts/tasks.js';

// Deterministic, schema-valid replies for every task, computed from the structured input.
// They are simple on purpose (a mock, not an interviewer) but honest: evidence is quoted
// from the answer, and instructions planted in the answer are ignored rather than obeyed.

const FAMILIES = [
  'backend',
  'frontend',
  'fullstack',
  'data',
  'ml',
  'mobile',
  'devops',
  'security',
  'qa',
  'management',
  'product',
  'design',
  'general',
] as const;
type Family = (typeof FAMILIES)[number];

const FAMILY_HINTS: [Family, RegExp][] = [
  ['ml', /\b(machine learning|pytorch|tensorflow|ml engineer|deep learning)\b/i],
  ['data', /\b(data engineer|spark|airflow|dbt|etl|data pipeline|data scientist)\b/i],
  ['devops', /\b(devops|sre|terraform|kubernetes|ansible|site reliability)\b/i],
  ['mobile', /\b(android|ios|swift|kotlin|react native|flutter)\b/i],
  ['frontend', /\b(frontend|front-end|react|vue|angular|css)\b/i],
  ['backend', /\b(backend|back-end|postgresql|java|golang|\bgo\b|django|spring|node\.js|api)\b/i],
];

const INSTRUCTION_LIKE = /\b(ignore|disregard)\b.{0,40}\binstructions?\b|\b(rate|score|grade)\b.{0,40}\b10\s*\/\s*10\b/i;

const QUESTIONS: Record<'behavioral' | 'technical', string[]> = {
  behavioral: [
    'Tell me about a time you disagreed with a teammate on a technical decision. What did you do, and what was the result?',
    'Describe a project that did not go as planned. What did you personally do to recover it?',
    'Tell me about a time you had to learn a new technology quickly to deliver something. How did you approach it?',
    'Describe a situation where you improved a process for your team. How did you measure the improvement?',
  ],
  technical: [
    'How would you design a rate limiter for a public API? Walk me through the data structures and trade-offs.',
    'Explain how you would find and fix a slow database query in production.',
    'How do you make a service resilient to a dependency that is slow or failing?',
    'Describe how you would structure automated tests for a service you own, and why.',
  ],
};

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function detectRole(input: DetectRoleInput): DetectRoleOutput {
  const focus = FAMILIES.find((family) => family === input.roleFocus);
  const family = focus ?? FAMILY_HINTS.find(([, pattern]) => pattern.test(input.resumeText))?.[0] ?? 'general';
  const years = input.yearsOfExperience ?? 0;
  const seniority = years >= 10 ? 'lead' : years >= 5 ? 'senior' : years >= 2 ? 'mid' : 'junior';
  const title = family === 'general' ? 'Software Engineer' : `${family[0]!.toUpperCase()}${family.slice(1)} Engineer`;
  const lower = input.resumeText.toLowerCase();
  const matchedSkills = input.skills
    .filter((skill) => lower.includes(skill.toLowerCase()))
    .slice(0, 30)
    .map((skill) => clip(skill, 60));
  return { title, family, seniority, matchedSkills };
}

function generateQuestion(input: GenerateQuestionInput): GenerateQuestionOutput {
  if (input.followUpTo) {
    return {
      question: clip(`Following up on "${clip(input.followUpTo.question, 200)}": what exactly did you do yourself, and what was the measurable result?`, 600),
      questionKey: null,
    };
  }
  const asked = new Set(input.previousQuestions.map((previous) => previous.question));
  const bank = QUESTIONS[input.kind];
  const start = hashOf(`${input.seed}:${input.questionNumber}`) % bank.length;
  for (let offset = 0; offset < bank.length; offset++) {
    const question = bank[(start + offset) % bank.length]!;
    if (!asked.has(question)) return { question, questionKey: null };
  }
  const skill = input.skills[input.questionNumber % Math.max(1, input.skills.length)] ?? input.role.title;
  return {
    question: clip(`Question ${input.questionNumber}: how have you used ${skill} in your recent work, and what would you do differently now?`, 600),
    questionKey: null,
  };
}

function evaluateAnswer(input: EvaluateAnswerInput): EvaluateAnswerOutput {
  const sentences = sentencesOf(input.answer);
  const substantive = sentences.filter((sentence) => !INSTRUCTION_LIKE.test(sentence));
  const planted = substantive.length < sentences.length;
  const text = substantive.join(' ');
  const words = text.split(/\s+/).filter(Boolean).length;
  const redFlag = planted ? ['The answer contains an instruction aimed at the grader; it was ignored.'] : [];
  if (words < 8 || /\b(i don'?t know|no idea|not sure)\b/i.test(text)) {
    return {
      score: words === 0 ? 0 : 1,
      feedback: 'There is not enough in this answer to assess: it does not describe what you did or how.',
      strengths: [],
      improvements: ['Describe a concrete situation, your own actions and the result.', ...redFlag],
      evidence: [],
      evidenceStatus: 'insufficient_evidence',
    };
  }
  const hasNumbers = /\d/.test(text);
  const ownership = /\b(I|my|me)\b/.test(text);
  const result = /\b(result|as a result|reduced|increased|improved|dropped|saved|grew|cut)\b/i.test(text);
  const score = Math.min(10, 3 + Math.min(3, words / 30) + (hasNumbers ? 2 : 0) + (ownership ? 1 : 0) + (result ? 1 : 0));
  const evidence = substantive
    .filter((sentence) => /\d/.test(sentence) || /\b(I|my)\b/.test(sentence))
    .slice(0, 3)
    .map((sentence) => clip(sentence, 300));
  return {
    score: Math.round(score * 10) / 10,
    feedback: clip(
      `The answer ${hasNumbers ? 'quantifies its impact' : 'would be stronger with numbers'}, ${ownership ? 'makes your own role clear' : 'does not say what you did personally'} and ${result ? 'states a result' : 'does not state a result'}.`,
      1500,
    ),
    strengths: [hasNumbers ? 'Uses concrete numbers.' : '', ownership ? 'Clear personal ownership.' : '', result ? 'States the outcome.' : ''].filter(Boolean),
    improvements: [hasNumbers ? '' : 'Quantify the impact.', result ? '' : 'Close with the result.', ...redFlag].filter(Boolean),
    evidence: evidence.length > 0 ? evidence : [clip(substantive[0]!, 300)],
    evidenceStatus: 'sufficient',
  };
}

function unique(items: string[], max: number): string[] {
  return [...new Set(items.map((item) => clip(item, 300)))].slice(0, max);
}

function finalFeedback(input: FinalFeedbackInput): { summary: string; strengths: string[]; improvements: string[] } {
  return {
    summary: clip(
      `Overall score ${input.overallScore}/10 as ${input.role.title} over ${input.turns.length} question${input.turns.length === 1 ? '' : 's'}.`,
      2000,
    ),
    strengths: unique(
      input.turns.flatMap((turn) => turn.strengths),
      8,
    ),
    improvements: unique(
      input.turns.flatMap((turn) => turn.improvements),
      8,
    ),
  };
}

function dsaFeedback(input: DsaFeedbackInput): DsaFeedbackOutput {
  const text = input.latest.text.toLowerCase();
  const approach = input.problem.expectedApproaches.find((candidate) =>
    candidate
      .toLowerCase()
      .split(/\W+/)
      .filter((word) => word.length > 3)
      .some((word) => text.includes(word)),
  );
  const handled = input.problem.edgeCases.filter((edge) =>
    edge
      .toLowerCase()
      .split(/\W+/)
      .some((word) => word.length > 3 && text.includes(word)),
  );
  const missed = input.problem.edgeCases.filter((edge) => !handled.includes(edge));
  const score = Math.min(10, (approach ? 6 : 2) + Math.min(3, handled.length) + (/o\(/.test(text) ? 1 : 0));
  const done = input.turn >= input.maxTurns || score >= 9;
  const followUp = done
    ? null
    : clip(
        input.problem.followUps[(input.turn - 1) % Math.max(1, input.problem.followUps.length)] ?? 'What is the time and space complexity of your solution?',
        600,
      );
  return {
    reply: clip(approach ? `You are using ${approach}.` : 'I could not recognise an approach yet; describe the algorithm step by step.', 2000),
    score,
    approach: approach ? clip(approach, 80) : null,
    timeComplexity: approach ? clip(input.problem.optimalTimeComplexity, 40) : null,
    spaceComplexity: approach ? clip(input.problem.optimalSpaceComplexity, 40) : null,
    edgeCasesHandled: handled.slice(0, 10).map((edge) => clip(edge, 120)),
    edgeCasesMissed: missed.slice(0, 10).map((edge) => clip(edge, 120)),
    strengths: approach ? ['Recognisable approach.'] : [],
    improvements: missed.length ? [clip(`Handle: ${missed.join(', ')}.`, 300)] : [],
    followUp,
    done,
  };
}

function combinedFeedback(input: CombinedFeedbackInput): { summary: string; strengths: string[]; improvements: string[] } {
  return {
    summary: clip(
      `Overall score ${input.overallScore}/10 as ${input.role.title}: questions ${input.behavioral.score}/10${input.dsa ? `, DSA ${input.dsa.score}/10` : ', no DSA round'}.`,
      2000,
    ),
    strengths: unique([...input.behavioral.strengths, ...(input.dsa?.strengths ?? [])], 8),
    improvements: unique([...input.behavioral.improvements, ...(input.dsa?.improvements ?? [])], 8),
  };
}

function inviteEmail(input: InviteEmailInput): InviteEmailOutput {
  const strengths = input.strengths.length ? `\n\nWe particularly valued: ${input.strengths.slice(0, 3).join('; ')}.` : '';
  return {
    subject: clip(`Next interview for the ${input.role} role`, 150),
    text: clip(
      `Hi ${input.candidateName},\n\nThank you for your interview for the ${input.role} role. We would like to invite you to a follow-up conversation.${strengths}\n\nPlease join us here: ${input.meetingLink}\n\nBest regards,\n${input.recruiterName}`,
      4000,
    ),
  };
}

/**
 * The default reply of `createMockLanguageModel`: a deterministic, schema-valid output for
 * every built-in task, computed from the task's structured input.
 *
 * @throws Error for a task name Coach does not define.
 */
export function defaultMockResponse(options: Pick<GenerateObjectOptions, 'task' | 'input'>): unknown {
  const input = options.input;
  switch (options.task.name) {
    case 'detect-role':
      return detectRole(input as DetectRoleInput);
    case 'generate-question':
      return generateQuestion(input as GenerateQuestionInput);
    case 'evaluate-answer':
      return evaluateAnswer(input as EvaluateAnswerInput);
    case 'final-feedback':
      return finalFeedback(input as FinalFeedbackInput);
    case 'dsa-feedback':
      return dsaFeedback(input as DsaFeedbackInput);
    case 'combined-feedback':
      return combinedFeedback(input as CombinedFeedbackInput);
    case 'invite-email':
      return inviteEmail(input as InviteEmailInput);
    default:
      throw new Error(`The mock language model has no default reply for task "${options.task.name}"; pass \`respond\`.`);
  }
}
