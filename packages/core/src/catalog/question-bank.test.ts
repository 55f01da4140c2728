import { describe, expect, it } from 'vitest';
import type { DetectedRole, QuestionKind } from '../domain/index.js';
import { generateQuestionOutput, type GenerateQuestionInput } from '../prompts/tasks.js';
import { createFollowUpQuestion } from '../adapters/offline/follow-up-question.js';
import { BEHAVIORAL_QUESTIONS, chooseQuestion, findQuestionByText, QUESTION_BANK, renderQuestion, rubricFor, TECHNICAL_QUESTIONS } from './question-bank.js';
import { ALL_SKILLS, ROLE_FAMILIES } from './taxonomy.js';

const BACKEND: DetectedRole = { title: 'Senior Backend Engineer', family: 'backend', seniority: 'senior', matchedSkills: ['Go', 'PostgreSQL', 'Kafka'] };

function input(overrides: Partial<GenerateQuestionInput> = {}): GenerateQuestionInput {
  return {
    kind: 'technical',
    role: BACKEND,
    skills: ['Go', 'PostgreSQL', 'Kafka', 'Kubernetes'],
    resumeText: 'Backend engineer, Go and PostgreSQL.',
    jobDescription: null,
    previousQuestions: [],
    questionNumber: 1,
    totalQuestions: 10,
    followUpTo: null,
    seed: 'session-1',
    ...overrides,
  };
}

/** Runs a whole session of `count` questions, alternating kinds, feeding each back as asked. */
function session(role: DetectedRole, skills: string[], count: number, seed: string) {
  const previous: GenerateQuestionInput['previousQuestions'] = [];
  for (let index = 0; index < count; index += 1) {
    const kind: QuestionKind = index % 2 === 0 ? 'behavioral' : 'technical';
    const output = chooseQuestion(input({ kind, role, skills, previousQuestions: previous, questionNumber: index + 1, totalQuestions: count, seed }));
    expect(generateQuestionOutput.safeParse(output).success).toBe(true);
    previous.push({ question: output.question, kind, questionKey: output.questionKey });
  }
  return previous;
}

describe('question bank', () => {
  it('should hold at least 15 behavioral questions and 15 technical questions per role family', () => {
    expect(BEHAVIORAL_QUESTIONS.length).toBeGreaterThanOrEqual(15);
    for (const family of ROLE_FAMILIES) expect(TECHNICAL_QUESTIONS[family].length, family).toBeGreaterThanOrEqual(15);
  });

  it('should give every question a unique id, key concepts with cues and a description of a good answer', () => {
    const ids = QUESTION_BANK.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of QUESTION_BANK) {
      expect(question.keyConcepts.length, question.id).toBeGreaterThanOrEqual(3);
      for (const concept of question.keyConcepts) expect(concept.cues.length, `${question.id}: ${concept.label}`).toBeGreaterThan(0);
      expect(question.goodAnswer.length, question.id).toBeGreaterThan(20);
      expect(question.text.length).toBeLessThanOrEqual(560);
    }
  });

  it('should only reference skills of the taxonomy, and give every {skill} question skills to fill it', () => {
    for (const question of QUESTION_BANK) {
      for (const skill of question.skills) expect(ALL_SKILLS, `${question.id} → ${skill}`).toContain(skill);
      if (question.text.includes('{skill}')) expect(question.skills.length, question.id).toBeGreaterThan(0);
    }
  });

  it('should find a rendered question again from its text', () => {
    const question = TECHNICAL_QUESTIONS.backend.find((entry) => entry.id === 'be-slow-query')!;
    const text = renderQuestion(question, { skill: 'MySQL', role: 'Backend Engineer' });
    expect(text).toContain('MySQL');
    expect(findQuestionByText(text)?.id).toBe('be-slow-query');
    expect(rubricFor({ kind: 'technical', question: text, questionKey: null }).question?.id).toBe('be-slow-query');
  });
});

describe('chooseQuestion', () => {
  it('should never repeat a question within a long session', () => {
    for (const [family, skills] of [
      ['backend', ['Go', 'PostgreSQL']],
      ['frontend', ['React', 'TypeScript']],
      ['data', ['Airflow', 'SQL']],
      ['product', []],
    ] as const) {
      const role: DetectedRole = { title: 'Engineer', family, seniority: 'mid', matchedSkills: [...skills] };
      const asked = session(role, [...skills], 40, `seed-${family}`);
      expect(new Set(asked.map((question) => question.questionKey)).size, family).toBe(asked.length);
      expect(new Set(asked.map((question) => question.question)).size, family).toBe(asked.length);
    }
  });

  it('should keep answering with new questions after the bank of a kind is exhausted', () => {
    const asked = session({ ...BACKEND, family: 'qa' }, [], 60, 'exhaust');
    expect(new Set(asked.map((question) => question.question)).size).toBe(60);
  });

  it('should be deterministic for a seed and vary across seeds', () => {
    const first = session(BACKEND, ['Go', 'PostgreSQL'], 8, 'alpha');
    expect(session(BACKEND, ['Go', 'PostgreSQL'], 8, 'alpha')).toEqual(first);
    const others = ['beta', 'gamma', 'delta'].map((seed) => session(BACKEND, ['Go', 'PostgreSQL'], 8, seed));
    expect(others.some((other) => JSON.stringify(other) !== JSON.stringify(first))).toBe(true);
  });

  it('should open with the introduction question and then not ask it again', () => {
    const first = chooseQuestion(input({ kind: 'behavioral' }));
    expect(first.questionKey).toBe('beh-intro');
    expect(first.question).toContain('Senior Backend Engineer');
  });

  it('should fill skill slots only with skills from the resume', () => {
    const asked = session(BACKEND, ['Go', 'PostgreSQL', 'Kafka'], 16, 'skills');
    const technical = asked.filter((question) => question.kind === 'technical');
    const slotted = technical.filter((question) => TECHNICAL_QUESTIONS.backend.find((entry) => entry.id === question.questionKey)?.text.includes('{skill}'));
    expect(slotted.length).toBeGreaterThan(0);
    for (const question of slotted)
      expect(
        ['Go', 'PostgreSQL', 'Kafka'].some((skill) => question.question.includes(skill)),
        question.question,
      ).toBe(true);
  });

  it('should prefer questions about the candidate’s skills', () => {
    const output = chooseQuestion(input({ skills: ['Kafka'], role: { ...BACKEND, matchedSkills: ['Kafka'] } }));
    expect(output.question).toContain('Kafka');
  });

  it('should draw a full-stack interview from frontend and backend pools too', () => {
    const role: DetectedRole = { title: 'Full-Stack Engineer', family: 'fullstack', seniority: 'mid', matchedSkills: [] };
    const asked = session(role, ['React', 'Node.js'], 50, 'fullstack').filter((question) => question.kind === 'technical');
    const prefixes = new Set(asked.map((question) => question.questionKey?.split('-')[0]));
    expect(prefixes).toContain('fs');
    expect([...prefixes].some((prefix) => prefix === 'fe' || prefix === 'be')).toBe(true);
  });

  it('should skip leadership questions for junior candidates', () => {
    const junior: DetectedRole = { ...BACKEND, seniority: 'junior' };
    const asked = session(junior, ['Go'], 20, 'junior');
    expect(asked.map((question) => question.questionKey)).not.toContain('beh-leading-change');
  });
});

describe('createFollowUpQuestion', () => {
  const previous: GenerateQuestionInput['previousQuestions'] = [
    {
      question:
        'Tell me about a time you disagreed with a teammate or stakeholder about a technical or product decision. How did you handle it, and what was the outcome?',
      kind: 'behavioral',
      questionKey: 'beh-conflict',
    },
  ];

  function followUp(answer: string, kind: QuestionKind = 'behavioral', target: GenerateQuestionInput['previousQuestions'][number] = previous[0]!) {
    const data = input({
      kind,
      previousQuestions: [target],
      questionNumber: 2,
      followUpTo: { question: target.question, answer, feedback: '', questionKey: target.questionKey },
    });
    return createFollowUpQuestion(data, data.followUpTo!);
  }

  it('should ask for the result when the story has none', () => {
    const output = followUp(
      'At my last job our team was choosing between two queues and I disagreed with my lead. I built a benchmark comparing Kafka and RabbitMQ and I presented it at our architecture meeting.',
    );
    expect(output.questionKey).toBe('beh-conflict#follow-up:result');
    expect(output.question).toMatch(/outcome/i);
    expect(generateQuestionOutput.safeParse(output).success).toBe(true);
  });

  it('should ask what the candidate personally did when the answer is all "we"', () => {
    const output = followUp(
      'Last year we disagreed about the database. We discussed it in our team, we looked at the data and we decided to go with PostgreSQL. As a result we shipped on time.',
    );
    expect(output.questionKey).toBe('beh-conflict#follow-up:ownership');
    expect(output.question).toMatch(/personally/);
  });

  it('should probe a missing key concept of a technical answer', () => {
    const target: GenerateQuestionInput['previousQuestions'][number] = {
      question: 'A query on a large PostgreSQL table has become slow. How do you find out why, and what would you change?',
      kind: 'technical',
      questionKey: 'be-slow-query',
    };
    const output = followUp('I would add an index on the filtered columns because it makes the lookups faster.', 'technical', target);
    expect(output.questionKey).toBe('be-slow-query#follow-up:concept-1');
    expect(output.question).toContain('reading the query plan');
  });

  it('should not repeat a follow-up already asked', () => {
    const answer = 'At my last job I disagreed with my lead and I built a benchmark.';
    const first = followUp(answer);
    const data = input({
      kind: 'behavioral',
      previousQuestions: [...previous, { question: first.question, kind: 'behavioral', questionKey: first.questionKey }],
      followUpTo: { question: previous[0]!.question, answer, feedback: '', questionKey: 'beh-conflict' },
    });
    const second = createFollowUpQuestion(data, data.followUpTo!);
    expect(second.question).not.toBe(first.question);
    expect(second.questionKey).not.toBe(first.questionKey);
  });

  it('should restart gently after "I don\'t know"', () => {
    const output = followUp("I don't know.");
    expect(output.questionKey).toBe('beh-conflict#follow-up:restart');
    expect(output.question).not.toContain("I don't know");
  });
});
