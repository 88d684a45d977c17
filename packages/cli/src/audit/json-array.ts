import { MAX_LINE_CHARS } from './lines.js';
import { parseJsonRecord, type SourceRecord } from './record.js';

const enum Phase {
  BeforeArray,
  BeforeElement,
  InElement,
  AfterArray,
  Done,
}

/**
 * A top-level JSON array, element by element, streaming: a small scanner tracks strings and nesting to cut the
 * text at the array's own commas, and each element is parsed on its own. So memory holds one element, a broken
 * element is reported at its line while the next ones are still read, and `index` is the array index.
 */
export async function* readJsonArray(chunks: AsyncIterable<string>, maxElementChars = MAX_LINE_CHARS): AsyncGenerator<SourceRecord[]> {
  let phase = Phase.BeforeArray;
  let line = 1;
  let column = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let index = 0;
  let parts: string[] = [];
  let size = 0;
  let tooLong = false;
  let start = { line: 0, column: 0 };
  let batch: SourceRecord[] = [];

  const finishElement = () => {
    const text = parts.join('');
    parts = [];
    const firstBreak = text.indexOf('\n');
    const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
    const lineLength = start.column + firstLine.replace(/\r$/, '').length;
    const slot = { line: start.line, lineLength, index: index++ };
    if (tooLong) batch.push({ ...slot, problem: { messageId: 'too-long', data: { limit: maxElementChars } } });
    else {
      const parsed = parseJsonRecord(text);
      batch.push('value' in parsed ? { ...slot, value: parsed.value } : { ...slot, problem: parsed.problem });
    }
    tooLong = false;
    size = 0;
  };
  /** A problem of the array itself (index -1: not a record), or of an empty slot in it (a record index). */
  const arrayProblem = (phrase: string, at: number, slot = false) => {
    batch.push({ line: at, lineLength: 0, index: slot ? index++ : -1, problem: { messageId: 'json-array', data: {}, phrase } });
  };

  for await (const chunk of chunks) {
    // An element carried over from the previous chunk continues at this chunk's start.
    let segmentStart = phase === Phase.InElement ? 0 : -1;
    const len = chunk.length;
    for (let i = 0; i < len; i++) {
      const c = chunk.charCodeAt(i);
      if (phase === Phase.InElement) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) inString = false;
        } else if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (depth === 0) {
            // `]` closing the array itself
            if (segmentStart >= 0) parts.push(chunk.slice(segmentStart, i));
            segmentStart = -1;
            finishElement();
            phase = Phase.AfterArray;
          } else depth--;
        } else if (c === 44 && depth === 0) {
          if (segmentStart >= 0) parts.push(chunk.slice(segmentStart, i));
          segmentStart = -1;
          finishElement();
          phase = Phase.BeforeElement;
        }
      } else if (c === 32 || c === 9 || c === 13 || c === 10) {
        // whitespace between tokens
      } else if (phase === Phase.BeforeArray) {
        if (c === 91) phase = Phase.BeforeElement;
        else {
          arrayProblem('not-an-array', line);
          phase = Phase.Done;
        }
      } else if (phase === Phase.BeforeElement) {
        if (c === 93) phase = Phase.AfterArray;
        else if (c === 44) {
          arrayProblem('array-empty-element', line, true);
        } else {
          phase = Phase.InElement;
          start = { line, column };
          depth = 0;
          inString = c === 34;
          escaped = false;
          if (c === 123 || c === 91) depth = 1;
          segmentStart = i;
          // a scalar element (`1`, `"x"`) ends at the next comma or bracket: handled in InElement
        }
      } else if (phase === Phase.AfterArray) {
        arrayProblem('array-trailing', line);
        phase = Phase.Done;
      }
      if (c === 10) {
        line++;
        column = 0;
      } else column++;
      if (phase === Phase.Done) break;
    }
    if (phase === Phase.Done) break;
    if (phase === Phase.InElement && segmentStart >= 0) {
      const piece = chunk.slice(segmentStart);
      size += piece.length;
      if (size > maxElementChars) {
        // Keep scanning for the element's end, but stop holding its text.
        tooLong = true;
        parts = [];
      } else if (!tooLong) parts.push(piece);
    }
    if (batch.length) {
      yield batch;
      batch = [];
    }
  }
  if (phase === Phase.InElement) {
    // The file ended inside an element: report it where it began.
    finishElement();
  }
  if (phase === Phase.InElement || phase === Phase.BeforeElement) arrayProblem('array-unclosed', line);
  if (batch.length) yield batch;
}
