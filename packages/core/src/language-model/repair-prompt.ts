import { fenceUntrusted } from '../prompts/untrusted.js';

const MAX_PREVIOUS_REPLY = 6000;

/**
 * The prompt of the single repair attempt: the original prompt, what was wrong with the
 * previous reply, and that reply itself (fenced, since it may echo candidate text).
 */
export function buildRepairPrompt(prompt: string, issues: string[], previousReply: string): string {
  const reply = previousReply.length > MAX_PREVIOUS_REPLY ? `${previousReply.slice(0, MAX_PREVIOUS_REPLY)}…` : previousReply;
  return [
    prompt,
    'Your previous reply could not be used:',
    issues.map((issue) => `- ${issue}`).join('\n'),
    `Previous reply:\n${fenceUntrusted('previous_reply', reply || '(empty)')}`,
    'Reply again with one complete JSON object that satisfies the schema, and nothing else. Keep text fields short.',
  ].join('\n\n');
}
