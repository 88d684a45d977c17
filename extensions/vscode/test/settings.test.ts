import { describe, expect, it } from 'vitest';
import { normaliseAsOf, resolveLocale } from '../src/settings';

describe('resolveLocale', () => {
  it('an explicit setting wins', () => {
    expect(resolveLocale('en', 'zh-cn')).toBe('en');
    expect(resolveLocale('zh-CN', 'en')).toBe('zh-CN');
  });
  it('auto follows the display language: any Chinese → zh-CN, others → en', () => {
    expect(resolveLocale('auto', 'zh-cn')).toBe('zh-CN');
    expect(resolveLocale('auto', 'zh-tw')).toBe('zh-CN');
    expect(resolveLocale(undefined, 'de')).toBe('en');
    expect(resolveLocale('auto', 'en-us')).toBe('en');
  });
});

describe('normaliseAsOf', () => {
  it('keeps real calendar dates', () => {
    expect(normaliseAsOf('2020-09-30')).toBe('2020-09-30');
    expect(normaliseAsOf('2024-02-29')).toBe('2024-02-29');
  });
  it('drops empty, malformed and impossible dates', () => {
    for (const v of ['', ' ', '2020-9-30', '2021-02-29', '2020-13-01', '2020-04-31', '2020-00-10', undefined, 20200930]) expect(normaliseAsOf(v)).toBeUndefined();
  });
});
