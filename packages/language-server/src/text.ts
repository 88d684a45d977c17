import type { Position, Range } from 'vscode-languageserver-types';

/** Offsets ↔ LSP positions (UTF-16 code units, like JavaScript strings) for one text. */
export class TextLines {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  get lineCount(): number {
    return this.starts.length;
  }
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }
  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line]!;
    const next = this.starts[position.line + 1] ?? this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  /** Start offset and text of a line, without its line break. */
  line(index: number): { start: number; text: string } {
    const start = this.starts[index] ?? this.text.length;
    const next = this.starts[index + 1] ?? this.text.length;
    return { start, text: this.text.slice(start, next).replace(/\r?\n$|\r$/, '') };
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
