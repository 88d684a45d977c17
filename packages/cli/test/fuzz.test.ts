/**
 * Property tests (fast-check): whatever the input, no exception escapes, every diagnostic points at something that
 * exists, its range lies inside the text, and the result is the same twice. CI runs a seeded, smaller run;
 * `node scripts/fuzz-nightly.mjs` runs ≥100,000 cases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules, Linter, parseDocument, resolvePointer, validatePlan, type Diagnostic } from '@qualcat/sdk';
import { zhejiang } from '@qualcat/plugin-zhejiang';
import { repoRoot } from './harness.js';

const RUNS = Number(process.env.QUALCAT_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.QUALCAT_FUZZ_SEED ?? 20201231);
const linter = new Linter({ rules: builtinRules, plugins: [zhejiang], asOf: '2021-06-30', trustedPlugins: ['zhejiang'] });

const planDir = join(repoRoot, 'examples/plans');
const examples = readdirSync(planDir)
  .filter((f) => f.endsWith('.plan.json'))
  .map((f) => JSON.parse(readFileSync(join(planDir, f), 'utf8')) as Record<string, unknown>);

function checkInvariants(text: string, uri: string, diagnostics: Diagnostic[]) {
  const doc = parseDocument(text, uri);
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    expect(typeof d.message).toBe('string');
    // every placeholder filled (a `{…}` may still come from the document's own text)
    for (const placeholder of d.message.match(/\{\w+\}/g) ?? []) expect(text).toContain(placeholder);
    if (doc.value !== undefined && d.ruleId !== 'core/parse') expect(resolvePointer(doc.value, d.pointer).found, `${d.ruleId} ${d.pointer}`).toBe(true);
    for (const p of [d.range!.start, d.range!.end]) {
      expect(p.line).toBeGreaterThanOrEqual(0);
      expect(p.line).toBeLessThan(lines.length);
      expect(p.character).toBeLessThanOrEqual(lines[p.line]!.length);
    }
  }
}

/** Mutations of a real plan: deleted keys, wrong types, huge strings, deep nesting, odd unicode. */
const mutatedPlan = fc
  .tuple(
    fc.constantFrom(...examples),
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('delete' as const), key: fc.constantFrom('id', 'kind', 'publishedOn', 'assessmentDates', 'items', 'region', 'organizer', 'purpose', 'platform') }),
        fc.record({
          op: fc.constant('set' as const),
          key: fc.constantFrom('id', 'kind', 'publishedOn', 'assessmentDates', 'items', 'region', 'organizer', 'purpose', 'makeUpOf', 'questionBank', '__proto__', 'x-note'),
          value: fc.oneof(
            fc.anything({ maxDepth: 3 }),
            fc.string({ unit: 'grapheme', maxLength: 50 }),
            fc.constantFrom('2020-02-30', '2020-09-30', '2020-12-31', '9999-99-99', '', '\u0000', '车工', '焊工', '保安员', '\ud800', 'a'.repeat(100_000)),
            fc.constant([[[[[[[[[[[[1]]]]]]]]]]]]),
          ),
        }),
        fc.record({ op: fc.constant('item' as const), value: fc.anything({ maxDepth: 2 }) }),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([base, mutations]) => {
    const plan: Record<string, unknown> = structuredClone(base);
    for (const m of mutations) {
      if (m.op === 'delete') delete plan[m.key];
      else if (m.op === 'set') Object.defineProperty(plan, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      else plan.items = [...(Array.isArray(plan.items) ? plan.items : []), m.value];
    }
    return plan;
  });

describe(`fuzzing (seed ${SEED}, ${RUNS} runs each)`, () => {
  it('validatePlan never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withObjectString: true }), (value) => {
        const result = validatePlan(value);
        expect(Array.isArray(result)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the engine with the Zhejiang plugin on mutated example plans: no throw, pointers resolve, ranges inside, deterministic', () => {
    fc.assert(
      fc.property(mutatedPlan, fc.boolean(), (plan, pretty) => {
        const text = JSON.stringify(plan, null, pretty ? 2 : undefined);
        const first = linter.lintText(text, 'fuzz.plan.json');
        checkInvariants(text, 'fuzz.plan.json', first);
        expect(linter.lintText(text, 'fuzz.plan.json')).toEqual(first);
        expect(first.some((d) => d.ruleId === 'core/rule-crash')).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the same mutated plans as YAML', async () => {
    const { stringify } = await import('yaml');
    fc.assert(
      fc.property(mutatedPlan, (plan) => {
        let text: string;
        try {
          text = stringify(plan);
        } catch {
          return; // not representable as YAML text
        }
        const found = linter.lintText(text, 'fuzz.plan.yaml');
        checkInvariants(text, 'fuzz.plan.yaml', found);
        expect(found.some((d) => d.ruleId === 'core/rule-crash')).toBe(false);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('random text and bytes never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b))), fc.constantFrom('x.plan.json', 'x.plan.yaml'), (text, uri) => {
        const found = linter.lintText(text, uri);
        checkInvariants(text, uri, found);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('arbitrary certificate-like records through the per-record and data-set rules', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything({ maxDepth: 3 }), fc.record({ number: fc.constantFrom('A', 'B', 'C'), type: fc.constantFrom('vocational-qualification', 'skill-level'), occupation: fc.constantFrom('车工', '电工', '保安员', '焊工'), issuedOn: fc.constantFrom('2020-09-29', '2020-09-30', '2020-12-30', 'x'), issuer: fc.record({ name: fc.constantFrom('甲', '乙'), type: fc.constant('assessment-center') }), region: fc.constantFrom('330100', '320500', undefined) })), { maxLength: 40 }), (records) => {
        const set = linter.certificateSet();
        records.forEach((r, i) => {
          linter.lintValue(r, 'certificate');
          set.add(r, i);
        });
        const found = set.finish();
        expect(found.some((d) => d.ruleId === 'core/rule-crash')).toBe(false);
        for (const d of found) expect(resolvePointer(records[d.data!.record as number], d.pointer).found).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
