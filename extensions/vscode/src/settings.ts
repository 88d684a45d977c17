/** Reading the extension's settings: no `vscode` import, so it is unit-tested on any machine. */

export type Locale = 'zh-CN' | 'en';

/**
 * `qualcat.locale`: "zh-CN" or "en" win; "auto" (or anything else) follows VS Code's display language —
 * any Chinese UI gets zh-CN, every other language en.
 */
export function resolveLocale(setting: unknown, uiLanguage: string): Locale {
  if (setting === 'zh-CN' || setting === 'en') return setting;
  return /^zh\b/i.test(uiLanguage) ? 'zh-CN' : 'en';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `qualcat.asOf`: a real calendar date YYYY-MM-DD, or undefined (empty, malformed or impossible like 2021-02-30). */
export function normaliseAsOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one; UTC so no time zone enters a calendar date.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay ? value.trim() : undefined;
}
