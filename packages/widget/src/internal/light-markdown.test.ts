import { describe, expect, it } from 'vitest';
import { parseInline, parseLightMarkdown } from './light-markdown.js';

describe('parseInline', () => {
  it('should split inline code, bold and emphasis from plain text', () => {
    expect(parseInline('Transform `beginWord` into **one** word at a *time*.')).toEqual([
      { type: 'text', text: 'Transform ' },
      { type: 'code', text: 'beginWord' },
      { type: 'text', text: ' into ' },
      { type: 'strong', text: 'one' },
      { type: 'text', text: ' word at a ' },
      { type: 'em', text: 'time' },
      { type: 'text', text: '.' },
    ]);
  });

  it('should keep markers inside code literal, and leave arithmetic and lone markers alone', () => {
    expect(parseInline('Use `a * b * c` here')).toEqual([
      { type: 'text', text: 'Use ' },
      { type: 'code', text: 'a * b * c' },
      { type: 'text', text: ' here' },
    ]);
    expect(parseInline('2 * 3 * 4 and a `stray backtick')).toEqual([{ type: 'text', text: '2 * 3 * 4 and a `stray backtick' }]);
  });

  it('should never turn HTML into anything but text', () => {
    expect(parseInline('<img src=x onerror=alert(1)> `<b>`')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)> ' },
      { type: 'code', text: '<b>' },
    ]);
  });
});

describe('parseLightMarkdown', () => {
  it('should split paragraphs on blank lines and gather bulleted and numbered lists', () => {
    const blocks = parseLightMarkdown('Given `nums`, return indices.\n\nConstraints:\n- `2 <= n`\n- only one answer\n  exists\n\n1. first\n2. second');
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        inline: [
          { type: 'text', text: 'Given ' },
          { type: 'code', text: 'nums' },
          { type: 'text', text: ', return indices.' },
        ],
      },
      { type: 'paragraph', inline: [{ type: 'text', text: 'Constraints:' }] },
      { type: 'list', ordered: false, items: [[{ type: 'code', text: '2 <= n' }], [{ type: 'text', text: 'only one answer exists' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
    ]);
  });

  it('should keep single line breaks inside a paragraph', () => {
    expect(parseLightMarkdown('line one\r\nline two')).toEqual([{ type: 'paragraph', inline: [{ type: 'text', text: 'line one\nline two' }] }]);
  });
});
