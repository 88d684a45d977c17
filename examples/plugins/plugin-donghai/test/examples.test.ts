/** The example plans in ../examples produce exactly what examples/expected.json says, with the plugin loaded. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules, Linter, pluginFromManifest, type PluginManifest } from '@qualcat/sdk';
import { donghai } from '../src/index.js';

const dir = new URL('../examples/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, Array<{ ruleId: string; pointer: string }>>;
const lint = (linter: Linter, file: string) =>
  linter.lintText(readFileSync(new URL(file, dir), 'utf8'), file).map((d) => ({ ruleId: d.ruleId, pointer: d.pointer }));
const sorted = (list: Array<{ ruleId: string; pointer: string }>) =>
  [...list].sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.pointer.localeCompare(b.pointer));

describe('examples with the code plugin (qualcat.config.json)', () => {
  const linter = new Linter({ rules: builtinRules, plugins: [donghai] });
  for (const [file, diagnostics] of Object.entries(expected)) {
    it(file, () => expect(sorted(lint(linter, file))).toEqual(sorted(diagnostics)));
  }
});

describe('examples with the data plugin (donghai-data.qualcat.config.json)', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../donghai-data.plugin.json', import.meta.url), 'utf8')) as PluginManifest;
  const linter = new Linter({ rules: builtinRules, plugins: [pluginFromManifest(manifest)] });
  // Same catalog patch, no rule of its own: nothing but the capacity finding changes.
  for (const [file, diagnostics] of Object.entries(expected)) {
    it(file, () => expect(sorted(lint(linter, file))).toEqual(sorted(diagnostics.filter((d) => !d.ruleId.startsWith('donghai/')))));
  }
});

describe('examples without the plugin', () => {
  it('潜水员 is unknown to the national catalog', () => {
    const linter = new Linter({ rules: builtinRules });
    expect(lint(linter, 'dh-dhs-jd-2020-001.plan.json')).toContainEqual({ ruleId: 'core/occupation-in-catalog', pointer: '/items/1/occupation' });
  });
});
