import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
const manifest = readJson('package.json') as Record<string, any>;
const nls = { en: readJson('package.nls.json'), 'zh-cn': readJson('package.nls.zh-cn.json') };
const bundles = { en: readJson('l10n/bundle.l10n.json'), 'zh-cn': readJson('l10n/bundle.l10n.zh-cn.json') };

/** Every %key% placeholder in the manifest. */
function placeholders(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) out.add(m[1]!);
  else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

/** Every literal string passed to vscode.l10n.t / t in the sources. */
function l10nStrings(): Set<string> {
  const out = new Set<string>();
  for (const file of readdirSync(join(root, 'src'))) {
    const text = readFileSync(join(root, 'src', file), 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1]!.replace(/\\'/g, "'"));
  }
  return out;
}

describe('localisation', () => {
  const keys = placeholders(manifest);

  it.each(Object.entries(nls))('package.nls (%s) defines exactly the manifest placeholders, none empty', (_locale, table) => {
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const value of Object.values(table)) expect(typeof value === 'string' && value.trim().length > 0).toBe(true);
  });

  it('the zh-CN manifest strings are translated, not copies', () => {
    for (const key of keys) if (!/^config\.locale\./.test(key)) expect(nls['zh-cn'][key]).not.toBe(nls.en[key]);
  });

  it.each(Object.entries(bundles))('l10n bundle (%s) has exactly the strings the sources pass to l10n.t', (_locale, bundle) => {
    expect(Object.keys(bundle).sort()).toEqual([...l10nStrings()].sort());
  });

  it('zh-CN runtime strings keep their placeholders', () => {
    for (const [source, translated] of Object.entries(bundles['zh-cn'])) {
      const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      expect(holes(String(translated)), source).toEqual(holes(source));
    }
  });
});

describe('manifest', () => {
  it('declares limited support for untrusted workspaces, with a reason', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(manifest.capabilities.untrustedWorkspaces.description).toMatch(/^%.+%$/);
  });

  it('contributes the settings the issue asks for', () => {
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(['qualcat.asOf', 'qualcat.locale', 'qualcat.trace.server']);
  });

  it('every command has a localised title and the view menus name only contributed commands', () => {
    const ids = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    expect(ids.has('qualcat.validateWorkspace')).toBe(true);
    for (const menu of Object.values(manifest.contributes.menus) as Array<Array<{ command: string }>>) for (const item of menu) expect(ids.has(item.command), item.command).toBe(true);
  });

  it('json/yaml validation points at schemas @qualcat/sdk ships (copied into dist at build)', () => {
    const require = createRequire(join(root, 'package.json'));
    const schemas = readdirSync(join(dirname(require.resolve('@qualcat/sdk/package.json')), 'schemas'));
    const entries = [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation] as Array<{ fileMatch: string | string[]; url: string }>;
    for (const { url } of entries) {
      expect(url).toMatch(/^\.\/dist\/schemas\//);
      expect(schemas).toContain(url.replace('./dist/schemas/', ''));
    }
    expect(entries.flatMap((e) => e.fileMatch)).toEqual(expect.arrayContaining(['*.plan.json', '*.plan.yaml', 'qualcat.config.json', '*.plugin.json']));
  });

  it('@types/vscode is not newer than engines.vscode (vsce refuses to package otherwise)', () => {
    expect(manifest.engines.vscode).toBe(`^${manifest.devDependencies['@types/vscode']}`);
  });
});
