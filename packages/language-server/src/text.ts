import { LineIndex } from '@qualcat/sdk';
import type { Position, Range } from 'vscode-languageserver-types';

let lastLines: TextLines | undefined;

/** Offsets ↔ LSP positions for one text: the SDK's line index, plus a cache for the version being edited. */
export class TextLines extends LineIndex {
  /** The lines of a text, reused while the text stays the same (a hover and a completion on one version of it). */
  static of(text: string): TextLines {
    if (lastLines?.text !== text) lastLines = new TextLines(text);
    return lastLines;
  }
}

export function containsPosition(range: Range, position: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}

/** Moves a range found in a slice of a text (a record of a set) to where the slice starts. */
export function shiftRange(range: Range, origin: Position): Range {
  const shift = (p: Position): Position => (p.line === 0 ? { line: origin.line, character: origin.character + p.character } : { line: origin.line + p.line, character: p.character });
  return { start: shift(range.start), end: shift(range.end) };
}
