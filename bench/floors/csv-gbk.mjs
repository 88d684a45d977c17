#!/usr/bin/env node
/**
 * The physical floor for auditing a GBK CSV export in Node: stream the file, decode it with iconv-lite, split it into
 * CRLF lines and parse each into fields (RFC 4180 quoting). Nothing else: no typing, no schema, no rules.
 */
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';

function fields(line) {
  if (line.indexOf('"') === -1) return line.split(',');
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line.charCodeAt(i) === 34) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q === -1) throw new SyntaxError('unterminated quote');
        value += line.slice(j, q);
        if (line.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
      i++; // the comma
    } else {
      const comma = line.indexOf(',', i);
      const end = comma === -1 ? line.length : comma;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

let records = 0;
for (const file of process.argv.slice(2)) {
  const decoder = iconv.getDecoder('gbk');
  let carry = '';
  let header;
  const take = (line) => {
    if (line === '') return;
    const row = fields(line);
    if (!header) header = row;
    else records++;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const lines = (carry + decoder.write(chunk)).split('\r\n');
    carry = lines.pop();
    lines.forEach(take);
  }
  take(carry + (decoder.end() ?? ''));
}
process.stdout.write(`${records} records\n`);
