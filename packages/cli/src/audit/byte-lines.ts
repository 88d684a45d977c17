import iconv from 'iconv-lite';
import { EncodingError, sniffEncoding, SNIFF_BYTES, type EncodingChoice, type TextEncoding } from './decode.js';
import { MAX_LINE_CHARS, type PhysicalLine } from './lines.js';

export interface DecodedLines {
  /** Known once the first non-ASCII byte has been seen (or at the end: `utf-8` for pure ASCII). */
  encoding: TextEncoding | undefined;
  bom: boolean;
  lines: AsyncGenerator<PhysicalLine[]>;
}

type LineDecoder = (buf: Buffer, start: number, end: number) => string;
const DECODERS: Record<TextEncoding | 'ascii', LineDecoder> = {
  'utf-8': (buf, start, end) => buf.toString('utf8', start, end),
  // iconv-lite rather than TextDecoder('gb18030'): it does not depend on Node being built with full ICU.
  gb18030: (buf, start, end) => iconv.decode(buf.subarray(start, end), 'gb18030'),
  // Before the encoding is known, only ASCII lines are decoded, and ASCII reads the same in both.
  ascii: (buf, start, end) => buf.toString('latin1', start, end),
};

function firstNonAscii(buf: Buffer, from: number): number {
  for (let i = from; i < buf.length; i++) if (buf[i]! >= 0x80) return i;
  return -1;
}

/**
 * Bytes → physical lines (NDJSON, CSV): split on the LF *byte* first, then decode line by line. Both encodings
 * allow it — an LF byte is never part of a UTF-8 or GBK/GB18030 multi-byte character — and it is several times
 * faster than decoding chunks into one big string and slicing it (memchr instead of a character scan).
 * Encoding: as {@link decodeBytes} (BOM, UTF-16 refused, strict-UTF-8 sniff of the bytes after the first
 * non-ASCII byte, else GB18030). Memory: one chunk plus one unfinished line, lines capped at `maxLineBytes`.
 */
export function decodeLines(source: AsyncIterable<Uint8Array>, choice: EncodingChoice = 'auto', maxLineBytes = MAX_LINE_CHARS): DecodedLines {
  const forced: TextEncoding | undefined = choice === 'auto' ? undefined : choice === 'utf-8' || choice === 'utf8' ? 'utf-8' : 'gb18030';
  const state: DecodedLines = { encoding: forced, bom: false, lines: undefined as unknown as AsyncGenerator<PhysicalLine[]> };
  state.lines = (async function* () {
    let pending: Buffer | undefined;
    let bomChecked = false;
    let line = 0;
    let skipping = false;

    /** Splits `buf` into the complete lines it holds; returns them, keeps the rest in `pending`. */
    const split = (buf: Buffer, ended: boolean): PhysicalLine[] => {
      const decode = DECODERS[state.encoding ?? 'ascii'];
      const out: PhysicalLine[] = [];
      let start = 0;
      for (;;) {
        let nl = buf.indexOf(10, start);
        if (nl < 0) {
          if (!ended || start >= buf.length) break;
          nl = buf.length; // the last line, without a line break
        }
        const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
        if (skipping || end - start > maxLineBytes) out.push({ text: '', line: ++line, tooLong: true });
        else out.push({ text: decode(buf, start, end), line: ++line });
        skipping = false;
        start = nl + 1;
      }
      pending = undefined;
      if (start < buf.length) {
        if (buf.length - start > maxLineBytes) skipping = true;
        else pending = buf.subarray(start);
      }
      return out;
    };

    /** Whether the lines of `buf` can be decoded now; decides the encoding when it can. */
    const ready = (buf: Buffer, ended: boolean): boolean => {
      if (state.encoding) return true;
      const first = firstNonAscii(buf, 0);
      if (first < 0) return true; // ASCII so far: decode it as such, decide later
      const window = buf.subarray(first, first + SNIFF_BYTES);
      if (window.length < SNIFF_BYTES && !ended) return false;
      state.encoding = sniffEncoding(window, ended)!;
      return true;
    };

    const take = (chunk: Uint8Array, ended: boolean): PhysicalLine[] => {
      let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (pending) buf = Buffer.concat([pending, buf]);
      pending = undefined;
      if (!bomChecked) {
        if (buf.length < 3 && !ended) {
          pending = buf;
          return [];
        }
        bomChecked = true;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
          state.bom = true;
          state.encoding ??= 'utf-8';
          buf = buf.subarray(3);
        } else if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
          throw new EncodingError('the input is UTF-16; save it as UTF-8 or GBK');
        }
      }
      if (skipping) {
        // Still inside an over-long line: drop bytes up to its end.
        const nl = buf.indexOf(10);
        if (nl < 0) return ended ? [{ text: '', line: ++line, tooLong: true }] : [];
        skipping = false;
        const out: PhysicalLine[] = [{ text: '', line: ++line, tooLong: true }];
        return [...out, ...take(buf.subarray(nl + 1), ended)];
      }
      if (!ready(buf, ended)) {
        pending = buf; // at most one chunk and the sniff window
        return [];
      }
      return split(buf, ended);
    };

    for await (const chunk of source) {
      const lines = take(chunk, false);
      if (lines.length) yield lines;
    }
    const last = take(new Uint8Array(0), true);
    state.encoding ??= 'utf-8';
    if (last.length) yield last;
  })();
  return state;
}
