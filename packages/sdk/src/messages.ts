export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** One message in every locale; `{name}` placeholders are filled from the report's data. */
export type LocalizedText = Record<Locale, string>;

export function formatMessage(text: LocalizedText, locale: Locale, data: Record<string, unknown> = {}): string {
  const template = text[locale] ?? text.en;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}
