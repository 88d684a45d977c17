import { isIsoDate, type IsoDateString, type QuestionBank } from '@qualcat/sdk';

/** The parameters 浙人社办发〔2020〕27号 fixes, as plugin settings (README.md "Settings"). */
// A type alias, not an interface: it must be assignable to the engine's Record<string, unknown> settings.
export type ZhejiangSettings = {
  /** §二 "退出目录后三个月内": calendar months after the exit date, end inclusive (DOMAIN.md decision 2). */
  readonly makeUpWindowMonths: number;
  /** §二, §四 二是: the one platform qualification assessments are published and run on. */
  readonly platform: string;
  /** §四 二是 "按规定使用国家或省级题库". */
  readonly allowedQuestionBanks: readonly QuestionBank[];
  /** §四 四是: the complaint hotlines, verbatim (the dash is the notice's em dash). */
  readonly hotlines: { readonly national: string; readonly zhejiang: string };
  /** The notice's date: plans published after it are held to §四 三是 "严禁……突击鉴定". */
  readonly rushFrom: IsoDateString;
  /** Days before an exit counted as the rush window (DOMAIN.md: 30). */
  readonly rushWindowDays: number;
};

export const zhejiangSettings: ZhejiangSettings = Object.freeze({
  makeUpWindowMonths: 3,
  platform: '浙江省职业能力建设一体化平台',
  allowedQuestionBanks: Object.freeze(['national', 'provincial'] as QuestionBank[]),
  hotlines: Object.freeze({ national: '010—84661234', zhejiang: '0571—85213802' }),
  rushFrom: '2020-08-26',
  rushWindowDays: 30,
});

/** Every question bank the plan schema knows; a value outside it is core/schema's finding, not ours. */
export const QUESTION_BANKS: readonly QuestionBank[] = ['national', 'provincial', 'municipal', 'self-set'];

export const isWholeMonths = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
export const isWholeDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
export const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
export const isDate = (v: unknown): v is IsoDateString => isIsoDate(v);
export const isQuestionBankList = (v: unknown): v is QuestionBank[] =>
  Array.isArray(v) && v.length > 0 && v.every((b) => (QUESTION_BANKS as readonly unknown[]).includes(b));

/**
 * How a rule parameter is resolved (README.md "Settings and options"): the rule's option if the config set one,
 * else the plugin's setting, else the value of the notice itself. Options are schema-checked by the engine;
 * settings are plain data of whoever built the plugin, so each is checked here and ignored when malformed.
 */
export function parameter<K extends keyof ZhejiangSettings>(
  context: { readonly options: Readonly<object>; readonly settings: Readonly<Record<string, unknown>> },
  key: K,
  isValid: (value: unknown) => boolean,
): ZhejiangSettings[K] {
  const fromOptions = (context.options as Record<string, unknown>)[key];
  if (fromOptions !== undefined && isValid(fromOptions)) return fromOptions as ZhejiangSettings[K];
  const fromSettings = context.settings?.[key];
  if (fromSettings !== undefined && isValid(fromSettings)) return fromSettings as ZhejiangSettings[K];
  return zhejiangSettings[key];
}
