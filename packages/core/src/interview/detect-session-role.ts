import type { DetectedRole, InterviewTemplate, ResumeProfile } from '../domain/index.js';
import type { CoachContext } from '../internal/context.js';
import { runTask } from '../language-model/run-task.js';
import { detectRoleTask } from '../prompts/tasks.js';
import { TEMPLATE_SENIORITY } from '../templates/starter-templates.js';

const SENIORITY_PREFIX = /^(?:junior|jr\.?|mid-level|senior|sr\.?|lead|principal|staff)\s+/i;
const SENIORITY_LABEL: Record<DetectedRole['seniority'], string> = { junior: 'Junior ', mid: '', senior: 'Senior ', lead: 'Lead ' };

/**
 * Detects the role the interview is about, through the `detect-role` task. The template
 * decides where it says something: its `roleFocus` wins over the detected family (the title
 * then becomes the template's), and a template with a fixed level (e.g. `new-grad`) sets the
 * seniority.
 */
export async function detectSessionRole(
  context: CoachContext,
  options: { profile: ResumeProfile; template: InterviewTemplate; jobDescription: string | null; abortSignal?: AbortSignal },
): Promise<DetectedRole> {
  const { profile, template, jobDescription, abortSignal } = options;
  const { output } = await runTask(
    context,
    detectRoleTask,
    {
      resumeText: profile.text,
      skills: profile.skills,
      yearsOfExperience: profile.yearsOfExperience,
      roleFocus: template.roleFocus,
      jobDescription,
    },
    { abortSignal },
  );
  let role: DetectedRole = { title: output.title, family: output.family, seniority: output.seniority, matchedSkills: output.matchedSkills };
  if (template.roleFocus && role.family !== template.roleFocus) {
    role = { ...role, family: template.roleFocus, title: withSeniority(template.title, role.seniority) };
  }
  const fixedSeniority = TEMPLATE_SENIORITY[template.id];
  if (fixedSeniority && role.seniority !== fixedSeniority) {
    role = { ...role, seniority: fixedSeniority, title: withSeniority(role.title, fixedSeniority) };
  }
  return role;
}

/** Replaces the level word at the start of a job title, e.g. `Senior Backend Engineer` → `Junior Backend Engineer`. */
export function withSeniority(title: string, seniority: DetectedRole['seniority']): string {
  const base = title.replace(SENIORITY_PREFIX, '').trim();
  // Titles that carry their level in the noun ("Director of Engineering") are left alone.
  if (/\b(?:director|head|vp|chief|manager|new graduate)\b/i.test(base)) return base.slice(0, 80);
  return `${SENIORITY_LABEL[seniority]}${base}`.slice(0, 80);
}
