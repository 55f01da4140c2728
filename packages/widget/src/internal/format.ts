/** Formats a 0–10 score with at most one decimal, in the widget's language. */
export function formatScore(score: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang || undefined, { maximumFractionDigits: 1 }).format(score);
  } catch {
    return String(Math.round(score * 10) / 10);
  }
}

/** Formats a byte count as B, KB or MB. */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = (() => {
    try {
      return new Intl.NumberFormat(lang || undefined, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
    } catch {
      return value.toFixed(unit === 0 ? 0 : 1);
    }
  })();
  return `${number} ${units[unit]}`;
}
