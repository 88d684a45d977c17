import { describe, expect, it } from 'vitest';
import { countOccupations, describeGroup, describeOccupation, filterCatalog, normaliseCatalog, type CatalogLabels } from '../src/catalog-model';

const labels: CatalogLabels = { batch: (b) => `B${b}`, access: 'ACCESS', exitsOn: (d) => `out ${d}` };

const answer = {
  groups: [
    {
      no: 20,
      name: '金属热处理工',
      occupations: [
        { name: '金属热处理工', batch: 1, exitDate: '2020-09-30', category: 'level-evaluation' },
        { name: '金属材料热处理工', batch: 2, exitDate: '2020-12-31', category: 'level-evaluation' },
      ],
    },
    // The same group again (a second sub-row) and a duplicate name: merged, kept once.
    { no: 20, name: '金属热处理工', occupations: [{ name: '金属材料热处理工', batch: 2, exitDate: '2020-12-31' }, { name: '淬火工', batch: 2, exitDate: '2020-12-31' }] },
    { no: 71, name: '消防员', occupations: [{ name: '消防员', category: 'access', exitDate: null, batch: null }] },
  ],
};

describe('normaliseCatalog', () => {
  it('merges sub-rows of a group and drops duplicate names', () => {
    const groups = normaliseCatalog(answer);
    expect(groups.map((g) => g.key)).toEqual(['20', '71']);
    expect(groups[0]!.occupations.map((o) => o.name)).toEqual(['金属热处理工', '金属材料热处理工', '淬火工']);
    expect(countOccupations(groups)).toBe(4);
  });

  it('reads catalog-schema rows ({ group, occupations, exit: { batch } }) with exit dates from the row', () => {
    const groups = normaliseCatalog([{ group: { no: 1, name: '车工' }, occupations: [{ name: '车工' }], exit: { batch: 2 }, exitDate: '2020-12-31', category: 'level-evaluation' }]);
    expect(groups[0]!.occupations[0]).toEqual({ name: '车工', batch: 2, exitDate: '2020-12-31', category: 'level-evaluation' });
  });

  it('tolerates junk', () => {
    expect(normaliseCatalog(undefined)).toEqual([]);
    expect(normaliseCatalog({ groups: [null, 3, { name: '' }, { name: 'x', occupations: [null, { name: 1 }] }] })).toEqual([{ key: 'x', name: 'x', occupations: [] }]);
  });
});

describe('filterCatalog', () => {
  const groups = normaliseCatalog(answer);
  it('a group-name match keeps the whole group', () => {
    expect(countOccupations(filterCatalog(groups, '消防'))).toBe(1);
    expect(filterCatalog(groups, '20')[0]!.occupations).toHaveLength(3);
  });
  it('otherwise keeps matching occupations only; all words must match', () => {
    const found = filterCatalog(groups, '淬火');
    expect(found.map((g) => g.occupations.map((o) => o.name))).toEqual([['淬火工']]);
    expect(countOccupations(filterCatalog(groups, '2020-09-30'))).toBe(1);
    expect(countOccupations(filterCatalog(groups, '材料 2020-12-31'))).toBe(1);
    expect(filterCatalog(groups, 'nothing-like-this')).toEqual([]);
  });
  it('an empty query shows everything', () => {
    expect(filterCatalog(groups, '  ')).toEqual(groups);
  });
});

describe('descriptions', () => {
  const groups = normaliseCatalog(answer);
  it('occupation: batch and exit date, or access-type', () => {
    expect(describeOccupation(groups[0]!.occupations[0]!, labels)).toBe('B1 · out 2020-09-30');
    expect(describeOccupation(groups[1]!.occupations[0]!, labels)).toBe('ACCESS');
  });
  it('group: its distinct batches in order', () => {
    expect(describeGroup(groups[0]!, labels)).toBe('B1 · out 2020-09-30; B2 · out 2020-12-31');
  });
});
