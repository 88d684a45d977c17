/** Every rule of the plugin has a doc page quoting its source sentence, verbatim from the notice (docs/notice.md). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentCapacity, donghai } from '../src/index.js';

const root = new URL('../', import.meta.url);
const notice = readFileSync(new URL('docs/notice.md', root), 'utf8');

describe.each((donghai.rules ?? []).map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('quotes a sentence of the notice verbatim', () => {
    expect(rule.meta.source.document).toBe(donghai.source?.document);
    expect(notice).toContain(rule.meta.source.quote);
    // The cited section is the numbered paragraph holding the quote.
    const paragraph = notice.split('\n').find((line) => line.includes(rule.meta.source.quote))!;
    expect(paragraph.startsWith(`**${rule.meta.source.section.replace('§', '')}、`)).toBe(true);
  });

  it('has a doc page with the quote as a blockquote and every option in its table', () => {
    const page = rule.meta.docs.page!;
    expect(page).toBe(`docs/rules/${rule.id}.md`);
    expect(existsSync(new URL(page, root))).toBe(true);
    const text = readFileSync(new URL(page, root), 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${rule.id}`);
    expect(text).toContain(`> ${rule.meta.source.quote}`);
    const properties = (rule.meta.schema?.properties ?? {}) as Record<string, { description?: string }>;
    for (const [name, property] of Object.entries(properties)) {
      expect(property.description, `${name} has a description`).toBeTruthy();
      expect(text).toContain(`\`${name}\``);
    }
  });
});

it('donghai/assessment-capacity defaults to the figure the notice gives', () => {
  expect(assessmentCapacity.defaultOptions).toEqual({ maxCandidatesPerDate: 200 });
  expect(assessmentCapacity.meta.source.quote).toContain('200人');
});

it('the notice is labelled fictional', () => {
  expect(notice).toContain('虚构');
  expect(notice).toMatch(/fictional|made up/i);
});
