/**
 * A small grammar and punctuation check for generated feedback: the offline interviewer
 * builds its sentences from templates, and joining templates is where ". .", doubled words
 * and missing articles creep in. Text inside double quotes is the candidate's own words and
 * is never reported or changed, so quotes stay verbatim.
 */

/** One problem found in a generated text. */
export interface GrammarIssue {
  rule: 'double-punctuation' | 'doubled-word' | 'space-before-punctuation' | 'article' | 'double-space' | 'lowercase-start';
  excerpt: string;
}

/** Splits a text into pieces outside and inside double quotes (straight or curly). */
function segments(text: string): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  const pattern = /"[^"\n]*"|“[^”\n]*”/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index), quoted: false });
    parts.push({ text: match[0], quoted: true });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), quoted: false });
  return parts;
}

/** Words a doubled occurrence of which is a slip; "had had" and "that that" can be right. */
const ALLOWED_DOUBLES = new Set(['had', 'that', 'is', 'do', 'very', 'no', 'bye', 'ha']);
const VOWEL_SOUND = /^(?:[aeio]|u(?!ni|se|sa|su|ro|ti)|hour|honest|honou?r)/i;
const CONSONANT_SOUND_VOWEL_LETTER = /^(?:one|once|uni|use|usa|usu|euro|ure)/i;

const RULES: readonly { rule: GrammarIssue['rule']; pattern: RegExp; keep?: (match: RegExpMatchArray) => boolean }[] = [
  { rule: 'double-punctuation', pattern: /[.!?]\s*\.(?!\.)|\.\s+\.|[,;:]\s*[.,;:]|\?\s*\?/g },
  { rule: 'doubled-word', pattern: /\b([a-z]+)\s+\1\b/gi, keep: (match) => !ALLOWED_DOUBLES.has((match[1] ?? '').toLowerCase()) },
  { rule: 'space-before-punctuation', pattern: /\s+[,.;:!?](?!\d)/g },
  { rule: 'double-space', pattern: /[^\s] {2,}[^\s]/g },
  {
    rule: 'article',
    pattern: /\b(a|an)\s+([a-z][\w-]*)/gi,
    keep: (match) => {
      const article = (match[1] ?? '').toLowerCase();
      const word = match[2] ?? '';
      if (/^[A-Z0-9]{2,}/.test(word)) return false;
      const vowel = VOWEL_SOUND.test(word) && !CONSONANT_SOUND_VOWEL_LETTER.test(word);
      return article === 'a' ? vowel : !vowel;
    },
  },
];

/** The grammar and punctuation problems of a generated text, outside quoted candidate words. */
export function checkGrammar(text: string): GrammarIssue[] {
  const issues: GrammarIssue[] = [];
  for (const segment of segments(text)) {
    if (segment.quoted) continue;
    for (const { rule, pattern, keep } of RULES) {
      for (const match of segment.text.matchAll(pattern)) {
        if (keep && !keep(match)) continue;
        issues.push({ rule, excerpt: match[0] });
      }
    }
  }
  return issues;
}

/**
 * Fixes the mechanical problems {@link checkGrammar} finds (doubled punctuation and words,
 * spaces before punctuation, a/an), leaving quoted candidate words untouched.
 */
export function tidyGeneratedText(text: string): string {
  return segments(text)
    .map((segment) => {
      if (segment.quoted) return segment.text;
      return segment.text
        .replace(/([.!?])(\s*\.)+(?!\.)/g, '$1')
        .replace(/([,;:])\s*([.,;:])/g, '$2')
        .replace(/\?\s*\?/g, '?')
        .replace(/\b([a-z]+)\s+\1\b/gi, (whole, word: string) => (ALLOWED_DOUBLES.has(word.toLowerCase()) ? whole : word))
        .replace(/(\S)\s+([,.;:!?])(?!\d)/g, '$1$2')
        .replace(/([^\s]) {2,}(?=[^\s])/g, '$1 ')
        .replace(/\b(a|an)(\s+)([a-z][\w-]*)/gi, (whole, article: string, space: string, word: string) => {
          if (/^[A-Z0-9]{2,}/.test(word)) return whole;
          const vowel = VOWEL_SOUND.test(word) && !CONSONANT_SOUND_VOWEL_LETTER.test(word);
          const wanted = vowel ? 'an' : 'a';
          const cased = article[0] === article[0]?.toUpperCase() ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
          return `${cased}${space}${word}`;
        });
    })
    .join('');
}

const UNCOUNTABLE =
  /^(?:data|state|testing|security|performance|concurrency|scalability|ownership|memory|latency|throughput|consistency|availability|monitoring|logging|caching|indexing|authentication|authorization|privacy|accessibility|documentation|communication|feedback|motivation|experience|evidence|understanding|recovery|prevention|prioriti[sz]ation|coverage|reliability|observability|idempotency|isolation|durability|replication|partitioning|sharding|batching|retries|backpressure)$/;

/**
 * A concept label as a noun phrase inside a template sentence: "the concurrency model", but
 * "trade-offs", "data locality" and "how retries work" as they are.
 */
export function withArticle(label: string): string {
  const trimmed = label.trim();
  const words = trimmed.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (/^(a|an|the|your|my|our|their|his|her|its|how|what|why|when|where|which|whether|who|each|every|any|some|one|two|three)$/.test(first)) return trimmed;
  if (/[^s]s$|ies$|ing$/.test(last) && !/(ss|us|is)$/.test(last)) return trimmed;
  if (words.length === 1 && UNCOUNTABLE.test(first)) return trimmed;
  if (UNCOUNTABLE.test(first) && words.length > 1 && !/^(model|strategy|plan|key|layer|level|policy|pattern|issue|problem|test|suite|boundary)$/.test(last))
    return trimmed;
  if (/^[A-Z]/.test(trimmed) && !/^[A-Z][a-z]/.test(trimmed)) return trimmed;
  return `the ${trimmed}`;
}
