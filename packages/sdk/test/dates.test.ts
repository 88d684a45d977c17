import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, daysBetween, isIsoDate, parseIsoDate, todayInChina } from '../src/index.js';

describe('calendar dates (DOMAIN.md decisions 2 and 7)', () => {
  it.each([
    ['2020-09-30', 3, '2020-12-30'],
    ['2020-12-31', 3, '2021-03-31'],
    ['2020-11-30', 3, '2021-02-28'],
    ['2019-11-30', 3, '2020-02-29'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2020-03-31', -1, '2020-02-29'],
    ['2020-10-15', 14, '2021-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2020-02-30', '2020-13-01', '2021-02-29', '2020-00-10', '2020-9-30', '2020-09-30T00:00:00Z', '2020-09-30+08:00', 20200930, null]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(parseIsoDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(() => addCalendarMonths('2020-02-30', 1)).toThrow(RangeError);
  });

  it('day arithmetic', () => {
    expect(daysBetween('2020-08-31', '2020-09-30')).toBe(30);
    expect(addDays('2020-09-30', -30)).toBe('2020-08-31');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(daysBetween('1970-01-01', '2020-01-01')).toBe(18262);
  });

  it('today is taken in China time', () => {
    expect(todayInChina(new Date('2020-09-29T16:00:00Z'))).toBe('2020-09-30');
    expect(todayInChina(new Date('2020-09-29T15:59:59Z'))).toBe('2020-09-29');
  });
});
