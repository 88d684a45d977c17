import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateText } from '../scripts/generate-certificates.mjs';
import { qualcat, repoRoot } from '../test/harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = join(repoRoot, 'packages/cli/test-results');

describe('qualcat audit --format html in headless Chromium', () => {
  let browser: Browser;
  let report: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    const d = mkdtempSync(join(tmpdir(), 'qualcat-html-'));
    // The bundled samples, a generated set with a rush before the batch-1 exit, and markup in the data.
    writeFileSync(join(d, 'generated.ndjson'), [...generateText({ count: 6000, seed: 11, rush: 0.02 })].join(''));
    const hostile = { type: 'vocational-qualification', number: 'X1', holder: { name: '<script>window.__pwned = 1</script>', idNumber: '330102198603140312' }, occupation: '<img src=x onerror="window.__pwned = 2">', level: 4, issuer: { name: '<script>window.__pwned = 3</script>鉴定中心', type: 'assessment-center' }, region: '330100', issuedOn: '2020-09-25' };
    writeFileSync(join(d, 'hostile.ndjson'), JSON.stringify(hostile) + '\n');
    report = join(d, 'report.html');
    const { code, stderr } = await qualcat(['audit', '--format', 'html', '--out', report, '--config', join(repoRoot, 'examples/qualcat.config.json'), '--as-of', '2021-06-30', join(repoRoot, 'examples/certificates'), join(d, 'generated.ndjson'), join(d, 'hostile.ndjson')], { cwd: d });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens offline, runs no script from the data, shows the charts, and is saved as a screenshot', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, offline: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const url = pathToFileURL(report).href;
    await page.goto(url, { waitUntil: 'load' });

    // Self-contained: the report is the only thing loaded.
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe('证书数据审计报告');
    expect(await page.locator('text=<script>window.__pwned = 3</script>鉴定中心').count()).toBeGreaterThan(0);

    // Two charts, laid out, with bars; the rush is the tallest batch-1 bar, in the weeks just before exit.
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBe(2);
    const box = await charts.first().boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(150);
    const tallest = await charts.first().evaluate((svg) => {
      const groups = [...svg.querySelectorAll('g')];
      const heights = groups.map((g) => [...g.querySelectorAll('rect:not(.hit)')].reduce((h, r) => h + Number(r.getAttribute('height')), 0));
      const i = heights.indexOf(Math.max(...heights));
      return groups[i]!.querySelector('title')!.textContent;
    });
    expect(tallest).toMatch(/^2020-09-(02|09|16|23) 起一周/);

    mkdirSync(results, { recursive: true });
    const file = join(results, 'audit-report.png');
    const png = await page.screenshot({ path: file, fullPage: true });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(existsSync(file)).toBe(true);
    await context.close();
  });
});
