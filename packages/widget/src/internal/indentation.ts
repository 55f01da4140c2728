/** A textarea's text and selection. */
export interface TextSelection {
  value: string;
  start: number;
  end: number;
}

/** The indentation unit of the pseudocode editor. */
export const INDENT = '    ';

/** Start offsets of the lines a selection touches (a selection ending at a line start leaves that line out). */
function touchedLineStarts({ value, start, end }: TextSelection): number[] {
  const firstLineStart = value.lastIndexOf('\n', start - 1) + 1;
  const lastOffset = end > start && value[end - 1] === '\n' ? end - 1 : end;
  const starts = [firstLineStart];
  for (let index = value.indexOf('\n', firstLineStart); index !== -1 && index < lastOffset; index = value.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}

/**
 * Tab in the editor: with no selection inserts one indentation unit at the caret; with a
 * selection indents every line it touches, keeping those lines selected.
 */
export function indentSelection(selection: TextSelection, unit: string = INDENT): TextSelection {
  const { value, start, end } = selection;
  if (start === end) {
    return { value: value.slice(0, start) + unit + value.slice(end), start: start + unit.length, end: start + unit.length };
  }
  const starts = touchedLineStarts(selection);
  let result = value;
  for (const lineStart of [...starts].reverse()) result = result.slice(0, lineStart) + unit + result.slice(lineStart);
  return { value: result, start: start + unit.length, end: end + unit.length * starts.length };
}

/** Shift+Tab in the editor: removes up to one indentation unit (or one tab) from each touched line. */
export function outdentSelection(selection: TextSelection, unit: string = INDENT): TextSelection {
  const { value } = selection;
  let { start, end } = selection;
  const starts = touchedLineStarts(selection);
  let result = value;
  for (const lineStart of [...starts].reverse()) {
    const line = result.slice(lineStart);
    let removed = 0;
    if (line.startsWith('\t')) removed = 1;
    else while (removed < unit.length && line[removed] === ' ') removed += 1;
    if (removed === 0) continue;
    result = result.slice(0, lineStart) + result.slice(lineStart + removed);
    // Offsets inside the removed indentation move to the line start; later ones shift left.
    const shift = (offset: number) => (offset <= lineStart ? offset : Math.max(lineStart, offset - removed));
    start = shift(start);
    end = shift(end);
  }
  return { value: result, start, end };
}
