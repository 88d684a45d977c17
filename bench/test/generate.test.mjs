// Quick checks of the corpus generator (no benchmark runs here: `pnpm test` stays fast).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '@qualcat/sdk';
import { bigPlan, generateCertificates, generatePlans, INJECTED, writeCertificates } from '../lib/generate.mjs';

const digest = (x) => createHash('sha256').update(JSON.stringify(x)).digest('hex');

test('plans: the same seed gives the same corpus, another seed another', () => {
  const a = [...generatePlans({ count: 300, seed: 7 })];
  assert.equal(digest(a), digest([...generatePlans({ count: 300, seed: 7 })]));
  assert.notEqual(digest(a), digest([...generatePlans({ count: 300, seed: 8 })]));
  assert.equal(new Set(a.map((p) => p.name)).size, 300, 'file names are unique');
});

test('plans: both kinds, make-up plans, several provinces, catalog names mostly', () => {
  const plans = [...generatePlans({ count: 1000, seed: 1 })].map((p) => p.plan);
  const kinds = new Set(plans.map((p) => p.kind));
  assert.deepEqual([...kinds].sort(), ['qualification-assessment', 'skill-level-recognition']);
  assert.ok(plans.filter((p) => p.purpose === 'make-up').length > 30);
  assert.ok(new Set(plans.map((p) => p.region.slice(0, 2))).size >= 4);
  const catalog = loadCatalog();
  const items = plans.flatMap((p) => p.items);
  const unknown = items.filter((i) => !catalog.has(i.occupation)).length;
  assert.ok(unknown > 0 && unknown < items.length * 0.1, `${unknown} unknown occupations of ${items.length}`);
  assert.ok(Object.keys(INJECTED).length >= 12);
});

test('the big plan has the items asked for', () => {
  assert.equal(bigPlan({ items: 5000 }).items.length, 5000);
});

test('certificates: deterministic, NDJSON and GBK CSV of the same records, with duplicates and bad ID numbers', () => {
  const records = [...generateCertificates({ count: 2000, seed: 3 })];
  assert.equal(digest(records), digest([...generateCertificates({ count: 2000, seed: 3 })]));
  const numbers = records.map((r) => r.number);
  assert.ok(new Set(numbers).size < numbers.length, 'some certificate numbers repeat');
  const dir = mkdtempSync(join(tmpdir(), 'qualcat-bench-test-'));
  try {
    writeCertificates({ count: 2000, seed: 3, ndjson: join(dir, 'c.ndjson'), csv: join(dir, 'c.csv') });
    const lines = readFileSync(join(dir, 'c.ndjson'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 2000);
    assert.deepEqual(JSON.parse(lines[1999]), records[1999]);
    const csv = readFileSync(join(dir, 'c.csv'));
    assert.ok(!csv.includes(Buffer.from('杭州', 'utf8')), 'the CSV is not UTF-8');
    assert.equal(csv.toString('latin1').split('\r\n').filter(Boolean).length, 2001);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
