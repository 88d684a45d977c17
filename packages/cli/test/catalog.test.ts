import { describe, expect, it } from 'vitest';
import { validateCatalog } from '@qualcat/sdk';
import { qualcat } from './harness.js';

describe('qualcat catalog', () => {
  it('--format json emits the whole table, conforming to the catalog schema', async () => {
    const { code, stdout } = await qualcat(['catalog', '--format', 'json']);
    expect(code).toBe(0);
    const catalog = JSON.parse(stdout);
    expect(validateCatalog(catalog)).toEqual([]);
    expect(catalog.qualifications).toHaveLength(100);
    expect(new Set(catalog.qualifications.map((q: { group: { no: number } }) => q.group.no)).size).toBe(76);
  });

  it('--batch access lists the 7 access-type occupations', async () => {
    const { code, stdout } = await qualcat(['catalog', '--batch', 'access']);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => l.includes('准入类 access') && /^\d/.test(l));
    expect(rows.map((r) => r.split(/\s{2,}/)[2])).toEqual(['保安员', '安检员', '民航乘务员', '机场运行指挥员', '消防员', '应急救援员', '森林消防员']);
  });

  it('--query filters by name and JSON stays schema-valid', async () => {
    const { stdout } = await qualcat(['catalog', '--query', '热处理', '--format', 'json']);
    const catalog = JSON.parse(stdout);
    expect(validateCatalog(catalog)).toEqual([]);
    expect(catalog.qualifications.flatMap((q: { occupations: Array<{ name: string }> }) => q.occupations.map((o) => o.name))).toEqual(['金属热处理工', '金属材料热处理工']);
  });

  it('--summary prints the figures of the notice', async () => {
    const { stdout } = await qualcat(['catalog', '--summary']);
    expect(stdout).toContain('第一批 batch 1: 29 个职业 occupations in 14 项 groups, exit 2020-09-30');
    expect(stdout).toContain('第二批 batch 2: 155 个职业 occupations in 66 项 groups, exit 2020-12-31');
    expect(stdout).toContain('准入类 access:  7 个职业');
  });

  it('no match: exit 1 with a suggestion', async () => {
    const { code, stderr } = await qualcat(['catalog', '--query', '金属热处理员']);
    expect(code).toBe(1);
    expect(stderr).toContain('金属热处理工');
  });

  it('usage errors: exit 2, one sentence with a code, no stack trace', async () => {
    const { code, stderr } = await qualcat(['catalog', '--batch', '3']);
    expect(code).toBe(2);
    expect(stderr).toBe('qualcat: --batch must be 1, 2 or access (got “3”) [QC_USAGE]\n');
    const unknown = await qualcat(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
  });

  it('--help exits 0', async () => {
    const { code, stdout } = await qualcat(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('validate');
  });
});
