import type { InviteEmailInput } from '../prompts/tasks.js';
import { sanitizeHeaderText } from '../internal/mail-header.js';

/** The words of an invite: a one-line subject and a plain-text body. */
export interface InviteWords {
  subject: string;
  text: string;
}

const SUBJECT_MAX_LENGTH = 150;

/**
 * The built-in invite: used when no language model drafts one, and whenever a model's draft
 * fails the checks. Every value is reduced to one line so it reads as intended.
 */
export function renderInviteTemplate(input: InviteEmailInput): InviteWords {
  const name = sanitizeHeaderText(input.candidateName) || 'there';
  const role = sanitizeHeaderText(input.role);
  const recruiter = sanitizeHeaderText(input.recruiterName) || 'The Hiring Team';
  const position = role ? ` for the ${role} position` : '';
  const text = [
    `Dear ${name},`,
    `Thank you for taking the time to interview with us${position}. We enjoyed our conversation and would like to invite you to a follow-up interview.`,
    `Please choose a time that suits you here:\n${input.meetingLink}`,
    'If you have any questions, simply reply to this email.',
    `Best regards,\n${recruiter}`,
  ].join('\n\n');
  return { subject: inviteSubject(role ? `Invitation to a follow-up interview: ${role}` : 'Invitation to a follow-up interview'), text };
}

/** Makes a subject one line of at most 150 characters. */
export function inviteSubject(subject: string): string {
  const line = sanitizeHeaderText(subject);
  return line.length > SUBJECT_MAX_LENGTH ? `${line.slice(0, SUBJECT_MAX_LENGTH - 3).trimEnd()}...` : line;
}

/**
 * The HTML part of an invite, made from its plain text: everything escaped, blank lines as
 * paragraphs, line breaks kept, and each occurrence of the meeting link as a link.
 */
export function renderInviteHtml(text: string, meetingLink: string): string {
  const anchor = `<a href="${escapeHtml(meetingLink)}">${escapeHtml(meetingLink)}</a>`;
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => {
      const body = paragraph
        .split(meetingLink)
        .map((piece) => escapeHtml(piece).replace(/\n/g, '<br>\n'))
        .join(anchor);
      return `<p>${body}</p>`;
    });
  return `<!doctype html>\n<html><body style="font-family: sans-serif; line-height: 1.5;">\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
