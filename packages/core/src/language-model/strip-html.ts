// Elements whose content is never text for a reader, removed with their content.
const BLOCK_WITH_CONTENT = /<(script|style|iframe|object|embed|noscript|template|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
// Only real HTML element names count as tags, so that prose such as "i < n && j > 0",
// "Map<String, Integer>" or "O(n) < O(n^2)" survives untouched.
const ELEMENTS =
  'a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|blockquote|body|br|button|canvas|caption|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark|meta|meter|nav|noscript|object|ol|optgroup|option|output|p|param|picture|pre|progress|q|rp|rt|ruby|s|samp|script|section|select|slot|small|source|span|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|u|ul|var|video|wbr|font|center|marquee|frame|frameset|math|base';
const TAG = new RegExp(`<\\/?(?:${ELEMENTS})(?:\\s[^<>]*)?\\/?>`, 'gi');
// Any tag carrying an event handler or script URL, whatever its name, e.g. `<x onerror=…>`.
const ACTIVE_TAG = /<\/?[a-z][\w-]*\s[^<>]*(?:\bon[a-z]+\s*=|javascript:)[^<>]*>/gi;

/**
 * Removes HTML markup from model output, which Coach shows as plain text: script-like
 * elements with their content, comments, and tags of real HTML elements. Angle brackets
 * used as operators or generics are kept.
 */
export function stripHtml(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(BLOCK_WITH_CONTENT, '').replace(COMMENT, '').replace(ACTIVE_TAG, '').replace(TAG, '');
}

/** Applies `stripHtml` to every string inside a JSON value. */
export function stripHtmlDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripHtml(value);
  if (Array.isArray(value)) return value.map(stripHtmlDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripHtmlDeep(item)]));
  }
  return value;
}
