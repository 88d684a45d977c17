import { describe, expect, it } from 'vitest';
import { defaultCatalogData, exitDateOf, findOccupation, isExited, loadCatalog, validateCatalog } from '../src/index.js';

const data = defaultCatalogData;
const quals = data.qualifications;
const printedEntries = (qs: typeof quals) => qs.reduce((n, q) => n + (q.printed ?? '').split('、').length, 0);
const distinctNames = (qs: typeof quals) => new Set(qs.flatMap((q) => q.occupations.map((o) => o.name)));

describe('the catalog reproduces the figures of 人社厅发〔2020〕80号 (DOMAIN.md decision 5)', () => {
  it('conforms to the catalog schema', () => {
    expect(validateCatalog(data)).toEqual([]);
  });

  it('has 76 groups and 100 sub-rows', () => {
    expect(new Set(quals.map((q) => q.group.no)).size).toBe(76);
    expect(quals).toHaveLength(100);
    expect([...new Set(quals.map((q) => q.group.no))].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 76 }, (_, i) => i + 1),
    );
  });

  it('batch 1: 14 items (group, batch pairs) with 29 occupations in 14 sub-rows', () => {
    const b1 = quals.filter((q) => q.exit?.batch === 1);
    expect(b1).toHaveLength(14);
    expect(new Set(b1.map((q) => q.group.no)).size).toBe(14);
    expect(distinctNames(b1).size).toBe(29);
    expect(printedEntries(b1)).toBe(29);
  });

  it('batch 2: 66 items with 156 printed occupation entries and 155 distinct names', () => {
    const b2 = quals.filter((q) => q.exit?.batch === 2);
    expect(new Set(b2.map((q) => q.group.no)).size).toBe(66);
    expect(printedEntries(b2)).toBe(156);
    expect(distinctNames(b2).size).toBe(155);
  });

  it('7 access-type occupations with no exit', () => {
    const access = quals.filter((q) => q.category === 'access');
    expect(access.every((q) => q.exit === null)).toBe(true);
    expect([...distinctNames(access)].sort()).toEqual(
      ['保安员', '安检员', '民航乘务员', '机场运行指挥员', '消防员', '应急救援员', '森林消防员'].sort(),
    );
    expect(quals.filter((q) => q.exit === null).every((q) => q.category === 'access')).toBe(true);
  });

  it('191 occupations in all, no name in two sub-rows', () => {
    expect(loadCatalog().size).toBe(191);
    expect(quals.reduce((n, q) => n + q.occupations.length, 0)).toBe(191);
  });

  it('the exit dates of the two batches', () => {
    expect(data.batches).toEqual([
      { id: 1, exitDate: '2020-09-30' },
      { id: 2, exitDate: '2020-12-31' },
    ]);
  });

  it('records the anomalies of the printed table', () => {
    const g25 = quals.find((q) => q.group.no === 25)!;
    expect(g25.printed).toBe('重冶金法冶炼工、电解精炼工、重冶金法冶炼工');
    expect(g25.occupations.map((o) => o.name)).toEqual(['重冶金法冶炼工', '电解精炼工']);
    expect(g25.anomalies).toEqual([expect.objectContaining({ code: 'duplicate-occupation', occupation: '重冶金法冶炼工' })]);
    const g73 = quals.find((q) => q.group.no === 73)!;
    expect(g73.occupations[0]!.name).toBe('(粮油) 仓储管理员');
    expect(g73.anomalies).toEqual([expect.objectContaining({ code: 'printed-as-is', occupation: '(粮油) 仓储管理员' })]);
  });

  it('every occupation cell is the printed text split on 、', () => {
    for (const q of quals) {
      expect([...new Set(q.printed!.split('、'))]).toEqual(q.occupations.map((o) => o.name));
    }
  });
});

describe('occupations pinned to their batch, near-namesakes included (decision 4)', () => {
  const cases: Array<[string, 1 | 2 | 'access', number]> = [
    ['金属热处理工', 1, 20],
    ['金属材料热处理工', 2, 23],
    ['茶艺师', 1, 72],
    ['评茶员', 2, 47],
    ['安全评价师', 1, 66],
    ['安检员', 'access', 66],
    ['保安员', 'access', 66],
    ['智能楼宇管理员', 2, 66],
    ['电工', 2, 1],
    ['车工', 1, 21],
    ['电切削工', 2, 21],
    ['锅炉操作工', 1, 8],
    ['锅炉运行值班员', 2, 8],
    ['眼镜验光员', 1, 52],
    ['育婴员', 1, 58],
    ['孤残儿童护理员', 2, 58],
    ['制冷工', 1, 38],
    ['森林消防员', 'access', 76],
    ['机动车驾驶教练员', 2, 75],
    ['(粮油) 仓储管理员', 2, 73],
  ];
  it.each(cases)('%s → batch %s (group %i)', (name, batch, group) => {
    const info = findOccupation(name)!;
    expect(info).toBeDefined();
    expect(info.group.no).toBe(group);
    if (batch === 'access') {
      expect(info.category).toBe('access');
      expect(info.exitDate).toBeNull();
    } else {
      expect(info.category).toBe('level-evaluation');
      expect(info.batch).toBe(batch);
      expect(info.exitDate).toBe(batch === 1 ? '2020-09-30' : '2020-12-31');
    }
  });

  it('identity is exact: no substring or fuzzy match', () => {
    expect(findOccupation('热处理工')).toBeUndefined();
    expect(findOccupation('金属热处理员')).toBeUndefined();
    expect(findOccupation('仓储管理员')).toBeUndefined();
    expect(findOccupation('(粮油)仓储管理员')).toBeUndefined();
    expect(findOccupation(' 车工')).toBeUndefined();
    expect(findOccupation('焊工')).toBeUndefined();
  });

  it('suggestions may be fuzzy', () => {
    expect(loadCatalog().suggest('金属热处理员')).toContain('金属热处理工');
    expect(loadCatalog().suggest('仓储管理员')).toContain('(粮油) 仓储管理员');
    expect(loadCatalog().suggest('完全无关的名字')).toEqual([]);
  });
});

describe('exit dates (decision 1: the exit date is the first day out)', () => {
  it('exitDateOf', () => {
    expect(exitDateOf('车工')).toBe('2020-09-30');
    expect(exitDateOf('电工')).toBe('2020-12-31');
    expect(exitDateOf('保安员')).toBeNull();
    expect(exitDateOf('不存在的职业')).toBeNull();
  });
  it('isExited at the boundary', () => {
    expect(isExited('车工', '2020-09-29')).toBe(false);
    expect(isExited('车工', '2020-09-30')).toBe(true);
    expect(isExited('电工', '2020-12-30')).toBe(false);
    expect(isExited('电工', '2020-12-31')).toBe(true);
    expect(isExited('保安员', '2030-01-01')).toBe(false);
  });
});

describe('catalog patches', () => {
  it('add an access-type occupation, amend and remove', () => {
    const patched = loadCatalog().withPatches(
      [
        { op: 'add', occupation: '焊工', group: { name: '焊接人员' }, category: 'access', exit: null },
        { op: 'amend', occupation: '电工', exit: { batch: 1 } },
        { op: 'remove', occupation: '车工' },
      ],
      'zhejiang',
    );
    expect(patched.findOccupation('焊工')).toMatchObject({ category: 'access', exitDate: null, origin: 'zhejiang' });
    expect(patched.exitDateOf('电工')).toBe('2020-09-30');
    expect(patched.has('车工')).toBe(false);
    // the default catalog is untouched
    expect(loadCatalog().has('焊工')).toBe(false);
    expect(loadCatalog().exitDateOf('电工')).toBe('2020-12-31');
  });
  it('rejects impossible patches with the index of the patch', () => {
    expect(() => loadCatalog().withPatches([{ op: 'add', occupation: '车工', group: { name: 'x' }, category: 'access' }], 'p')).toThrow(
      /already in the catalog/,
    );
    expect(() => loadCatalog().withPatches([{ op: 'amend', occupation: '不存在' }], 'p')).toThrow(/not in the catalog/);
  });
  it('the data handed out is frozen', () => {
    expect(Object.isFrozen(defaultCatalogData.qualifications[0])).toBe(true);
    expect(Object.isFrozen(findOccupation('车工'))).toBe(true);
  });
});
