import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Linter, ZHEJIANG_27 } from '@qualcat/sdk';
import { describe, expect, it } from 'vitest';
import zhejiangDefault, { zhejiang, zhejiangRules } from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(`${packageDir}${path}`, 'utf8');

/** The notices as the project received them (shared seed 000_7caaca208a7f60fc.txt), copied byte for byte. */
const SEED_SHA256 = '164a4a1d8387412e4f848882a5723585e7df7f12ee79106dba13a1bba215679c';
const seed = read('docs/sources/notices.txt');

/** The rule ids DOMAIN.md fixes for the zhejiang/ namespace. */
const DOMAIN_IDS = [
  'zhejiang/make-up-window',
  'zhejiang/unified-platform',
  'zhejiang/question-bank',
  'zhejiang/recognition-by-filed-org',
  'zhejiang/certificate-proof',
  'zhejiang/no-post-exit-reissue',
  'zhejiang/rush-assessment',
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The blockquote lines of the "## Source" section of a doc page. */
function sourceQuote(doc: string): string | undefined {
  const section = doc.split(/^## /m).find((s) => s.startsWith('Source'));
  return section
    ?.split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2))
    .join('\n');
}

describe('the plugin', () => {
  it('is the default and a named export', () => {
    expect(zhejiangDefault).toBe(zhejiang);
    expect(zhejiang.kind).toBe('qualcat-plugin');
    expect(zhejiang.id).toBe('zhejiang');
    expect(zhejiang.source).toEqual({ document: ZHEJIANG_27, issuedOn: '2020-08-26' });
    expect(zhejiang.appliesTo).toEqual({ regions: ['33'] });
  });
  it('registers exactly the rules DOMAIN.md lists for zhejiang/', () => {
    expect(zhejiang.rules).toBe(zhejiangRules);
    expect(zhejiangRules.map((r) => r.id).sort()).toEqual([...DOMAIN_IDS].sort());
  });
  it('ships a byte-for-byte copy of the notices', () => {
    expect(createHash('sha256').update(readFileSync(`${packageDir}docs/sources/notices.txt`)).digest('hex')).toBe(SEED_SHA256);
  });
});

describe.each(zhejiangRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const name = id.split('/')[1]!;

  it('is namespaced zhejiang/ and registered in the plugin', () => {
    expect(id.startsWith('zhejiang/')).toBe(true);
    expect(zhejiang.rules).toContain(rule);
    expect(zhejiang.rules!.filter((r) => r.id === id)).toHaveLength(1);
  });

  it('cites 27号 and quotes it verbatim', () => {
    expect(rule.meta.source.document).toBe(ZHEJIANG_27);
    expect(rule.meta.source.section).toMatch(/^§/);
    expect(rule.meta.source.quote.length).toBeGreaterThan(10);
    expect(seed.includes(rule.meta.source.quote), `quote of ${id} not found verbatim in the notices`).toBe(true);
  });

  it('has both messages, with the same placeholders', () => {
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      expect(text['zh-CN'], `${messageId} zh-CN`).toBeTruthy();
      expect(text.en, `${messageId} en`).toBeTruthy();
      expect(placeholders(text['zh-CN']), messageId).toEqual(placeholders(text.en));
    }
    expect(rule.meta.docs.description['zh-CN']).toBeTruthy();
    expect(rule.meta.docs.description.en).toBeTruthy();
  });

  it('has a doc page with its id, descriptions and the quote', () => {
    expect(rule.meta.docs.page).toBe(`docs/rules/${id}.md`);
    const path = `${packageDir}${rule.meta.docs.page}`;
    expect(existsSync(path), `${rule.meta.docs.page} missing`).toBe(true);
    const doc = readFileSync(path, 'utf8');
    expect(doc.split('\n')[0]).toBe(`# ${id}`);
    expect(doc).toContain(`- **zh-CN** ${rule.meta.docs.description['zh-CN']}`);
    expect(doc).toContain(`- **en** ${rule.meta.docs.description.en}`);
    expect(doc).toContain(`- Document: ${rule.meta.source.document}\n- Section: ${rule.meta.source.section}\n`);
    expect(sourceQuote(doc)).toBe(rule.meta.source.quote);
    expect(doc).toContain(`default severity: \`${rule.meta.defaultSeverity}\``);
    expect(doc).toContain(rule.meta.fixable ? '· fixable' : '· no automatic fix');
    for (const heading of ['## What it flags', '## Options', '## Examples', '### Valid', '### Invalid', '## Decisions where the notice is ambiguous']) expect(doc).toContain(heading);
    for (const option of Object.keys((rule.meta.schema?.properties as object | undefined) ?? {})) expect(doc).toContain(`\`${option}\``);
  });

  it('has valid and invalid cases covering every message', () => {
    const path = `test/rules/${name}.test.ts`;
    expect(existsSync(`${packageDir}${path}`), `${path} missing`).toBe(true);
    const test = read(path);
    expect(test).toMatch(/\.run\(\w+, \{/);
    expect(test).toMatch(/valid: \[/);
    expect(test).toMatch(/invalid: \[/);
    for (const messageId of Object.keys(rule.meta.messages)) expect(test).toContain(`messageId: '${messageId}'`);
  });

  it('describes its options with a closed JSON Schema, and its defaults pass it', () => {
    const schema = rule.meta.schema as { type?: string; additionalProperties?: unknown; properties?: Record<string, { description?: string }> } | undefined;
    if (schema) {
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
      for (const [key, property] of Object.entries(schema.properties ?? {})) expect(property.description, key).toMatch(/ \| /);
    } else {
      expect(rule.defaultOptions).toEqual({});
    }
    const linter = new Linter({ plugins: [zhejiang], ruleSettings: { [id]: [rule.meta.defaultSeverity, { ...rule.defaultOptions }] } });
    expect(linter.problems.filter((p) => p.pointer.startsWith('/rules/'))).toEqual([]);
  });

  it('says whether it is fixable', () => {
    expect(typeof rule.meta.fixable).toBe('boolean');
  });
});
