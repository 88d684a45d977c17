/**
 * The repository's example files (examples/plans, examples/certificates) against their expectations, with the
 * configuration they were written for (examples/qualcat.config.json: built-in rules + this plugin). The SDK runs the
 * same files without the plugin; this is the full version. Two assertions per file: the zhejiang/ findings (this
 * package's rules) and everything (the plugin next to the core and national rules: region scoping, the 焊工 patch).
 */
import { builtinRules, Linter, parseDocument, type Plan, type PlanLookup } from '@qualcat/sdk';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zhejiang } from '../src/index.js';

const examplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');
const plansDir = path.join(examplesDir, 'plans');
const certificatesDir = path.join(examplesDir, 'certificates');

const linter = new Linter({ rules: builtinRules, plugins: [zhejiang], asOf: '2021-06-30' });
const key = (d: { ruleId: string; pointer: string }) => `${d.ruleId} ${JSON.stringify(d.pointer)}`;
const ours = (ruleId: string) => ruleId.startsWith('zhejiang/');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const planFiles = walk(plansDir)
  .filter((f) => /\.plan\.(json|ya?ml)$/.test(f))
  .map((f) => path.relative(plansDir, f).split(path.sep).join('/'))
  .sort();
const expectedPlans = JSON.parse(readFileSync(path.join(plansDir, 'expected.json'), 'utf8')) as Record<string, Array<{ ruleId: string; pointer: string }>>;

const plans: PlanLookup = (() => {
  const byId = new Map<string, Plan>();
  for (const file of planFiles) {
    const value = parseDocument(readFileSync(path.join(plansDir, file), 'utf8'), file).value as Plan | undefined;
    if (value && typeof value === 'object' && typeof value.id === 'string') byId.set(value.id, value);
  }
  return { get: (id) => byId.get(id) };
})();

describe('examples/plans', () => {
  it('the configuration loads without problems', () => {
    expect(linter.problems).toEqual([]);
  });
  it('expected.json lists every plan file', () => {
    expect(Object.keys(expectedPlans).sort()).toEqual(planFiles);
  });
  for (const file of planFiles) {
    const text = readFileSync(path.join(plansDir, file), 'utf8');
    const expected = (expectedPlans[file] ?? []).map(key).sort();
    const found = () => linter.lintText(text, file, { plans });
    it(`${file}: zhejiang/ findings`, () => {
      expect(found().filter((d) => ours(d.ruleId)).map(key).sort()).toEqual(expected.filter((k) => ours(k.split(' ')[0]!)));
    });
    it(`${file}: every finding`, () => {
      expect(found().map(key).sort()).toEqual(expected);
    });
  }
});

type Expectation = { line?: number; index?: number; ruleId: string; pointer: string };
const expectedCertificates = JSON.parse(readFileSync(path.join(certificatesDir, 'expected.json'), 'utf8')) as Record<string, Expectation[]>;

/** Dotted headers nest, an empty cell is an absent field, `level` is an integer (certificates/EXPECTED.md). */
function readCsv(text: string): Record<string, unknown>[] {
  const [header, ...rows] = text.split(/\r\n|\n/).filter((l) => l !== '');
  const columns = header!.split(',');
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    row.split(',').forEach((cell, i) => {
      if (cell === '') return;
      const parts = columns[i]!.split('.');
      let target = record;
      for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
      target[parts.at(-1)!] = parts.at(-1) === 'level' ? Number(cell) : cell;
    });
    return record;
  });
}

const certificateFiles: Array<{ file: string; records: () => unknown[]; place: (index: number) => string }> = [
  {
    file: 'zhejiang-2020.ndjson',
    records: () => readFileSync(path.join(certificatesDir, 'zhejiang-2020.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown),
    place: (index) => `line ${index + 1}`,
  },
  {
    file: 'jiangsu-2020.csv',
    records: () => readCsv(new TextDecoder('gbk').decode(readFileSync(path.join(certificatesDir, 'jiangsu-2020.csv')))),
    place: (index) => `line ${index + 2}`,
  },
  {
    file: 'sample.json',
    records: () => JSON.parse(readFileSync(path.join(certificatesDir, 'sample.json'), 'utf8')) as unknown[],
    place: (index) => `index ${index}`,
  },
];

describe('examples/certificates', () => {
  for (const { file, records, place } of certificateFiles) {
    const expected = (expectedCertificates[file] ?? [])
      .map((e) => `${e.line !== undefined ? `line ${e.line}` : `index ${e.index}`} ${key(e)}`)
      .sort();
    const found = () => {
      const out: string[] = [];
      const set = linter.certificateSet({ plans });
      records().forEach((record, index) => {
        for (const d of linter.lintValue(record, 'certificate', { plans })) out.push(`${place(index)} ${key(d)}`);
        set.add(record, index);
      });
      for (const d of set.finish()) out.push(`${place(d.data!.record as number)} ${key(d)}`);
      return out.sort();
    };
    it(`${file}: zhejiang/ findings`, () => {
      expect(found().filter((k) => k.includes(' zhejiang/'))).toEqual(expected.filter((k) => k.includes(' zhejiang/')));
    });
    it(`${file}: every finding`, () => {
      expect(found()).toEqual(expected);
    });
  }
});
