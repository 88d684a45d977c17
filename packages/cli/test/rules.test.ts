import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualcat } from './harness.js';

describe('qualcat rules / explain / init', () => {
  it('rules --format json: the effective set with provenance', async () => {
    const { code, stdout } = await qualcat(['rules', '--format', 'json', '--config', 'examples/qualcat.config.json']);
    expect(code).toBe(0);
    const { rules } = JSON.parse(stdout) as { rules: Array<{ id: string; severity: string; definedBy?: string; changedBy?: string }> };
    expect(rules.find((r) => r.id === 'national/rush-issuance')).toMatchObject({ severity: 'error', changedBy: 'zhejiang' });
    expect(rules.find((r) => r.id === 'zhejiang/make-up-window')).toMatchObject({ definedBy: 'zhejiang' });
    expect(rules.filter((r) => r.id.startsWith('zhejiang/'))).toHaveLength(7);
  });

  it('rules for another region: the Zhejiang rules and overrides are not in force', async () => {
    const { stdout } = await qualcat(['rules', '--format', 'json', '--config', 'examples/qualcat.config.json', '--region', '320500']);
    const { rules } = JSON.parse(stdout) as { rules: Array<{ id: string; severity: string; changedBy?: string }> };
    expect(rules.some((r) => r.id.startsWith('zhejiang/'))).toBe(false);
    expect(rules.find((r) => r.id === 'national/rush-issuance')).toMatchObject({ severity: 'warning' });
  });

  it('explain: the source sentence, options and the doc page', async () => {
    const { code, stdout } = await qualcat(['explain', 'zhejiang/make-up-window', '--config', 'examples/qualcat.config.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('浙人社办发〔2020〕27号 §二');
    expect(stdout).toContain('且应在退出目录后三个月内实施鉴定');
    expect(stdout).toMatch(/# zhejiang\/make-up-window/);
  });

  it('explain an unknown rule: exit 2 with a suggestion', async () => {
    const { code, stderr } = await qualcat(['explain', 'make-up-window', '--config', 'examples/qualcat.config.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('zhejiang/make-up-window');
  });

  it('init writes a config and a plan that validate clean, and never overwrites', async () => {
    const d = mkdtempSync(join(tmpdir(), 'qualcat-init-'));
    const first = await qualcat(['init', '--province', 'zhejiang'], { cwd: d });
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'qualcat.config.json'), 'utf8')).plugins).toEqual(['@qualcat/plugin-zhejiang']);
    expect(existsSync(join(d, 'example.plan.json'))).toBe(true);
    expect((await qualcat(['validate', '.'], { cwd: d })).code).toBe(0);
    writeFileSync(join(d, 'qualcat.config.json'), '{"plugins": []}');
    const second = await qualcat(['init'], { cwd: d });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('QC_EXISTS');
    expect(readFileSync(join(d, 'qualcat.config.json'), 'utf8')).toBe('{"plugins": []}');
  });
});
