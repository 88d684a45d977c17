/**
 * The example files against their expectations, for the built-in (core + national) rules only: the Zhejiang plugin
 * lives in its own package and gets the full version of this test there. Expected Zhejiang findings are filtered
 * out; everything else must match exactly (as sets of ruleId + pointer).
 *
 * One stand-in: the Zhejiang plugin's catalog patch (焊工 is access-type, 27号 §一) is reproduced by a data-only
 * stub plugin for region 33, so the 焊工 files are compared too instead of being skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules, definePlugin, Linter, parseDocument, type Plan, type PlanLookup } from '../src/index.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = path.resolve(packageDir, '../../examples');
const plansDir = path.join(examplesDir, 'plans');
const certificatesDir = path.join(examplesDir, 'certificates');
const AS_OF = '2021-06-30';

const zhejiangCatalogStub = definePlugin({
  id: 'zhejiang-catalog-stub',
  appliesTo: { regions: ['33'] },
  catalog: [{ op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'access' }],
});
const linter = new Linter({ rules: builtinRules, asOf: AS_OF });
const linterWithWelder = new Linter({ rules: builtinRules, plugins: [zhejiangCatalogStub], asOf: AS_OF });
const linterFor = (text: string) => (text.includes('焊工') ? linterWithWelder : linter);

const isBuiltin = (ruleId: string) => !ruleId.startsWith('zhejiang/');
const key = (d: { ruleId: string; pointer: string }) => `${d.ruleId} ${JSON.stringify(d.pointer)}`;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

const planFiles = walk(plansDir)
  .filter((f) => /\.plan\.(json|ya?ml)$/.test(f))
  .map((f) => path.relative(plansDir, f).split(path.sep).join('/'))
  .sort();
const expectedPlans = JSON.parse(readFileSync(path.join(plansDir, 'expected.json'), 'utf8')) as Record<
  string,
  Array<{ ruleId: string; pointer: string }>
>;

/** Every plan of the folder that parses, by id: the workspace a CLI run with --plans would see. */
function workspacePlans(): PlanLookup {
  const byId = new Map<string, Plan>();
  for (const file of planFiles) {
    const value = parseDocument(readFileSync(path.join(plansDir, file), 'utf8'), file).value as Plan | undefined;
    if (value && typeof value === 'object' && typeof value.id === 'string') byId.set(value.id, value);
  }
  return { get: (id) => byId.get(id) };
}
const plans = workspacePlans();

describe('examples/plans', () => {
  it('expected.json lists every plan file', () => {
    expect(Object.keys(expectedPlans).sort()).toEqual(planFiles);
  });

  for (const file of planFiles) {
    const text = readFileSync(path.join(plansDir, file), 'utf8');
    const expected = (expectedPlans[file] ?? []).filter((d) => isBuiltin(d.ruleId)).map(key).sort();
    it(`${file}: on its own`, () => {
      const found = linterFor(text).lintText(text, file).filter((d) => isBuiltin(d.ruleId));
      expect(found.map(key).sort()).toEqual(expected);
    });
    it(`${file}: with the other plans known (makeUpOf resolved)`, () => {
      const found = linterFor(text).lintText(text, file, { plans }).filter((d) => isBuiltin(d.ruleId));
      expect(found.map(key).sort()).toEqual(expected);
    });
  }
});

// ---- certificates: NDJSON, a JSON array and a GBK CSV (read minimally here; reading files is the CLI's job) ----

type Expectation = { line?: number; index?: number; ruleId: string; pointer: string };
const expectedCertificates = JSON.parse(readFileSync(path.join(certificatesDir, 'expected.json'), 'utf8')) as Record<
  string,
  Expectation[]
>;

/** Dotted headers nest, an empty cell is an absent field, `level` is an integer (see certificates/EXPECTED.md). */
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

const certificateFiles: Array<{ file: string; records: () => unknown[]; locate: (index: number) => Partial<Expectation> }> = [
  {
    file: 'zhejiang-2020.ndjson',
    records: () => readFileSync(path.join(certificatesDir, 'zhejiang-2020.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)),
    locate: (index) => ({ line: index + 1 }),
  },
  {
    file: 'jiangsu-2020.csv',
    records: () => readCsv(new TextDecoder('gbk').decode(readFileSync(path.join(certificatesDir, 'jiangsu-2020.csv')))),
    locate: (index) => ({ line: index + 2 }),
  },
  {
    file: 'sample.json',
    records: () => JSON.parse(readFileSync(path.join(certificatesDir, 'sample.json'), 'utf8')) as unknown[],
    locate: (index) => ({ index }),
  },
];

describe('examples/certificates', () => {
  for (const { file, records, locate } of certificateFiles) {
    const place = (e: Partial<Expectation>) => (e.line !== undefined ? `line ${e.line}` : `index ${e.index}`);
    const expected = (expectedCertificates[file] ?? [])
      .filter((e) => isBuiltin(e.ruleId))
      .map((e) => `${place(e)} ${key(e)}`)
      .sort();
    for (const withPlans of [false, true]) {
      it(`${file}${withPlans ? ': with the plans known' : ': on its own'}`, () => {
        const all = records();
        const found: string[] = [];
        const set = linterWithWelder.certificateSet(withPlans ? { plans } : {});
        all.forEach((record, index) => {
          const l = JSON.stringify(record).includes('焊工') ? linterWithWelder : linter;
          for (const d of l.lintValue(record, 'certificate', withPlans ? { plans } : {})) {
            if (isBuiltin(d.ruleId)) found.push(`${place(locate(index))} ${key(d)}`);
          }
          set.add(record, index);
        });
        for (const d of set.finish()) found.push(`${place(locate(d.data!.record as number))} ${key(d)}`);
        expect(found.sort()).toEqual(expected);
      });
    }
  }
});
