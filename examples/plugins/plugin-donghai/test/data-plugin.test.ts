/** The data-only variant, examples/plugins/donghai-data.plugin.json: the same province without a line of code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules, Linter, pluginFromManifest, validatePluginManifest, type PluginManifest } from '@qualcat/sdk';
import { donghai } from '../src/index.js';
import { donghaiPlan } from './fixtures.js';

const manifest = JSON.parse(readFileSync(new URL('../../donghai-data.plugin.json', import.meta.url), 'utf8')) as PluginManifest;
const plugin = pluginFromManifest(manifest);
const linter = (locale: 'zh-CN' | 'en' = 'zh-CN') => new Linter({ rules: builtinRules, plugins: [plugin], locale });

describe('donghai-data.plugin.json', () => {
  it('is valid against plugin.schema.json', () => {
    expect(validatePluginManifest(manifest)).toEqual([]);
  });

  it('is a data plugin: no rules, no code', () => {
    expect(plugin).toMatchObject({ kind: 'qualcat-plugin', origin: 'data', id: 'donghai-data', appliesTo: { regions: ['99'] } });
    expect(plugin.rules).toBeUndefined();
  });

  it('carries the same overrides and catalog patch as the code plugin', () => {
    expect(plugin.overrides).toEqual(donghai.overrides);
    expect(plugin.catalog).toEqual(donghai.catalog);
  });

  it('loads next to the built-in rules without a config problem', () => {
    expect(linter().problems).toEqual([]);
  });

  it('patches the catalog for region 99 only', () => {
    expect(linter().profileFor('990100').catalog.findOccupation('潜水员')).toMatchObject({ category: 'access', origin: 'donghai-data' });
    expect(linter().profileFor('320500').catalog.has('潜水员')).toBe(false);
  });

  it('rewords a built-in message for region 99 only, keeping its placeholders', () => {
    const unknown = (region: string, locale: 'zh-CN' | 'en') =>
      linter(locale)
        .lintValue(donghaiPlan({ region, items: [{ occupation: '潜水工', levels: [5] }] }), 'plan')
        .find((d) => d.ruleId === 'core/occupation-in-catalog')!.message;
    expect(unknown('990100', 'zh-CN')).toMatch(/^“潜水工”不在目录中.*（东海省另按准入类管理潜水员，见东人社发〔2020〕12号 §三）$/);
    expect(unknown('990100', 'en')).toMatch(/^"潜水工" is not in the catalog.* \(Donghai also lists 潜水员 as access-type, 12号 §三\)$/);
    expect(unknown('320500', 'zh-CN')).not.toMatch(/东海省/);
  });

  // Settings reach only the rules a plugin defines; a data plugin defines none, so these are for people and tools reading the file.
  it('keeps its settings as plain data', () => {
    expect(plugin.settings).toEqual({ platform: '东海省职业技能鉴定公共服务平台', complaintHotline: '0999-12333' });
  });
});
