import { describe, expect, it } from 'vitest';
import { indentSelection, outdentSelection } from './indentation.js';

describe('indentSelection', () => {
  it('should insert one unit at the caret when nothing is selected', () => {
    expect(indentSelection({ value: 'for x\ny', start: 6, end: 6 }, '  ')).toEqual({ value: 'for x\n  y', start: 8, end: 8 });
  });

  it('should indent every touched line and keep them selected', () => {
    const value = 'a\nb\nc';
    const result = indentSelection({ value, start: 0, end: 3 }, '  ');
    expect(result.value).toBe('  a\n  b\nc');
    expect(result.value.slice(result.start, result.end)).toBe('a\n  b');
  });

  it('should leave out a line the selection only reaches the start of', () => {
    expect(indentSelection({ value: 'a\nb\n', start: 0, end: 2 }, '  ').value).toBe('  a\nb\n');
  });
});

describe('outdentSelection', () => {
  it('should remove one unit from the caret line', () => {
    expect(outdentSelection({ value: 'x\n        y', start: 10, end: 10 }, '    ')).toEqual({ value: 'x\n    y', start: 6, end: 6 });
  });

  it('should remove a tab or fewer spaces than a unit, and leave unindented lines alone', () => {
    const result = outdentSelection({ value: '\ta\n  b\nc', start: 0, end: 8 }, '    ');
    expect(result.value).toBe('a\nb\nc');
    expect(result.start).toBe(0);
    expect(result.end).toBe(5);
  });

  it('should undo an indent of a selection', () => {
    const original = { value: 'if a:\n    b\n    c\nd', start: 6, end: 17 };
    const indented = indentSelection(original);
    expect(outdentSelection(indented)).toEqual(original);
  });
});
