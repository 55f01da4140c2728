import { describe, expect, it } from 'vitest';
import type { AnswerEvaluation, InterviewSession, InterviewTurn } from '../domain/index.js';
import { buildReport, combineScores, COMBINED_REPORT_WEIGHTS, questionOnlyWeights, questionScores, summarizeResume } from './build-report.js';

const provenance = { provider: 'test', modelId: 'm', task: 'evaluate-answer', promptVersion: 1 };

function turn(index: number, kind: InterviewTurn['kind'], score: number | null): InterviewTurn {
  const evaluation: AnswerEvaluation | null =
    score === null
      ? null
      : { score, feedback: `feedback ${index}`, strengths: [], improvements: [], evidence: ['quote'], evidenceStatus: 'sufficient', provenance };
  return {
    id: `t${index}`,
    sessionId: 's',
    index,
    kind,
    question: `Q${index}?`,
    questionKey: null,
    followUpOf: null,
    answer: score === null ? null : `answer ${index}`,
    answeredAt: null,
    evaluation,
    createdAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('combineScores', () => {
  it('should weigh behavioral, technical and DSA with the explicit weights', () => {
    const { overallScore, weights } = combineScores({ behavioral: 8, technical: 6, dsa: 4 });
    expect(weights).toEqual(COMBINED_REPORT_WEIGHTS);
    expect(overallScore).toBe(Math.round((0.35 * 8 + 0.35 * 6 + 0.3 * 4) * 10) / 10);
  });

  it('should renormalise the weights over the parts present', () => {
    const { overallScore, weights } = combineScores({ behavioral: 8, technical: 6, dsa: null });
    expect(weights).toEqual({ behavioral: 0.5, technical: 0.5, dsa: 0 });
    expect(overallScore).toBe(7);
    const onlyTechnical = combineScores({ behavioral: null, technical: 6, dsa: 9 });
    expect(onlyTechnical.weights.behavioral).toBe(0);
    expect(onlyTechnical.weights.technical + onlyTechnical.weights.dsa).toBeCloseTo(1);
    expect(onlyTechnical.overallScore).toBe(Math.round(((0.35 * 6 + 0.3 * 9) / 0.65) * 10) / 10);
  });
});

describe('questionScores', () => {
  it('should average each kind and every evaluated turn, skipping unevaluated ones', () => {
    const turns = [turn(0, 'behavioral', 8), turn(1, 'technical', 5), turn(2, 'behavioral', 6), turn(3, 'technical', null)];
    const scores = questionScores(turns);
    expect(scores).toMatchObject({ behavioral: 7, technical: 5, overall: 6.3, behavioralCount: 2, technicalCount: 1 });
    const weights = questionOnlyWeights(scores);
    // The question-only weights reproduce the mean over turns.
    expect(Math.round((weights.behavioral * 7 + weights.technical * 5) * 10) / 10).toBe(6.3);
  });
});

describe('buildReport', () => {
  const session = {
    id: 'session-id-0000000000',
    resume: { text: 't', source: 'text', pageCount: null, name: null, email: null, phone: null, skills: ['Go', 'SQL'], yearsOfExperience: 3 },
    role: { title: 'Backend Engineer', family: 'backend', seniority: 'mid', matchedSkills: [] },
  } as unknown as InterviewSession;

  it('should fall back to a neutral name and empty email, and keep the existing id and decision', () => {
    const now = '2024-02-02T00:00:00.000Z';
    const report = buildReport({
      session,
      turns: [turn(0, 'behavioral', 7)],
      dsa: null,
      overallScore: 7,
      weights: { behavioral: 1, technical: 0, dsa: 0 },
      summary: 's',
      strengths: [],
      improvements: [],
      provenance: [provenance, { ...provenance, task: 'final-feedback' }],
      existing: { id: 'report-1', decision: 'Accepted', createdAt: '2024-01-01T00:00:00.000Z' } as never,
      now,
    });
    expect(report).toMatchObject({ id: 'report-1', decision: 'Accepted', candidateName: 'Candidate', candidateEmail: '', role: 'Backend Engineer' });
    expect(report.createdAt).toBe('2024-01-01T00:00:00.000Z');
    expect(report.updatedAt).toBe(now);
    expect(report.questions).toEqual([
      { question: 'Q0?', kind: 'behavioral', answer: 'answer 0', score: 7, feedback: 'feedback 0', evidence: ['quote'], evidenceStatus: 'sufficient' },
    ]);
    expect(report.provenance.map((entry) => entry.task)).toEqual(['evaluate-answer', 'final-feedback']);
    expect(report.technicalScore).toBeNull();
  });

  it('should summarise the resume with experience and skills', () => {
    expect(summarizeResume(session.resume)).toBe('3 years of experience.\nSkills: Go, SQL.');
  });

  it('should list the skills matched to the role first, then the others, without dropping any of a long list', () => {
    const skills = [
      'Java',
      'SQL',
      'Docker',
      'Terraform',
      'Django',
      'Celery',
      'Python',
      'PostgreSQL',
      'Redis',
      'AWS',
      'Kubernetes',
      'React',
      'TypeScript',
      'Go',
      'Figma',
    ];
    const role = {
      title: 'Backend Engineer',
      family: 'backend',
      seniority: 'senior' as const,
      matchedSkills: skills.filter((name) => !['React', 'Figma'].includes(name)),
    };
    const summary = summarizeResume({ ...session.resume, skills, yearsOfExperience: 8.5 }, role);
    expect(summary?.split('\n')).toEqual([
      '8.5 years of experience.',
      'Skills for the Backend Engineer role: Java, SQL, Docker, Terraform, Django, Celery, Python, PostgreSQL, Redis, AWS, Kubernetes, TypeScript, Go.',
      'Other skills: React, Figma.',
    ]);
  });
});
