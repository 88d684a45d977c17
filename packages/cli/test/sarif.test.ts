import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { qualcat } from './harness.js';

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(join(dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// CommonJS modules: their default export sits on `.default` under Node's ESM interop.
type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (o: object) => { compile(s: object): Validator };
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (ajv: unknown) => void;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

describe('--format sarif', () => {
  it('validate: a SARIF 2.1.0 log that passes the SARIF schema, with rules, help text and regions', async () => {
    const { code, stdout } = await qualcat(['validate', '--format', 'sarif', '--config', 'examples/qualcat.config.json', 'examples/plans/broken']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = log.runs[0];
    const rules = run.tool.driver.rules as Array<{ id: string; help: { text: string } }>;
    const makeUp = rules.find((r) => r.id === 'zhejiang/make-up-window')!;
    expect(makeUp.help.text).toContain('有关职业退出目录之日起');
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'zhejiang/make-up-window');
    expect(rules[result.ruleIndex]!.id).toBe('zhejiang/make-up-window');
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'examples/plans/broken/make-up-window-exceeded-batch2.plan.yaml', uriBaseId: 'SRCROOT' });
    expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(run.results.length).toBeGreaterThan(20);
  });

  it('an empty run is still a valid log', async () => {
    const { stdout } = await qualcat(['validate', '--format', 'sarif', '--config', 'examples/qualcat.config.json', 'examples/plans/zj-hz-jd-2020-008.plan.json']);
    const log = JSON.parse(stdout);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});
