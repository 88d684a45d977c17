/** Wiring: the two qualcat.config.json files load the plugin the way `qualcat` and the editor do. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@qualcat/sdk';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const overCapacity = here('../examples/dh-hb-jd-2020-007-over-capacity.plan.yaml');
const lint = (linter: Awaited<ReturnType<typeof loadConfig>>['linter'], file: string) =>
  linter.lintText(readFileSync(file, 'utf8'), file).map((d) => `${d.ruleId} ${d.pointer}`);

describe('plugin-donghai/qualcat.config.json ("plugins": ["./"])', () => {
  // A code plugin loads from its package's exports["."], i.e. dist/: run `pnpm build` first (turbo does).
  it.skipIf(!existsSync(here('../dist/index.js')))('loads the built code plugin and runs its rule', async () => {
    const loaded = await loadConfig(here('../qualcat.config.json'));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.plugins.map((p) => `${p.id}:${p.origin}`)).toEqual(['donghai:code']);
    expect(lint(loaded.linter, overCapacity)).toEqual(['donghai/assessment-capacity /items/0/candidates']);
  });

  it('in an untrusted workspace the code plugin is not run', async () => {
    const loaded = await loadConfig(here('../qualcat.config.json'), { allowCodePlugins: false });
    expect(loaded.plugins).toEqual([]);
    expect(loaded.diagnostics.map((d) => `${d.messageId} ${d.pointer}`)).toContain('untrusted-code /plugins/0');
  });
});

describe('donghai-data.qualcat.config.json ("plugins": ["./donghai-data.plugin.json"])', () => {
  for (const allowCodePlugins of [true, false]) {
    it(`loads the data manifest${allowCodePlugins ? '' : ' even in an untrusted workspace'}`, async () => {
      const loaded = await loadConfig(here('../../donghai-data.qualcat.config.json'), { allowCodePlugins });
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.plugins.map((p) => `${p.id}:${p.origin}`)).toEqual(['donghai-data:data']);
      // No code, so no capacity rule: the catalog patch alone makes this plan clean.
      expect(lint(loaded.linter, overCapacity)).toEqual([]);
    });
  }
});
