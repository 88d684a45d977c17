import type { LocalizedText } from '../messages.js';

/** Diagnostics the engine itself produces; not rules a plugin can define, but listed, documented and explainable. */
export interface EngineRuleInfo {
  id: string;
  description: LocalizedText;
  page: string;
}

export const ENGINE_RULES: readonly EngineRuleInfo[] = [
  {
    id: 'core/parse',
    description: { 'zh-CN': '文件不是有效的 JSON/YAML，含重复的键，或不是 UTF-8 编码', en: 'The file is not valid JSON/YAML, has duplicate keys, or is not UTF-8' },
    page: 'docs/rules/core/parse.md',
  },
  {
    id: 'core/schema',
    description: { 'zh-CN': '文档不符合其 JSON Schema（每处违反一条）', en: 'The document violates its JSON Schema (one diagnostic per violation)' },
    page: 'docs/rules/core/schema.md',
  },
  {
    id: 'core/config',
    description: { 'zh-CN': '配置、插件或目录文件有问题', en: 'A problem with the config, a plugin or the catalog file' },
    page: 'docs/rules/core/config.md',
  },
  {
    id: 'core/io',
    description: { 'zh-CN': '文件不存在、无法读取、过大，或修复无法写入', en: 'A file is missing, unreadable or too large, or a fix could not be written' },
    page: 'docs/rules/core/io.md',
  },
  {
    id: 'core/rule-crash',
    description: { 'zh-CN': '某条规则运行出错或报告了无效结果；其余规则照常运行', en: 'A rule crashed or reported an invalid result; the other rules still ran' },
    page: 'docs/rules/core/rule-crash.md',
  },
];
