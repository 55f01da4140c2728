import { renderInviteHtml, inviteSubject } from '../invite/invite-template.js';
import { sanitizeHeaderText } from '../internal/mail-header.js';

/** What the email of a personal interview link says. */
export interface InvitationEmailInput {
  candidateName: string;
  templateTitle: string;
  recruiterName: string;
  /** The personal link: `<public url>/?invitation=<token>`. */
  url: string;
  expiresAt: string | null;
}

/**
 * The email that sends a candidate their personal link. Written from fixed sentences (no model):
 * every value the recruiter typed is reduced to one line, and the link is the only anchor.
 */
export function renderInvitationEmail(input: InvitationEmailInput): { subject: string; text: string; html: string } {
  const name = sanitizeHeaderText(input.candidateName) || 'there';
  const title = sanitizeHeaderText(input.templateTitle);
  const recruiter = sanitizeHeaderText(input.recruiterName) || 'The Hiring Team';
  const expiry = input.expiresAt ? ` It can be used until ${formatExpiry(input.expiresAt)}.` : '';
  const text = [
    `Dear ${name},`,
    `${recruiter} invites you to a practice interview${title ? `: ${title}` : ''}. You upload your resume, answer a few questions at your own pace and receive a scored report at the end.`,
    `Start whenever you are ready:\n${input.url}`,
    `This link is personal and works for one interview.${expiry}`,
    `Best regards,\n${recruiter}`,
  ].join('\n\n');
  return { subject: inviteSubject(title ? `Your interview: ${title}` : 'Your interview'), text, html: renderInviteHtml(text, input.url) };
}

function formatExpiry(iso: string): string {
  // UTC, spelled out, so the date reads the same wherever the email is opened.
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
