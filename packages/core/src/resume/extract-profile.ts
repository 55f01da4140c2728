import { estimateYearsOfExperience, extractSkills } from '../catalog/taxonomy.js';

/** The structured facts read from resume text. */
export interface ExtractedProfile {
  name: string | null;
  email: string | null;
  phone: string | null;
  skills: string[];
  yearsOfExperience: number | null;
}

/** Names sit at the top of a resume; deeper lines are job titles and company names. */
const NAME_SEARCH_LINES = 8;
/** Headings and titles that look like a name (capitalised words) but are not one. */
const NOT_A_NAME = new RegExp(
  '\\b(?:resume|résumé|curriculum|vitae|cv|profile|summary|objective|contact|experience|education|skills|' +
    'projects|references|certifications|engineer|engineering|developer|manager|scientist|analyst|designer|' +
    'consultant|architect|intern|director|officer|administrator|specialist|technician|programmer|' +
    'senior|junior|lead|principal|staff|head|university|college|inc|llc|ltd|gmbh|street|avenue|road)\\b',
  'i',
);
/** A name word: capitalised (or all caps), optionally hyphenated or with an apostrophe; or an initial. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}\p{Lu}'’]*)*|\p{Lu}\.)$/u;
/** Lower-case particles allowed inside a name ("Ludwig van Beethoven", "Maria de la Cruz"). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'binti', 'al', 'ten', 'ter']);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/** Loose phone shape; candidates are then checked for digit count and against year ranges. */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}/g;
const YEAR_GROUP = /^(?:19|20)\d{2}$/;

/**
 * Reads the candidate's name, email, phone, skills and years of experience from resume text.
 * Every field is a best effort: unknown fields are null (or an empty list), never guessed.
 *
 * @param now The current time, for open-ended job dates ("2020 – Present").
 */
export function extractProfile(text: string, now: Date): ExtractedProfile {
  return {
    name: findName(text),
    email: findEmail(text),
    phone: findPhone(text),
    skills: extractSkills(text),
    yearsOfExperience: estimateYearsOfExperience(text, now),
  };
}

/** The first line near the top made of 2–4 capitalised words that is not a heading or a title. */
export function findName(text: string): string | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, NAME_SEARCH_LINES);
  for (const line of lines) {
    // A name often shares its line with contact details: "Jane Doe | jane@x.com | London".
    const candidate = (line.split(/\s*[|•·,]\s*|\s[-–—]\s/)[0] ?? '').trim();
    if (isPlausibleName(candidate)) return tidyName(candidate);
  }
  return null;
}

function isPlausibleName(candidate: string): boolean {
  if (candidate.length > 60 || /[@\d/:]/.test(candidate) || NOT_A_NAME.test(candidate)) return false;
  const words = candidate.split(/\s+/);
  const capitalised = words.filter((word) => NAME_WORD.test(word));
  const particles = words.filter((word) => NAME_PARTICLES.has(word));
  return (
    capitalised.length >= 2 &&
    capitalised.length <= 4 &&
    capitalised.length + particles.length === words.length &&
    // A name starts and ends with a capitalised word.
    NAME_WORD.test(words[0] ?? '') &&
    NAME_WORD.test(words[words.length - 1] ?? '')
  );
}

/** "JANE DOE" → "Jane Doe"; mixed-case names are kept as written ("McArthur", "O'Neil"). */
function tidyName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, separator: string, letter: string) => separator + letter.toUpperCase());
}

/** The first email address in the text, lower-cased. */
export function findEmail(text: string): string | null {
  return text.match(EMAIL)?.[0].toLowerCase() ?? null;
}

/** The first phone number in the text (7–15 digits, not a year range), as written. */
export function findPhone(text: string): string | null {
  for (const match of text.matchAll(PHONE)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    const groups = candidate.split(/[^\d]+/).filter(Boolean);
    // "2017 - 2021" and "2019 2020 2021" are dates, not numbers to call.
    if (groups.every((group) => YEAR_GROUP.test(group))) continue;
    // A bare run of digits with no separator or "+" is more likely an id than a phone.
    if (groups.length === 1 && !candidate.startsWith('+')) continue;
    return candidate;
  }
  return null;
}
