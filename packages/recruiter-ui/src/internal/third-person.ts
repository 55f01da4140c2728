/**
 * Turns feedback written to the candidate ("your answer…", "you explained…") into a line
 * about them for a recruiter ("their answer…", "they explained…"). Only the second person
 * changes; the text stays the model's words, shown as text.
 */
const REPLACEMENTS: readonly [RegExp, string][] = [
  [/\byou're\b/gi, "they're"],
  [/\byou've\b/gi, "they've"],
  [/\byou'd\b/gi, "they'd"],
  [/\byou'll\b/gi, "they'll"],
  [/\byourself\b/gi, 'themselves'],
  [/\byours\b/gi, 'theirs'],
  [/\byour\b/gi, 'their'],
  [/\byou were\b/gi, 'they were'],
  [/\byou are\b/gi, 'they are'],
  [/\byou have\b/gi, 'they have'],
  [/\byou\b/gi, 'they'],
];

/** Quoted words (a question, the candidate's answer) are someone's own: they stay as written. */
const QUOTED = /("[^"]*"|“[^”]*”)/;

export function toThirdPerson(text: string): string {
  return text
    .split(QUOTED)
    .map((part, index) => (index % 2 === 1 ? part : rewrite(part)))
    .join('');
}

function rewrite(text: string): string {
  let result = text;
  for (const [pattern, replacement] of REPLACEMENTS) {
    result = result.replace(pattern, (match) => (match[0] === match[0]?.toUpperCase() ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement));
  }
  return result;
}
