import iconv from 'iconv-lite';
import { QualcatCliError } from '../errors.js';

/** What `--encoding` accepts. `gbk` is read with the GB18030 decoder: GB18030 is a superset of GBK. */
export const ENCODING_CHOICES = ['auto', 'utf-8', 'utf8', 'gbk', 'gb18030'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];
export type TextEncoding = 'utf-8' | 'gb18030';

/**
 * How many bytes after the first non-ASCII byte decide `auto`. Chinese text in GBK almost never forms valid UTF-8
 * (a GBK trail byte in 0x40–0x7E, or a lead byte followed by a non-continuation byte, breaks UTF-8 within a
 * character or two), so a strict UTF-8 decode of a few KB is decisive.
 */
export const SNIFF_BYTES = 4096;

export class EncodingError extends QualcatCliError {
  constructor(message: string) {
    super('QC_ENCODING', message);
    this.name = 'EncodingError';
  }
}

export function normalizeEncoding(choice: string | undefined): EncodingChoice {
  const c = (choice ?? 'auto').toLowerCase();
  if (!(ENCODING_CHOICES as readonly string[]).includes(c)) {
    throw new EncodingError(`--encoding must be one of auto, utf-8, gbk, gb18030 (got “${choice}”)`);
  }
  return c as EncodingChoice;
}

/** The decision `auto` makes on a prefix of the file: `undefined` until the bytes seen can tell. */
export function sniffEncoding(bytes: Uint8Array, ended: boolean): TextEncoding | undefined {
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      first = i;
      break;
    }
  }
  if (first < 0) return ended ? 'utf-8' : undefined;
  const window = bytes.subarray(first, first + SNIFF_BYTES);
  if (window.length < SNIFF_BYTES && !ended) return undefined;
  try {
    // stream: true tolerates one character cut at the end of the window; anything else invalid throws.
    new TextDecoder('utf-8', { fatal: true }).decode(window, { stream: !ended || window.length === SNIFF_BYTES });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

export interface DecodedText {
  /** Filled in once known (before the first chunk is yielded). */
  encoding: TextEncoding | undefined;
  bom: boolean;
  chunks: AsyncGenerator<string>;
}

interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

function decoderFor(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'utf-8') {
    // Not fatal: a stray invalid byte deep in a UTF-8 file becomes U+FFFD in its record, the audit goes on.
    const d = new TextDecoder('utf-8', { ignoreBOM: true });
    return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
  }
  // iconv-lite rather than TextDecoder('gb18030'): it does not depend on Node being built with full ICU.
  const d = iconv.getDecoder('gb18030');
  return { write: (b) => d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), end: () => d.end() ?? '' };
}

/**
 * Bytes → text, streaming. `auto`: a UTF-8 BOM means UTF-8; UTF-16 is refused; otherwise the first
 * {@link SNIFF_BYTES} bytes from the first non-ASCII byte on are decoded as strict UTF-8, and GB18030 is used when
 * that fails. Only that window is ever buffered.
 */
export function decodeBytes(source: AsyncIterable<Uint8Array>, choice: EncodingChoice = 'auto'): DecodedText {
  const state: DecodedText = { encoding: undefined, bom: false, chunks: undefined as unknown as AsyncGenerator<string> };
  const forced: TextEncoding | undefined = choice === 'auto' ? undefined : choice === 'utf-8' || choice === 'utf8' ? 'utf-8' : 'gb18030';
  state.chunks = (async function* () {
    let pending: Uint8Array = new Uint8Array(0);
    let decoder: ChunkDecoder | undefined;
    let bomChecked = false;
    /** Decides when it can; until then hands out the ASCII prefix (the same in every candidate encoding). */
    const step = (ended: boolean): string => {
      if (!bomChecked) {
        if (pending.length < 3 && !ended) return '';
        bomChecked = true;
        if (pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf) {
          state.bom = true;
          pending = pending.subarray(3);
          state.encoding = forced ?? 'utf-8';
        } else if ((pending[0] === 0xff && pending[1] === 0xfe) || (pending[0] === 0xfe && pending[1] === 0xff)) {
          throw new EncodingError('the input is UTF-16; save it as UTF-8 or GBK');
        }
      }
      let ascii = '';
      if (!forced && !state.encoding) {
        let first = 0;
        while (first < pending.length && pending[first]! < 0x80) first++;
        if (first > 0 && (first < pending.length || !ended)) {
          ascii = Buffer.from(pending.buffer, pending.byteOffset, first).toString('latin1');
          pending = pending.subarray(first);
        }
      }
      state.encoding ??= forced ?? sniffEncoding(pending, ended);
      if (!state.encoding) return ascii;
      decoder = decoderFor(state.encoding);
      const text = decoder.write(pending);
      pending = new Uint8Array(0);
      return ascii + text;
    };
    for await (const chunk of source) {
      if (decoder) {
        const text = decoder.write(chunk);
        if (text) yield text;
        continue;
      }
      pending = concat(pending, chunk);
      const text = step(false);
      if (text) yield text;
    }
    if (!decoder) {
      const text = step(true);
      if (text) yield text;
    }
    const rest = decoder!.end();
    if (rest) yield rest;
  })();
  return state;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
