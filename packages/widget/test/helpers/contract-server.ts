import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContractCheck } from './contract-validator.js';

/** A canned failure for the next request to a path. */
export interface InjectedFailure {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

/** A question of the script; a follow-up keeps the number of the question before it, as the real server does. */
type PlannedQuestion = { text: string; kind: 'behavioral' | 'technical'; is_follow_up?: boolean };

/** The planned number of the question at `index`, and how many planned questions there are. */
function plannedNumber(questions: FakeSession['questions'], index: number): number {
  return Math.max(1, questions.slice(0, index + 1).filter((question) => !question.is_follow_up).length);
}
function plannedTotal(questions: FakeSession['questions']): number {
  return questions.filter((question) => !question.is_follow_up).length;
}

interface FakeSession {
  id: string;
  templateId: string | null;
  includeDsa: boolean;
  questions: { id: string; text: string; kind: 'behavioral' | 'technical'; is_follow_up: boolean }[];
  answers: { questionId: string; answer: string; evaluation: Record<string, unknown> }[];
  dsa: {
    messages: { role: string; kind: string; text: string; at: string }[];
    submissions: number;
    done: boolean;
    score: number | null;
  } | null;
  completed: boolean;
  createdAt: string;
}

export interface ContractServer {
  origin: string;
  requests: RecordedRequest[];
  /** Answers of this stand-in that the server's OpenAPI document does not allow; a test fails when any appear. */
  contractErrors: string[];
  /** Makes the next request to `path` (e.g. `upload-resume/`) fail with this answer. */
  failNext(path: string, failure: InjectedFailure): void;
  /** Holds the answer to the next request to `path` until the returned function is called. */
  holdNext(path: string): () => void;
  /** Questions of new sessions (the default is three questions). */
  setQuestions(questions: PlannedQuestion[]): void;
  /** Whether `POST /api/text-to-speech/` answers 501 (no speech provider). */
  setSpeechConfigured(configured: boolean): void;
  close(): Promise<void>;
}

const demos = [
  {
    id: 'software-engineer',
    title: 'Software Engineer',
    description: 'Behavioral and technical questions, then a DSA round.',
    role_focus: 'software engineering',
    behavioral_questions: 2,
    technical_questions: 1,
    include_dsa: true,
  },
  {
    id: 'product-manager',
    title: 'Product Manager',
    description: 'Behavioral questions about product work.',
    role_focus: null,
    behavioral_questions: 3,
    technical_questions: 0,
    include_dsa: false,
  },
];

const role = 'Backend Engineer';
const roleDetails = { title: role, family: 'engineering', seniority: 'mid', matched_skills: ['Go', 'PostgreSQL'] };
const candidate = { name: 'Jordan Avery Smith', email: 'jordan.smith@example.com' };

const problem = {
  id: 'two-sum',
  title: 'Two Sum',
  // Markdown as models write it, with a tag that must stay text.
  prompt:
    'Given an array of integers `nums` and an integer `target`, return the indices of the **two** numbers that add up to `target`.\n\n' +
    'Constraints:\n- Each input has exactly one solution.\n- You may not use the same element twice: <b>no reuse</b>.',
  examples: [
    { input: 'nums = [2, 7, 11, 15], target = 9', output: '[0, 1]', explanation: '`nums[0] + nums[1] = 9`' },
    // Long enough to need wrapping: the output must stay in view beside it.
    {
      input: `nums = [${Array.from({ length: 40 }, (_, index) => 1000 + index).join(', ')}], target = 2077`,
      output: '[38, 39]',
      explanation: '',
    },
  ],
  difficulty: 'easy',
  topics: ['arrays', 'hash maps'],
  languages: ['pseudocode'],
  signatures: {},
};

// A 44-byte WAV header with no samples: valid audio the browser can load.
function silentWav(): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(22050, 24);
  header.writeUInt32LE(44100, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(0, 40);
  return header;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function evaluate(answer: string): Record<string, unknown> {
  const words = answer.trim().split(/\s+/).filter(Boolean);
  const score = Math.min(10, Math.max(1, Math.round(words.length / 3)));
  return {
    score,
    feedback: `You gave ${words.length} words; more concrete results would help.`,
    scoring: [`Length: ${Math.min(words.length, 10)} of 10 points.`, 'Specificity: 1 of 2.5 points.'],
    evidence: words.length > 0 ? [words.slice(0, 6).join(' ')] : [],
    strengths: ['Clear structure'],
    improvements: ['Quantify the impact'],
    evidence_status: words.length > 0 ? 'sufficient' : 'insufficient_evidence',
  };
}

/**
 * A small in-test implementation of the HTTP contract (`/work/shared/API.md`) for the
 * widget's UI tests: same routes, same shapes, with CORS for a cross-origin host page, and
 * failure injection. The end-to-end test uses the real server instead.
 */
export async function startContractServer(): Promise<ContractServer> {
  const sessions = new Map<string, FakeSession>();
  const failures = new Map<string, InjectedFailure[]>();
  const holds = new Map<string, Promise<void>[]>();
  const requests: RecordedRequest[] = [];
  let questionPlan: PlannedQuestion[] = [
    { text: 'Tell me about a time you led a project under a tight deadline.', kind: 'behavioral' },
    { text: 'How would you design a rate limiter for a public API?', kind: 'technical' },
    { text: 'Describe a disagreement with a teammate and how you resolved it.', kind: 'behavioral' },
  ];
  let speechConfigured = true;
  const checkContract = await createContractCheck();
  const contractErrors: string[] = [];

  function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const request = response.req;
    if (status < 300) {
      const mismatch = checkContract(request.method ?? 'GET', new URL(request.url ?? '/', 'http://localhost').pathname, status, body);
      if (mismatch) contractErrors.push(mismatch);
    }
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  }

  function error(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    send(response, status, { error: { code, message, request_id: randomBytes(8).toString('hex') } }, headers);
  }

  function dsaRound(session: FakeSession): Record<string, unknown> | null {
    const { dsa } = session;
    if (!dsa) return null;
    return { question: problem, messages: dsa.messages, submissions: dsa.submissions, code_submissions: [], done: dsa.done };
  }

  function report(session: FakeSession): Record<string, unknown> {
    const questions = session.answers.map((answer) => {
      const question = session.questions.find((item) => item.id === answer.questionId);
      return {
        question: question?.text ?? '',
        kind: question?.kind ?? 'behavioral',
        answer: answer.answer,
        score: answer.evaluation['score'],
        feedback: answer.evaluation['feedback'],
        evidence: answer.evaluation['evidence'],
        evidence_status: answer.evaluation['evidence_status'],
      };
    });
    const mean = (scores: number[]) => (scores.length ? Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10 : null);
    return {
      overall_score: mean(questions.map((question) => Number(question.score))) ?? 0,
      behavioral_score: mean(questions.filter((question) => question.kind === 'behavioral').map((question) => Number(question.score))),
      technical_score: mean(questions.filter((question) => question.kind === 'technical').map((question) => Number(question.score))),
      summary: 'A solid interview with room to add measurable results.',
      strengths: ['Structured answers'],
      improvements: ['Add numbers'],
      questions,
      report_id: `report-${session.id.slice(0, 8)}`,
    };
  }

  function sessionState(session: FakeSession): Record<string, unknown> {
    const current = session.questions[session.answers.length] ?? null;
    const feedback = session.completed ? report(session) : null;
    const round = dsaRound(session);
    return {
      session_id: session.id,
      demo_id: session.templateId ?? demos[0]!.id,
      state: session.completed ? 'completed' : current ? 'interviewing' : 'questions_done',
      role,
      role_details: roleDetails,
      candidate,
      include_dsa: session.includeDsa,
      question: current,
      question_number: plannedNumber(session.questions, Math.min(session.answers.length, session.questions.length - 1)),
      total_questions: plannedTotal(session.questions),
      turns: session.answers.map((answer, index) => {
        const question = session.questions.find((item) => item.id === answer.questionId);
        return {
          id: answer.questionId,
          number: index + 1,
          kind: question?.kind ?? 'behavioral',
          question: question?.text ?? '',
          is_follow_up: question?.is_follow_up ?? false,
          answer: answer.answer,
          answered_at: session.createdAt,
          evaluation: answer.evaluation,
        };
      }),
      final_feedback: feedback && {
        overall_score: feedback['overall_score'],
        summary: feedback['summary'],
        strengths: feedback['strengths'],
        improvements: feedback['improvements'],
      },
      dsa: round && { ...round, evaluation: null },
      report_id: feedback ? feedback['report_id'] : null,
      created_at: session.createdAt,
      last_activity_at: new Date().toISOString(),
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    if (request.method === 'OPTIONS') {
      response.writeHead(204);
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/^\/api\//, '');
    const raw = await readBody(request);
    const contentType = request.headers['content-type'] ?? '';
    let body: Record<string, unknown> = {};
    let form: FormData | null = null;
    if (contentType.startsWith('multipart/form-data')) {
      form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(raw) }).formData();
      body = Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : { name: value.name, size: value.size }]));
    } else if (raw.length > 0) {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    }
    requests.push({ method: request.method ?? 'GET', path, body });

    const hold = holds.get(path)?.shift();
    if (hold) await hold;
    const failure = failures.get(path)?.shift();
    if (failure) {
      error(response, failure.status, failure.code, failure.message, failure.headers);
      return;
    }

    const sessionFrom = (id: unknown): FakeSession | null => (typeof id === 'string' ? (sessions.get(id) ?? null) : null);

    if (request.method === 'GET' && path === 'demos/') return send(response, 200, demos);

    const sessionMatch = /^sessions\/([^/]+)\/$/.exec(path);
    if (request.method === 'GET' && sessionMatch) {
      const session = sessionFrom(decodeURIComponent(sessionMatch[1] ?? ''));
      if (!session) return error(response, 404, 'NOT_FOUND', 'No such session.');
      return send(response, 200, sessionState(session));
    }

    if (request.method !== 'POST') return error(response, 404, 'NOT_FOUND', 'No such route.');

    switch (path) {
      case 'upload-resume/': {
        const resume = form?.get('resume');
        if (!resume || typeof resume === 'string') return error(response, 400, 'VALIDATION_FAILED', 'The resume file is missing.');
        if (!/\.(pdf|docx|png|jpe?g)$/i.test(resume.name)) return error(response, 415, 'UNSUPPORTED_FILE_TYPE', 'Only PDF, DOCX, PNG and JPEG are read.');
        const templateId = typeof body['demo_id'] === 'string' ? body['demo_id'] : null;
        const demo = demos.find((item) => item.id === templateId);
        const id = randomBytes(16).toString('hex');
        const session: FakeSession = {
          id,
          templateId,
          includeDsa: demo?.include_dsa ?? false,
          questions: questionPlan.map((question, index) => ({ id: `${id}-q${index + 1}`, ...question, is_follow_up: question.is_follow_up === true })),
          answers: [],
          dsa: null,
          completed: false,
          createdAt: new Date().toISOString(),
        };
        sessions.set(id, session);
        const first = session.questions[0];
        return send(response, 200, {
          session_id: id,
          demo_id: templateId ?? demos[0]!.id,
          role,
          role_details: roleDetails,
          candidate,
          question: first,
          question_number: 1,
          total_questions: plannedTotal(session.questions),
          include_dsa: session.includeDsa,
        });
      }
      case 'submit-answer-and-get-next/': {
        const session = sessionFrom(body['session_id']);
        if (!session) return error(response, 404, 'NOT_FOUND', 'No such session.');
        const current = session.questions[session.answers.length];
        if (!current || current.id !== body['question_id']) return error(response, 409, 'QUESTION_ALREADY_ANSWERED', 'This question was already answered.');
        const evaluation = evaluate(String(body['answer'] ?? ''));
        session.answers.push({ questionId: current.id, answer: String(body['answer']), evaluation });
        const next = session.questions[session.answers.length] ?? null;
        return send(response, 200, {
          evaluation,
          next_question: next,
          is_final: next === null,
          question_number: plannedNumber(session.questions, next ? session.answers.length : session.answers.length - 1),
          total_questions: plannedTotal(session.questions),
        });
      }
      case 'get-final-feedback/': {
        const session = sessionFrom(body['session_id']);
        if (!session) return error(response, 404, 'NOT_FOUND', 'No such session.');
        session.completed = true;
        const { behavioral_score, technical_score, ...feedback } = report(session);
        return send(response, 200, { ...feedback, include_dsa: session.includeDsa });
      }
      case 'get-dsa-question/': {
        const session = sessionFrom(body['session_id']);
        if (!session) return error(response, 404, 'NOT_FOUND', 'No such session.');
        session.dsa ??= { messages: [], submissions: 0, done: false, score: null };
        return send(response, 200, dsaRound(session));
      }
      case 'submit-pseudocode/': {
        const session = sessionFrom(body['session_id']);
        if (!session?.dsa) return error(response, 409, 'DSA_NOT_STARTED', 'Start the DSA round first.');
        session.dsa.submissions += 1;
        session.dsa.score = 6;
        const at = new Date().toISOString();
        session.dsa.messages.push({ role: 'candidate', kind: 'pseudocode', text: String(body['pseudocode']), at });
        session.dsa.messages.push({ role: 'interviewer', kind: 'feedback', text: 'A hash map gives linear time.', at });
        session.dsa.messages.push({ role: 'interviewer', kind: 'follow_up', text: 'What happens with duplicate numbers?', at });
        return send(response, 200, {
          feedback: 'A hash map gives linear time.',
          score: 6,
          follow_up: 'What happens with duplicate numbers?',
          done: false,
          evaluation: null,
        });
      }
      case 'continue-pseudocode/': {
        const session = sessionFrom(body['session_id']);
        if (!session?.dsa) return error(response, 409, 'DSA_NOT_STARTED', 'Start the DSA round first.');
        const at = new Date().toISOString();
        session.dsa.messages.push({ role: 'candidate', kind: 'message', text: String(body['message']), at });
        session.dsa.done = true;
        session.dsa.messages.push({ role: 'interviewer', kind: 'message', text: 'Good, the map stores the first index.', at });
        return send(response, 200, { reply: 'Good, the map stores the first index.', follow_up: null, done: true, score: session.dsa.score });
      }
      case 'get-combined-report/': {
        const session = sessionFrom(body['session_id']);
        if (!session) return error(response, 404, 'NOT_FOUND', 'No such session.');
        const { overall_score, behavioral_score, technical_score, report_id, ...behavioral } = report(session);
        const dsaScore = session.dsa?.score ?? null;
        const weights = dsaScore === null ? { behavioral: 1, technical: 0, dsa: 0 } : { behavioral: 0.7, technical: 0, dsa: 0.3 };
        return send(response, 200, {
          report_id,
          overall_score: dsaScore === null ? overall_score : Math.round((Number(overall_score) * 0.7 + dsaScore * 0.3) * 10) / 10,
          behavioral_score,
          technical_score,
          dsa_score: dsaScore,
          weights,
          behavioral: { behavioral_score, technical_score, ...behavioral },
          dsa: session.dsa
            ? {
                problem_title: problem.title,
                problem_prompt: problem.prompt,
                score: dsaScore ?? 0,
                feedback: 'Linear time with a map.',
                approach: 'hash map',
                time_complexity: 'O(n)',
                conversation: session.dsa.messages,
                code: null,
              }
            : null,
        });
      }
      case 'text-to-speech/': {
        if (!speechConfigured) return error(response, 501, 'NOT_CONFIGURED', 'No speech provider is configured.');
        response.writeHead(200, { 'Content-Type': 'audio/wav' });
        response.end(silentWav());
        return;
      }
      default:
        return error(response, 404, 'NOT_FOUND', 'No such route.');
    }
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((caught: unknown) => {
      error(response, 500, 'INTERNAL', caught instanceof Error ? caught.message : 'failed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    contractErrors,
    failNext(path, failure) {
      failures.set(path, [...(failures.get(path) ?? []), failure]);
    },
    holdNext(path) {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      holds.set(path, [...(holds.get(path) ?? []), held]);
      return release;
    },
    setQuestions(questions) {
      questionPlan = questions;
    },
    setSpeechConfigured(configured) {
      speechConfigured = configured;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
