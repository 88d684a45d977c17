import { describe, expect, it } from 'vitest';
import { getLocation } from 'jsonc-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastJsonLocation } from '../src/json-location.js';

const plans = join(__dirname, '..', '..', '..', 'examples', 'plans');
const texts = [
  ...readdirSync(plans).filter((f) => f.endsWith('.json') && f !== 'expected.json').map((f) => readFileSync(join(plans, f), 'utf8')),
  '{"a":{"b":[{"c":"d\\"e","f":[1,{"g":null}]},{}],"h":true},"i":-1.5e3,"\\u0061k":"x"}',
  '[ {"x": 1}, [ {"y": "z"} ], {} ]',
  '{\r\n\t"键" : { "值" : [ { "深" : "\\\\" } ] }\r\n}',
];

describe('fastJsonLocation', () => {
  it('answers as jsonc-parser getLocation wherever it answers, and answers on names and property values', () => {
    let answered = 0;
    for (const text of texts) {
      for (let offset = 0; offset <= text.length; offset++) {
        const fast = fastJsonLocation(text, offset);
        if (!fast) continue;
        answered++;
        const slow = getLocation(text, offset);
        expect({ path: fast.path, isAtPropertyKey: fast.isAtPropertyKey }, `offset ${offset} of ${text.slice(0, 30)}`).toEqual({ path: slow.path, isAtPropertyKey: slow.isAtPropertyKey });
        const p = slow.previousNode!;
        expect(fast.previousNode).toEqual({ type: p.type, offset: p.offset, length: p.length, value: p.value });
      }
    }
    expect(answered).toBeGreaterThan(2000);
  });
});
