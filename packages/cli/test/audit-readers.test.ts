import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeLines } from '../src/audit/byte-lines.js';
import { CsvRecordReader, MAX_RECORD_LINES } from '../src/audit/csv.js';
import { decodeBytes, sniffEncoding, SNIFF_BYTES } from '../src/audit/decode.js';
import { readJsonArray } from '../src/audit/json-array.js';
import { splitLines, type PhysicalLine } from '../src/audit/lines.js';
import { maskIdNumber, maskPii } from '../src/audit/mask.js';
import { renderProgress, TerminalProgress } from '../src/audit/progress.js';
import { formatFromFirstChar, openRecords, peekFirstByte, peekFirstChar, readRecords } from '../src/audit/readers.js';
import { countKeysInText, parseJsonRecord, type SourceRecord } from '../src/audit/record.js';

async function* pieces<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
async function collect<T>(gen: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of gen) out.push(...batch);
  return out;
}
async function text(gen: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const chunk of gen) s += chunk;
  return s;
}
const bytesOneByOne = (buf: Uint8Array) => pieces([...buf].map((b) => Uint8Array.of(b)));
const brief = (r: SourceRecord) => (r.problem ? { line: r.line, index: r.index, problem: r.problem.messageId } : { line: r.line, index: r.index, value: r.value });

describe('encoding', () => {
  const chinese = '{"occupation":"车工","issuer":"杭州市职业技能鉴定指导中心"}\n'.repeat(3);

  it('auto: strict UTF-8 on the bytes after the first non-ASCII one, else GB18030', () => {
    expect(sniffEncoding(Buffer.from('plain ascii'), false)).toBeUndefined();
    expect(sniffEncoding(Buffer.from('plain ascii'), true)).toBe('utf-8');
    expect(sniffEncoding(Buffer.from(chinese), true)).toBe('utf-8');
    expect(sniffEncoding(iconv.encode(chinese, 'gbk'), true)).toBe('gb18030');
    // A window ending inside a UTF-8 character is still UTF-8.
    const long = Buffer.from('车'.repeat(SNIFF_BYTES));
    expect(sniffEncoding(long.subarray(0, SNIFF_BYTES + 1), false)).toBe('utf-8');
  });

  it.each([
    ['UTF-8', Buffer.from(chinese), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese)]), 'utf-8'],
    ['GBK', iconv.encode(chinese, 'gbk'), 'gb18030'],
    ['GB18030 (beyond GBK)', iconv.encode(chinese + '𠀀\n', 'gb18030'), 'gb18030'],
  ])('%s decodes the same, whatever the chunk boundaries (fed byte by byte)', async (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytesOneByOne(bytes));
    const out = await text(decoded.chunks);
    expect(out).toBe(_name.startsWith('GB18030') ? chinese + '𠀀\n' : chinese);
    expect(decoded.encoding).toBe(encoding);
  });

  it('an ASCII prefix is passed on before the encoding is known (nothing is buffered but the sniff window)', async () => {
    const ascii = Array.from({ length: 50 }, () => Buffer.from('x'.repeat(1000)));
    let pulled = 0;
    const source = (async function* () {
      for (const b of [...ascii, iconv.encode('车工', 'gbk')]) {
        pulled++;
        yield b;
      }
    })();
    const decoded = decodeBytes(source);
    const iterator = decoded.chunks[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toMatch(/^x+$/);
    expect(pulled).toBeLessThan(3);
    expect(decoded.encoding).toBeUndefined();
    let rest = '';
    for (let n = await iterator.next(); !n.done; n = await iterator.next()) rest += n.value;
    expect(rest.endsWith('车工')).toBe(true);
    expect(decoded.encoding).toBe('gb18030');
  });

  it('UTF-16 is refused with a clear error', async () => {
    await expect(text(decodeBytes(pieces([Buffer.from([0xff, 0xfe, 0x7b, 0x00])])).chunks)).rejects.toThrow(/UTF-16/);
  });

  it('--encoding wins over detection', async () => {
    const decoded = decodeBytes(pieces([Buffer.from('车工')]), 'gbk');
    expect(await text(decoded.chunks)).not.toBe('车工');
    expect(decoded.encoding).toBe('gb18030');
  });
});

describe('lines', () => {
  it('LF and CRLF, a CRLF cut between chunks, a last line without a break', async () => {
    const lines = await collect(splitLines(pieces(['a\r', '\nb\n', '\r\nc', 'd'])));
    expect(lines).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
      { text: '', line: 3 },
      { text: 'cd', line: 4 },
    ]);
  });

  it('an over-long line is reported, not held', async () => {
    const lines = await collect(splitLines(pieces(['ok\n', 'x'.repeat(30), 'x'.repeat(30), '\nnext\n']), 50));
    expect(lines).toEqual([
      { text: 'ok', line: 1 },
      { text: '', line: 2, tooLong: true },
      { text: 'next', line: 3 },
    ]);
  });
});

describe('lines from bytes (NDJSON, CSV)', () => {
  const csv = 'holder.name,occupation\r\n王建国,车工\r\n"李\r\n四",钳工\r\nlast,无换行';

  it.each([
    ['UTF-8', Buffer.from(csv), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]), 'utf-8'],
    ['GBK', iconv.encode(csv, 'gbk'), 'gb18030'],
  ])('%s: split on the LF byte, then decoded line by line, whatever the chunk boundaries', async (_name, bytes, encoding) => {
    for (const chunks of [bytesOneByOne(bytes), pieces([bytes]), pieces([bytes.subarray(0, 30), bytes.subarray(30)])]) {
      const decoded = decodeLines(chunks);
      expect(await collect(decoded.lines)).toEqual([
        { text: 'holder.name,occupation', line: 1 },
        { text: '王建国,车工', line: 2 },
        { text: '"李', line: 3 },
        { text: '四",钳工', line: 4 },
        { text: 'last,无换行', line: 5 },
      ]);
      expect(decoded.encoding).toBe(encoding);
    }
  });

  it('ASCII lines flow before the encoding is known; over-long lines are reported and skipped; UTF-16 is refused', async () => {
    const source = pieces([Buffer.from('a\nb\n'), Buffer.from('x'.repeat(40)), Buffer.from('x'.repeat(40) + '\nc\n'), iconv.encode('车\n', 'gbk')]);
    const decoded = decodeLines(source, 'auto', 50);
    const iterator = decoded.lines[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
    ]);
    expect(decoded.encoding).toBeUndefined();
    const rest: PhysicalLine[] = [];
    for (let n = await iterator.next(); !n.done; n = await iterator.next()) rest.push(...n.value);
    expect(rest).toEqual([
      { text: '', line: 3, tooLong: true },
      { text: 'c', line: 4 },
      { text: '车', line: 5 },
    ]);
    expect(decoded.encoding).toBe('gb18030');
    await expect(collect(decodeLines(pieces([Buffer.from([0xfe, 0xff, 0, 0x7b])])).lines)).rejects.toThrow(/UTF-16/);
  });

  it('the format is sniffed from the first non-blank byte, after a BOM', async () => {
    const peeked = await peekFirstByte(pieces([Buffer.from([0xef, 0xbb, 0xbf, 0x20]), Buffer.from('\n[1]')]));
    expect(peeked.first).toBe('[');
    const opened = await openRecords(pieces([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[{"a":1}]')]), 'x.txt');
    expect(opened.format).toBe('json');
    expect((await collect(opened.records)).map((r) => r.value)).toEqual([{ a: 1 }]);
    expect(opened.encoding()).toBe('utf-8');
  });
});

describe('format detection', () => {
  it('by the first non-blank character, then by the name', async () => {
    expect(formatFromFirstChar('[', 'x.csv')).toBe('json');
    expect(formatFromFirstChar('{', 'x.json')).toBe('ndjson');
    expect(formatFromFirstChar('t', 'x.json')).toBe('csv');
    expect(formatFromFirstChar(undefined, 'x.csv')).toBe('csv');
    const peeked = await peekFirstChar(pieces(['  ', '\n', ' [1]']));
    expect(peeked.first).toBe('[');
    expect(await text(peeked.chunks)).toBe('  \n [1]');
  });
});

describe('JSON records', () => {
  it('duplicate keys are found by counting keys (escaped quotes and colons in strings do not count)', () => {
    expect(countKeysInText('{"a":"x\\":y","b":{"c":[1,"d:"]}}')).toBe(3);
    expect(parseJsonRecord('{"a":1,"b":{"a":2}}')).toEqual({ value: { a: 1, b: { a: 2 } } });
    expect(parseJsonRecord('{"a":1,"b":2,"a":3}')).toMatchObject({ problem: { messageId: 'duplicate-key', data: { key: 'a' } } });
    expect(parseJsonRecord('{"a":')).toMatchObject({ problem: { messageId: 'syntax' } });
  });

  it('NDJSON: blank lines skipped, index counts records, line counts lines', async () => {
    const records = await collect(readRecords(pieces(['{"a":1}\n\n  \n{"b"', ':2}\nnot json\n']), 'ndjson'));
    expect(records.map(brief)).toEqual([
      { line: 1, index: 0, value: { a: 1 } },
      { line: 4, index: 1, value: { b: 2 } },
      { line: 5, index: 2, problem: 'syntax' },
    ]);
  });
});

describe('JSON array', () => {
  const doc = '[\n  {"a": "]}{,\\"", "n": [1, {"x": 2}]},\n  {"b": 2},\n  {"broken": },\n  3,\n  {"c":\n    "multi-line"}\n]\n';

  it('splits at the array’s own commas, one element in memory, with each element’s line and array index', async () => {
    for (const size of [1, 7, doc.length]) {
      const chunks: string[] = [];
      for (let i = 0; i < doc.length; i += size) chunks.push(doc.slice(i, i + size));
      const records = await collect(readJsonArray(pieces(chunks)));
      expect(records.map(brief), `chunks of ${size}`).toEqual([
        { line: 2, index: 0, value: { a: ']}{,"', n: [1, { x: 2 }] } },
        { line: 3, index: 1, value: { b: 2 } },
        { line: 4, index: 2, problem: 'syntax' },
        { line: 5, index: 3, value: 3 },
        { line: 6, index: 4, value: { c: 'multi-line' } },
      ]);
      expect(records[0]!.lineLength).toBe(doc.split('\n')[1]!.length - 1);
    }
  });

  it('an unclosed array, trailing content, an empty element', async () => {
    expect((await collect(readJsonArray(pieces(['[{"a":1},\n{"b":'])))).map((r) => [r.line, r.problem?.messageId, r.problem?.phrase])).toEqual([
      [1, undefined, undefined],
      [2, 'syntax', undefined],
      [2, 'json-array', 'array-unclosed'],
    ]);
    expect((await collect(readJsonArray(pieces(['[1]\n[2]'])))).map((r) => r.problem?.phrase ?? r.value)).toEqual([1, 'array-trailing']);
    expect((await collect(readJsonArray(pieces(['[1,,2]'])))).map((r) => [r.index, r.problem?.phrase ?? r.value])).toEqual([
      [0, 1],
      [1, 'array-empty-element'],
      [2, 2],
    ]);
  });

  it('an element over the size limit is reported at its line; the next ones are still read', async () => {
    const big = `{"x":"${'y'.repeat(100)}"}`;
    const records = await collect(readJsonArray(pieces(['[\n', big.slice(0, 50), big.slice(50), ',\n{"ok":1}]']), 60));
    expect(records.map(brief)).toEqual([
      { line: 2, index: 0, problem: 'too-long' },
      { line: 3, index: 1, value: { ok: 1 } },
    ]);
  });
});

describe('CSV', () => {
  const lines = (...texts: string[]): PhysicalLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
  const read = (...texts: string[]) => {
    const reader = new CsvRecordReader();
    return [...reader.push(lines(...texts)), ...reader.end()];
  };

  it('dotted headers nest, empty cells are absent, level is an integer, quoted fields may hold commas, quotes and line breaks', () => {
    const records = read('number,holder.name,holder.idNumber,level,issuer.name', 'A1,"王, ""建国""",,4,"杭州', '中心"', '', 'A2,李四,x,4a,');
    expect(records.map(brief)).toEqual([
      { line: 2, index: 0, value: { number: 'A1', holder: { name: '王, "建国"' }, level: 4, issuer: { name: '杭州\n中心' } } },
      { line: 5, index: 1, value: { number: 'A2', holder: { name: '李四', idNumber: 'x' }, level: '4a' } },
    ]);
  });

  it('a broken row costs one row: field count, a stray quote, an unclosed quote (the lines after it are read again)', () => {
    const records = read('a,b', '1,2', '1,2,3', '"x"y,2', '"open,2', '3,4', '5,6');
    expect(records.map(brief)).toEqual([
      { line: 2, index: 0, value: { a: '1', b: '2' } },
      { line: 3, index: 1, problem: 'csv-field-count' },
      { line: 4, index: 2, problem: 'csv-bad-quote' },
      { line: 5, index: 3, problem: 'csv-unclosed-quote' },
      { line: 6, index: 4, value: { a: '3', b: '4' } },
      { line: 7, index: 5, value: { a: '5', b: '6' } },
    ]);
  });

  it(`a quoted field running over ${MAX_RECORD_LINES} lines is an unclosed quote, found without reading to the end`, () => {
    const body = Array.from({ length: MAX_RECORD_LINES + 5 }, (_, i) => `${i},x`);
    const reader = new CsvRecordReader();
    const out = reader.push(lines('a,b', '"never closed,1', ...body));
    expect(out[0]).toMatchObject({ line: 2, problem: { messageId: 'csv-unclosed-quote' } });
    expect(out.slice(1).map((r) => r.value)).toEqual(body.map((b) => ({ a: b.split(',')[0], b: 'x' })));
  });

  it('header problems: empty, repeated, conflicting nesting, unsafe names are ignored columns', () => {
    const records = read('number,,number,holder,holder.name,__proto__.x,ok', 'A,1,2,3,4,5,6');
    expect(records.filter((r) => r.problem).map((r) => [r.line, r.problem!.data.column, r.problem!.phrase])).toEqual([
      [1, 2, 'header-empty'],
      [1, 3, 'header-duplicate'],
      [1, 5, 'header-conflict'],
      [1, 6, 'header-unsafe'],
    ]);
    const value = records.find((r) => r.value)!.value as Record<string, unknown>;
    expect(value).toEqual({ number: 'A', holder: '3', ok: '6' });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('masking', () => {
  it('18- and 15-character ID numbers anywhere in a text; certificate numbers untouched', () => {
    expect(maskIdNumber('330102198603140311')).toBe('330102********0311');
    expect(maskPii('号码330102198603140311、33070219910516035X；旧号 330102860314031')).toBe('号码330102********0311、330702********035X；旧号 33010*******031');
    for (const keep of ['2033010003000101', 'S000033010002214000037', 'ZJZM-2021-330100-0031', '1330102198603140311']) expect(maskPii(keep)).toBe(keep);
  });
});

describe('progress', () => {
  it('records/s and % done, redrawn at most every 200 ms, only past the size threshold, cleared at the end', () => {
    let t = 0;
    const out: string[] = [];
    const p = new TerminalProgress((s) => out.push(s), () => t, 1000);
    p.update({ bytes: 10, totalBytes: 500, records: 1, file: 'a' });
    expect(out).toEqual([]);
    t = 1000;
    p.update({ bytes: 1500, totalBytes: 3000, records: 5000, file: 'a' });
    t = 1100;
    p.update({ bytes: 1600, totalBytes: 3000, records: 5100, file: 'a' });
    p.done();
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('5,000 records · 5,000 records/s · 50.0% of 0.0 MB · ~1 s left');
    expect(out[1]).toBe('\r\u001b[2K');
    expect(renderProgress({ bytes: 3 * 1024 * 1024, records: 10 }, 2)).toBe('auditing: 10 records · 5 records/s · 3.0 MB read');
  });
});
