import { defineQuestions } from './question-types.js';

const OUTCOME = 'outcome: result, outcome, in the end, as a result, resulted, delivered, shipped, launched, improved, reduced, increased, saved';

/** Behavioral questions shared by every role. */
export const BEHAVIORAL_QUESTIONS = defineQuestions('behavioral', 'behavioral', [
  {
    id: 'beh-intro',
    opener: true,
    rubric: 'open',
    text: 'Walk me through your background and the experience that best prepares you for a {role} role.',
    concepts: [
      'relevant experience: experience, worked, years, role, position, responsible',
      'concrete achievements: built, led, designed, launched, delivered, improved, shipped',
      'skills that fit the role: skill, expertise, stack, specialis, specializ, focus',
      'motivation: interested, excited, enjoy, passion, motivat, looking for, next step',
    ],
    goodAnswer: 'A two-minute narrative that connects past roles to this one, with one or two concrete achievements and a clear reason for the move.',
  },
  {
    id: 'beh-motivation',
    rubric: 'open',
    text: 'Why are you interested in a {role} role, and what kind of work do you want to be doing more of in the next two years?',
    concepts: [
      'motivation: interest, enjoy, passion, excited, motivat, love, curious',
      'fit with strengths: strength, skill, experience, good at, background',
      'growth goals: grow, learn, goal, career, next, develop, two years',
      'specific examples: example, project, when i, for instance',
    ],
    goodAnswer: 'Specific reasons tied to real experiences, and growth goals that fit what the role offers.',
  },
  {
    id: 'beh-conflict',
    text: 'Tell me about a time you disagreed with a teammate or stakeholder about a technical or product decision. How did you handle it, and what was the outcome?',
    concepts: [
      'the disagreement: disagree, disagreement, conflict, pushback, pushed back, tension, different opinion, objection',
      'understanding the other side: listen, understand, perspective, concern, empathy, asked why, their point',
      'evidence-based resolution: data, evidence, prototype, benchmark, experiment, pros and cons, trade-off, tradeoff',
      'agreement reached: agreed, compromise, consensus, decided, aligned, resolved, disagree and commit',
      'relationship kept: relationship, trust, respect, collaborat, worked well',
    ],
    goodAnswer:
      'A real disagreement, how the candidate understood the other view, used evidence to decide, and what happened to the decision and the relationship.',
  },
  {
    id: 'beh-failure',
    text: 'Describe a project or decision that failed or went badly. What was your part in it, and what did you change afterwards?',
    concepts: [
      'owning the failure: mistake, my fault, i was responsible, i underestimated, failed, missed, i should have',
      'root cause: root cause, because, analysis, postmortem, post-mortem, retrospective, why it happened',
      'recovery: fixed, recovered, rolled back, mitigat, salvaged, recover',
      'lesson learned: learned, lesson, since then, changed, now i, takeaway',
      'prevention: prevent, checklist, test, monitoring, alert, review, process',
    ],
    goodAnswer: 'Clear personal ownership of a real failure, its root cause, how it was handled, and a concrete change in behaviour since.',
  },
  {
    id: 'beh-deadline',
    text: 'Tell me about a time you had to deliver under a tight deadline. How did you decide what to cut or prioritise, and how did it turn out?',
    concepts: [
      'prioritisation: prioriti, must-have, must have, scope, cut, mvp, trade-off, tradeoff, descoped',
      'communication: communicat, stakeholder, informed, expectations, update, told',
      'planning: plan, estimate, milestone, broke down, broke it down, tasks, daily',
      'quality and risk: test, quality, technical debt, tech debt, risk, follow-up',
      'delivery: delivered, shipped, launched, on time, deadline, released',
    ],
    goodAnswer: 'How scope was negotiated and prioritised, how risk and quality were managed, and whether the deadline was met.',
  },
  {
    id: 'beh-initiative',
    text: 'Give me an example of a problem nobody asked you to solve that you took on yourself. Why did you pick it up, and what impact did it have?',
    concepts: [
      'initiative: noticed, on my own, volunteered, took the initiative, initiative, proactive, nobody, no one',
      'why it mattered: because, impact, cost, pain, users, customers, wasted',
      'getting buy-in: convinced, proposal, proposed, buy-in, pitched, manager, approval',
      'execution: built, wrote, implemented, automated, created, organised, organized',
      OUTCOME,
    ],
    goodAnswer: 'A self-started improvement, the reasoning behind it, how others were brought along, and its measurable effect.',
  },
  {
    id: 'beh-learning',
    text: 'Tell me about a time you had to learn a new technology or domain quickly to get something done. How did you approach it?',
    concepts: [
      'learning approach: documentation, docs, tutorial, course, read, prototype, experiment, spike, book',
      'asking for help: asked, mentor, expert, colleague, pair, community',
      'applying it: built, applied, shipped, implemented, used it',
      'time frame: days, weeks, quickly, within, deadline',
      'reflection: learned, would do differently, next time, takeaway',
    ],
    goodAnswer: 'A deliberate learning strategy, how it was applied to real work within a time frame, and what the candidate would repeat or change.',
  },
  {
    id: 'beh-feedback',
    text: 'Describe a time you received critical feedback. How did you respond, and what did you change as a result?',
    concepts: [
      'the feedback: feedback, criticism, critique, review, told me, pointed out',
      'reaction: listened, reflected, asked for examples, defensive, accepted, thanked',
      'change made: changed, improved, started, stopped, adjusted, practice',
      'follow-through: checked in, later, since then, afterwards, follow up, followed up',
    ],
    goodAnswer: 'Specific feedback, an open response, a concrete behaviour change and evidence that it stuck.',
  },
  {
    id: 'beh-influence',
    text: 'Tell me about a time you had to convince people without formal authority to adopt your idea or approach.',
    concepts: [
      'stakeholders involved: stakeholder, team, manager, peers, leadership, other teams',
      'persuasive evidence: data, prototype, demo, proof of concept, benchmark, document, rfc, design doc, numbers',
      'handling concerns: concern, objection, feedback, listened, adjust, address',
      'adoption: adopted, agreed, rolled out, buy-in, approved, accepted',
    ],
    goodAnswer: 'Who needed convincing, what evidence was used, how objections shaped the idea, and whether it was adopted.',
  },
  {
    id: 'beh-ambiguity',
    text: 'Describe a situation where the requirements were unclear or kept changing. What did you do to move forward?',
    concepts: [
      'clarifying: clarif, questions, asked, requirements, user, stakeholder',
      'explicit assumptions: assumption, hypothesis, documented, wrote down',
      'iterating: iterat, prototype, mvp, incremental, feedback loop, small steps',
      'communication: communicat, update, aligned, sync, meeting',
      OUTCOME,
    ],
    goodAnswer: 'How the candidate reduced ambiguity (questions, explicit assumptions, prototypes) and kept delivering while requirements moved.',
  },
  {
    id: 'beh-incident',
    text: 'Tell me about a time something you owned broke in production or in front of customers. What did you do in the first hour, and afterwards?',
    concepts: [
      'mitigation first: rollback, roll back, rolled back, mitigat, hotfix, triage, incident, on-call, on call',
      'communication: communicat, status, customers, stakeholders, updates, informed',
      'root cause: root cause, postmortem, post-mortem, logs, debug, investigat',
      'prevention: test, monitoring, alert, guardrail, automat, prevent',
      'blameless learning: blameless, learning, lesson',
    ],
    goodAnswer: 'Calm mitigation first, clear communication, a root-cause analysis and lasting preventive changes.',
  },
  {
    id: 'beh-helping-others',
    text: 'Tell me about a time you helped a colleague grow or get unblocked. What did you do, and how did you know it worked?',
    concepts: [
      'understanding their needs: understand, goal, struggling, needs, asked, blocked',
      'how you helped: pair, review, explain, example, guide, mentor, coach, walked through',
      'building autonomy: independent, their own, confidence, ownership',
      'evidence it worked: promoted, delivered, faster, feedback, improved, now they',
    ],
    goodAnswer: 'A specific person and problem, a tailored way of helping that built their independence, and evidence of the effect.',
  },
  {
    id: 'beh-competing-priorities',
    text: 'Describe a time you had several important requests competing for your time. How did you decide what to do first?',
    concepts: [
      'prioritisation criteria: impact, urgency, urgent, effort, priority, value, deadline',
      'alignment: manager, stakeholder, aligned, negotiat, discuss',
      'saying no: said no, pushed back, deferred, postponed, declined, later',
      OUTCOME,
    ],
    goodAnswer: 'Explicit criteria for the order of work, alignment with the people affected, and what was deferred and why.',
  },
  {
    id: 'beh-quality-pushback',
    text: 'Tell me about a time you pushed back on shipping something because of quality, security or user-experience concerns.',
    concepts: [
      'the risk identified: risk, bug, vulnerability, security, quality, edge case, user experience, ux',
      'evidence: data, test, repro, reproduc, example, demo',
      'alternative proposed: alternative, proposed, option, compromise, feature flag, phased',
      OUTCOME,
    ],
    goodAnswer: 'A concrete risk backed by evidence, a constructive alternative rather than a plain veto, and the outcome.',
  },
  {
    id: 'beh-cross-functional',
    text: 'Give an example of a project where you worked closely with people from other functions, such as design, product, data or operations. How did you keep everyone aligned?',
    concepts: [
      'other functions: design, product, data, sales, operations, support, marketing, legal',
      'alignment mechanisms: meeting, sync, document, spec, demo, updates, kickoff, slack',
      'different goals: trade-off, tradeoff, priorities, goals, constraint, tension',
      OUTCOME,
    ],
    goodAnswer: 'Who was involved, the concrete alignment practices used, how conflicting goals were resolved, and the result.',
  },
  {
    id: 'beh-process-improvement',
    text: 'Tell me about a process, workflow or tool you improved for your team. How did you measure that it was better?',
    concepts: [
      'the problem: slow, manual, painful, error-prone, bottleneck, repetitive, flaky',
      'the change: automat, script, tool, template, pipeline, process, checklist',
      'adoption: team adopted, rolled out, documented, trained, onboard',
      'measurement: measured, metric, minutes, hours, percent, %, before and after',
    ],
    goodAnswer: 'A real pain point, a specific improvement, how the team adopted it, and a before/after measurement.',
  },
  {
    id: 'beh-difficult-customer',
    text: 'Describe a time you dealt with a frustrated user, customer or stakeholder. What did you do to turn the situation around?',
    concepts: [
      'empathy: listened, understand, empath, acknowledged, apologi',
      'diagnosis: root cause, investigate, reproduce, asked',
      'action taken: fixed, workaround, escalat, prioritised, prioritized, offered',
      'follow-up: followed up, kept informed, updates, check in, checked in',
      'outcome for them: satisfied, renewed, retained, thanked, resolved, happy',
    ],
    goodAnswer: 'Acknowledging the frustration, finding the real problem, acting on it, and closing the loop with a measurable outcome.',
  },
  {
    id: 'beh-proudest',
    text: 'What is the accomplishment from your career you are most proud of, and what exactly was your contribution?',
    concepts: [
      'the accomplishment: built, launched, delivered, led, designed, created',
      'personal contribution: i designed, i built, i wrote, i led, my part, my role, i was responsible',
      'difficulty: challenge, hard, complex, constraint, difficult',
      OUTCOME,
    ],
    goodAnswer: 'A significant achievement where the candidate’s own contribution is distinct from the team’s, with the difficulty and the measurable impact.',
  },
  {
    id: 'beh-uncertain-decision',
    text: 'Tell me about an important decision you had to make without all the information you wanted. How did you make it, and would you decide the same way today?',
    concepts: [
      'uncertainty: unknown, uncertain, incomplete, risk, assumption, missing information',
      'decision approach: options, trade-off, tradeoff, pros and cons, reversible, data, consulted',
      'risk mitigation: rollback, experiment, checkpoint, monitor, safeguard',
      'reflection: in hindsight, learned, today, differently, same decision',
    ],
    goodAnswer: 'How options and risks were weighed under uncertainty, what safeguards were set, and an honest reflection on the decision.',
  },
  {
    id: 'beh-leading-change',
    seniority: ['senior', 'lead'],
    text: 'Tell me about a time you led a significant technical or organisational change across more than one team.',
    concepts: [
      'why the change: why, problem, goal, vision, motivation',
      'planning: roadmap, plan, phased, milestones, migration, rollout',
      'stakeholder buy-in: stakeholder, buy-in, convinced, aligned, rfc, proposal',
      'execution and risk: risk, rollback, pilot, incremental, blockers',
      OUTCOME,
    ],
    goodAnswer: 'The case for change, a phased plan, how teams were brought along, how risks were handled, and measurable results.',
  },
]);
