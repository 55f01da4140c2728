/** A score as shown everywhere: one decimal (`7.5`), or `–` when there is none. */
export function formatScore(score: number | null | undefined): string {
  return typeof score === 'number' && Number.isFinite(score) ? (Math.round(score * 10) / 10).toFixed(1) : '–';
}

function validDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A date in the page's language, e.g. `Nov 25, 2026`. */
export function formatDate(iso: string | null | undefined, lang: string | undefined): string {
  const date = validDate(iso);
  return date ? date.toLocaleDateString(lang, { year: 'numeric', month: 'short', day: 'numeric' }) : '–';
}

/** A date and time in the page's language. */
export function formatDateTime(iso: string | null | undefined, lang: string | undefined): string {
  const date = validDate(iso);
  return date ? date.toLocaleString(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '–';
}

/** A week's start as a short axis label, e.g. `Nov 23`. */
export function formatWeek(weekStart: string, lang: string | undefined): string {
  const date = validDate(`${weekStart}T00:00:00Z`);
  return date ? date.toLocaleDateString(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' }) : weekStart;
}
