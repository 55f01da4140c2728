import type { CoachContext } from '../internal/context.js';
import { findLinks, mentionsSensitiveData } from '../internal/link-detection.js';
import { sanitizeHeaderText } from '../internal/mail-header.js';
import { runTask } from '../language-model/run-task.js';
import { inviteEmailTask, type InviteEmailInput } from '../prompts/tasks.js';
import { inviteSubject, renderInviteHtml, renderInviteTemplate, type InviteWords } from './invite-template.js';
import { safeInviteInput } from './invite-values.js';

/** A drafted invite, ready to send. */
export interface InviteDraft extends InviteWords {
  html: string;
  /** Whether the language model wrote the words or the built-in template did. */
  source: 'model' | 'template';
}

/**
 * Drafts an invite. A language model other than the offline interviewer writes it when one
 * is configured; its draft is used only if `checkInviteDraft` finds nothing wrong. Any
 * failure of the model, and any problem with its draft, falls back to the built-in template,
 * so drafting never fails.
 */
export async function draftInvite(
  context: CoachContext,
  given: InviteEmailInput,
  options: { allowedAddresses?: string[]; abortSignal?: AbortSignal } = {},
): Promise<InviteDraft> {
  // The role and the name come from a model reading the candidate's résumé: data that must
  // not carry a link or an instruction into the email, on the template path too.
  const { input, problems: inputProblems } = safeInviteInput(given);
  if (inputProblems.length > 0) context.logger.warn('invite values left out', { problems: inputProblems });
  if (context.languageModel.provider !== 'offline') {
    try {
      const { output } = await runTask(context, inviteEmailTask, input, options.abortSignal ? { abortSignal: options.abortSignal } : {});
      const words = { subject: inviteSubject(output.subject), text: normalizeBody(output.text) };
      const problems = checkInviteDraft(words, input, options.allowedAddresses ?? []);
      if (problems.length === 0) return { ...words, html: renderInviteHtml(words.text, input.meetingLink), source: 'model' };
      context.logger.warn('invite draft rejected; using the built-in template', {
        provider: context.languageModel.provider,
        problems,
      });
    } catch (error) {
      if (options.abortSignal?.aborted) throw error;
      context.logger.warn('invite drafting failed; using the built-in template', {
        provider: context.languageModel.provider,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  let words = renderInviteTemplate(input);
  const templateProblems = checkInviteDraft(words, input, options.allowedAddresses ?? []);
  if (templateProblems.length > 0) {
    // Only reachable if a value slipped past `safeInviteInput`: send the invite without it.
    context.logger.warn('invite template rejected; sending it without role and name', { problems: templateProblems });
    words = renderInviteTemplate({ ...input, role: '', candidateName: '' });
  }
  return { ...words, html: renderInviteHtml(words.text, input.meetingLink), source: 'template' };
}

const PLACEHOLDERS: RegExp[] = [
  /\[[^\]\n]{0,60}\]/, // [Name], [Your Name], [link]
  /\{[^}\n]{0,60}\}/, // {link}, {{name}}
  /<[^>\n]{0,60}>/, // <name>, <meeting link>
  /\b(?:xxx+|tbd|lorem ipsum|insert (?:name|link|date))\b/i,
];

const INJECTION: RegExp[] = [
  /^\s*(?:bcc|cc|to|from|subject|reply-to|sender|content-type|content-transfer-encoding|mime-version)\s*:/im,
  /UNTRUSTED_/i,
  /\b(?:ignore|disregard)\b.{0,40}\b(?:instructions|prompt)\b/i,
  /\bsystem prompt\b/i,
];

const EMAIL_ADDRESS = /[^\s@<>()[\]{}"',;:]+@[^\s@<>()[\]{}"',;:]+\.[^\s@<>()[\]{}"',;:]+/g;

/**
 * Lists what is wrong with a drafted invite (empty when it may be sent): the body must contain
 * the meeting link verbatim, the candidate's name and the recruiter's name; neither part may
 * contain unfilled placeholders (`[Name]`, `{{x}}`, `<name>`), links or addresses other than
 * the meeting link and `allowedAddresses`, control characters, header-like lines, or signs
 * of instructions that leaked from the candidate's text.
 */
export function checkInviteDraft(draft: InviteWords, input: InviteEmailInput, allowedAddresses: readonly string[] = []): string[] {
  const problems: string[] = [];
  const text = draft.text;
  const subject = draft.subject;
  if (!text.includes(input.meetingLink)) problems.push('the meeting link is missing or altered');
  if (!meetingLinkStandsAlone(`${subject}\n${text}`, input.meetingLink)) problems.push('the meeting link is extended');
  const name = sanitizeHeaderText(input.candidateName);
  if (name && !normalizeSpaces(text).toLowerCase().includes(name.toLowerCase())) problems.push("the candidate's name is missing");
  const recruiter = sanitizeHeaderText(input.recruiterName);
  if (recruiter && !normalizeSpaces(text).toLowerCase().includes(recruiter.toLowerCase())) problems.push("the recruiter's name is missing");

  // The given values (the meeting link, names, the role) may contain anything, such as
  // `ASP.NET` in a role; judge only what the model added around them.
  const rest = [input.meetingLink, input.candidateName, name, input.recruiterName, recruiter, input.role]
    .filter((value) => value.trim().length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((remaining, value) => remaining.split(value).join(' '), `${subject}\n${text}`);
  if (PLACEHOLDERS.some((pattern) => pattern.test(rest))) problems.push('it contains an unfilled placeholder');
  // The meeting link is the only link an invite may hold: any other host-like token, IP,
  // scheme or `//` reference left after removing it is refused (fullwidth dots included).
  if (findLinks(rest).length > 0) problems.push('it contains a link other than the meeting link');
  if (mentionsSensitiveData(rest)) problems.push('it asks for payment, identity or credential data');
  const allowed = new Set(allowedAddresses.map((address) => address.toLowerCase()));
  const addresses = rest.match(EMAIL_ADDRESS) ?? [];
  if (addresses.some((address) => !allowed.has(address.replace(/[.]+$/, '').toLowerCase()))) {
    problems.push('it contains an email address');
  }
  if (/[^\P{Cc}\t\n]|[\u2028\u2029]/u.test(text) || /\p{Cc}/u.test(subject)) {
    problems.push('it contains control characters');
  }
  if (INJECTION.some((pattern) => pattern.test(rest))) problems.push('it contains injected instructions or headers');
  if (subject.length < 3) problems.push('the subject is empty');
  return problems;
}

/**
 * Whether every occurrence of the meeting link ends where the link ends: followed by the end,
 * whitespace, or closing punctuation, so `…/abc?next=//evil` or `…/abc.evil.example` is not
 * passed off as the configured link.
 */
function meetingLinkStandsAlone(text: string, meetingLink: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(meetingLink, from);
    if (at < 0) return true;
    const after = text.slice(at + meetingLink.length, at + meetingLink.length + 2);
    if (!/^(?:$|\s|[.,;:!?)\]'"](?:$|\s))/.test(after)) return false;
    from = at + meetingLink.length;
  }
}

function normalizeBody(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}
