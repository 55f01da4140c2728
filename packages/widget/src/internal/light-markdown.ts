/**
 * A small, safe subset of Markdown for problem statements written by a model: paragraphs,
 * `-`/`*`/`1.` lists, `inline code`, **bold** and *emphasis*. It only splits text into
 * tokens; the view renders every token as a text node, so nothing from the model is
 * ever parsed as HTML. Anything else (links, headings, HTML) stays as the text it was.
 */

/** A run of text inside a block. */
export type InlineToken = { type: 'text' | 'code' | 'strong' | 'em'; text: string };

/** A paragraph or a list of items, each made of inline runs. */
export type BlockToken = { type: 'paragraph'; inline: InlineToken[] } | { type: 'list'; ordered: boolean; items: InlineToken[][] };

const LIST_ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;
// Code first so that `*` inside code stays literal; emphasis needs a non-space right inside the markers.
const INLINE = /`([^`\n]+)`|\*\*(\S(?:[^*\n]*\S)?)\*\*|(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])/g;

export function parseInline(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) tokens.push({ type: 'code', text: match[1] });
    else if (match[2] !== undefined) tokens.push({ type: 'strong', text: match[2] });
    else tokens.push({ type: 'em', text: match[3] ?? '' });
    last = index + match[0].length;
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
  return tokens;
}

export function parseLightMarkdown(source: string): BlockToken[] {
  const blocks: BlockToken[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', inline: parseInline(paragraph.join('\n')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const item = LIST_ITEM.exec(line);
    if (!line.trim()) {
      flush();
    } else if (item) {
      const ordered = item[2] !== undefined;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[3] ?? '');
    } else if (list && /^\s+\S/.test(line)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
