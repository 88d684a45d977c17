/** One physical line of a text file, without its line break; `line` is 1-based. */
export interface PhysicalLine {
  text: string;
  line: number;
  /** The line was longer than {@link MAX_LINE_CHARS}: its text was dropped (memory stays bounded). */
  tooLong?: true;
}

/** No certificate record is anywhere near this long; a longer line is reported, not held in memory. */
export const MAX_LINE_CHARS = 1 << 22;

/**
 * Text chunks → physical lines, streaming, a batch per chunk (one await per chunk, not per line). Line breaks are
 * LF or CRLF (a lone CR stays in the line, as in most NDJSON/CSV tools). Only the unfinished last line is held back.
 */
export async function* splitLines(chunks: AsyncIterable<string>, maxLineChars = MAX_LINE_CHARS): AsyncGenerator<PhysicalLine[]> {
  let rest = '';
  let line = 0;
  let skipping = false;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    const batch: PhysicalLine[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      if (skipping) {
        batch.push({ text: '', line: ++line, tooLong: true });
        skipping = false;
      } else {
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (end - start > maxLineChars) batch.push({ text: '', line: ++line, tooLong: true });
        else batch.push({ text: text.slice(start, end), line: ++line });
      }
      start = nl + 1;
    }
    rest = text.slice(start);
    if (rest.length > maxLineChars) {
      skipping = true;
      rest = '';
    } else if (skipping) rest = '';
    if (batch.length) yield batch;
  }
  if (skipping) yield [{ text: '', line: ++line, tooLong: true }];
  else if (rest !== '') yield [{ text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, line: ++line }];
}
