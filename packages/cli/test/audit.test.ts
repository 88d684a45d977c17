import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import type { AuditIO } from '../src/commands/audit.js';
import { qualcat, repoRoot, type Outcome } from './harness.js';

interface JsonDiagnostic {
  line: number;
  record?: number;
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  pointer: string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  plugin?: string;
  related?: { file: string; line: number; record: number };
}
interface JsonOutput {
  results: Array<{ file: string; format: string; encoding: string; records: number; brokenRecords: number; diagnostics: JsonDiagnostic[] }>;
  summary: { errors: number; warnings: number; records: number; brokenRecords: number };
}

const certificates = 'examples/certificates';
const expected = JSON.parse(readFileSync(join(repoRoot, certificates, 'expected.json'), 'utf8')) as Record<string, Array<{ line?: number; index?: number; ruleId: string; pointer: string }>>;
const CONFIG = ['--config', 'examples/qualcat.config.json'];
const tmp = () => mkdtempSync(join(tmpdir(), 'qualcat-audit-'));
const json = (o: Outcome) => JSON.parse(o.stdout) as JsonOutput;
const byFile = (out: JsonOutput, file: string) => out.results.find((r) => r.file.endsWith(file))!;

/** The CLI with stdin: the scenario harness has none. */
async function qualcatWithStdin(args: string[], stdin: Buffer | string, cwd = repoRoot): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: AuditIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false, stdin: Readable.from([Buffer.from(stdin)]) };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('qualcat audit on the bundled certificate samples (issue "done means")', () => {
  it.each([[[]], [['--plans', 'examples/plans']]])('reports exactly the findings each sample was written to show %j', async (extra) => {
    const outcome = await qualcat(['audit', '--format', 'json', ...CONFIG, '--as-of', '2021-06-30', ...extra, certificates]);
    expect(outcome.code).toBe(1);
    const out = json(outcome);
    const actual: Record<string, string[]> = {};
    for (const r of out.results) {
      const name = r.file.replace(`${certificates}/`, '');
      actual[name] = r.diagnostics.map((d) => `${name.endsWith('.json') ? `index ${d.record}` : `line ${d.line}`} ${d.ruleId} ${d.pointer}`);
    }
    const wanted = Object.fromEntries(
      Object.entries(expected).map(([file, ds]) => [file, ds.map((d) => `${d.index !== undefined ? `index ${d.index}` : `line ${d.line}`} ${d.ruleId} ${d.pointer}`)]),
    );
    expect(actual).toEqual(wanted);
  });

  it('reads each sample in its own format and encoding (the CSV is GBK with CRLF)', async () => {
    const out = json(await qualcat(['audit', '--format', 'json', ...CONFIG, certificates]));
    expect(out.results.map((r) => [r.file.replace(`${certificates}/`, ''), r.format, r.encoding, r.records, r.brokenRecords])).toEqual([
      ['jiangsu-2020.csv', 'csv', 'gb18030', 20, 0],
      ['sample.json', 'json', 'utf-8', 10, 0],
      ['zhejiang-2020.ndjson', 'ndjson', 'utf-8', 33, 0],
    ]);
    expect(out.summary.records).toBe(63);
  });

  it('the folder skips expected.json (not an array of records); a record line, range and pointer on every diagnostic', async () => {
    const out = json(await qualcat(['audit', '--format', 'json', ...CONFIG, certificates]));
    expect(out.results.some((r) => r.file.endsWith('expected.json'))).toBe(false);
    for (const d of out.results.flatMap((r) => r.diagnostics)) {
      expect(d.line).toBeGreaterThan(0);
      expect(d.range!.start).toEqual({ line: d.line - 1, character: 0 });
      expect(d.range!.end.line).toBe(d.line - 1);
      expect(d.range!.end.character).toBeGreaterThan(0);
      expect(d.pointer).toMatch(/^\//);
    }
  });

  it('stylish output: file, line, message, rule; ID numbers masked; exit 1', async () => {
    const { code, stdout } = await qualcat(['audit', ...CONFIG, `${certificates}/zhejiang-2020.ndjson`]);
    expect(code).toBe(1);
    expect(stdout).toContain('examples/certificates/zhejiang-2020.ndjson');
    expect(stdout).toMatch(/ {2}4:1 +error +公民身份号码 330108\*{8}0579 .*core\/id-number/);
    expect(stdout).toContain('33 record(s) in 1 file(s) audited');
    expect(stdout).not.toMatch(/\d{17}[\dX]/);
  });

  it('a clean file: exit 0', async () => {
    const d = tmp();
    const lines = readFileSync(join(repoRoot, certificates, 'zhejiang-2020.ndjson'), 'utf8').split('\n').slice(0, 2);
    writeFileSync(join(d, 'ok.ndjson'), lines.join('\n') + '\n');
    const { code, stdout } = await qualcat(['audit', '--config', join(repoRoot, 'examples/qualcat.config.json'), 'ok.ndjson'], { cwd: d });
    expect(stdout).toContain('no problems');
    expect(code).toBe(0);
  });
});

describe('qualcat audit: data-set rules across files', () => {
  it('a certificate number repeated in another file is reported on the later record, pointing back at the first', async () => {
    const d = tmp();
    const [first, second] = readFileSync(join(repoRoot, certificates, 'zhejiang-2020.ndjson'), 'utf8').split('\n');
    writeFileSync(join(d, 'a.ndjson'), `${first}\n${second}\n`);
    writeFileSync(join(d, 'b.ndjson'), `\n${second!.replace('陈丽华', '陈小华')}\n`);
    const out = json(await qualcat(['audit', '--format', 'json', '--locale', 'en', '--config', join(repoRoot, 'examples/qualcat.config.json'), 'a.ndjson', 'b.ndjson'], { cwd: d }));
    expect(byFile(out, 'a.ndjson').diagnostics).toEqual([]);
    const [dup] = byFile(out, 'b.ndjson').diagnostics;
    expect(dup).toMatchObject({ line: 2, record: 0, ruleId: 'core/duplicate-certificate', pointer: '/number', related: { file: 'a.ndjson', line: 2, record: 1 } });
    expect(dup!.message).toBe('Certificate number 2033010003000102 repeats that of record 2 (see a.ndjson:2)');
  });

  it('national/rush-issuance: a burst before exit is found; its thresholds are rule options; the record region decides the severity', async () => {
    const d = tmp();
    const rec = (i: number, region: string, issuedOn: string) =>
      JSON.stringify({ type: 'vocational-qualification', number: `R${region}${i}`, holder: { name: '张三', idNumber: '330102198603140311' }, occupation: '车工', level: 4, issuer: { name: `${region}鉴定中心`, type: 'assessment-center' }, region, issuedOn });
    const lines: string[] = [];
    for (let i = 0; i < 25; i++) lines.push(rec(i, '330100', '2020-09-20'), rec(i, '320500', '2020-09-21'));
    writeFileSync(join(d, 'rush.ndjson'), lines.join('\n') + '\n');
    writeFileSync(join(d, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'], rules: {} }));
    const out = json(await qualcat(['audit', '--format', 'json', 'rush.ndjson'], { cwd: d }));
    const rush = out.results[0]!.diagnostics.filter((x) => x.ruleId === 'national/rush-issuance');
    // Zhejiang makes a rush an error (27号 §四 三是); Jiangsu keeps the national warning.
    expect(rush.map((x) => [x.line, x.severity, x.plugin])).toEqual([
      [1, 'error', 'zhejiang'],
      [2, 'warning', undefined],
    ]);
    writeFileSync(join(d, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'], rules: { 'national/rush-issuance': ['warning', { min: 30 }] } }));
    const quiet = json(await qualcat(['audit', '--format', 'json', 'rush.ndjson'], { cwd: d }));
    expect(quiet.results[0]!.diagnostics.filter((x) => x.ruleId === 'national/rush-issuance')).toEqual([]);
  });

  it('--plans: a certificate whose plan is unknown is a finding; a pre-exit plan backs a post-exit certificate', async () => {
    const d = tmp();
    const base = { type: 'vocational-qualification', holder: { name: '王建国', idNumber: '330102198603140311' }, occupation: '车工', level: 4, issuer: { name: '杭州市职业技能鉴定指导中心', type: 'assessment-center' }, region: '330100', issuedOn: '2020-10-12', assessedOn: '2020-09-06' };
    writeFileSync(join(d, 'c.ndjson'), [{ ...base, number: 'A1', planId: 'ZJ-HZ-JD-2020-008' }, { ...base, number: 'A2', planId: 'NO-SUCH-PLAN' }].map((r) => JSON.stringify(r)).join('\n'));
    const out = json(await qualcat(['audit', '--format', 'json', '--config', join(repoRoot, 'examples/qualcat.config.json'), '--plans', join(repoRoot, 'examples/plans'), 'c.ndjson'], { cwd: d }));
    expect(out.results[0]!.diagnostics.map((x) => [x.line, x.ruleId, x.messageId, x.pointer])).toEqual([[2, 'national/certificate-after-exit', 'unknown-plan', '/planId']]);
  });
});

describe('qualcat audit: inputs', () => {
  it('reads stdin (-), detecting the format from the content', async () => {
    const csv = readFileSync(join(repoRoot, certificates, 'jiangsu-2020.csv'));
    const out = json(await qualcatWithStdin(['audit', '--format', 'json', ...CONFIG, '-'], csv));
    expect(out.results[0]).toMatchObject({ file: '<stdin>', format: 'csv', encoding: 'gb18030', records: 20 });
    expect(out.results[0]!.diagnostics.map((d) => d.line)).toEqual([5, 12, 18]);
  });

  it('a broken line is reported on its line and the records after it are still audited', async () => {
    const d = tmp();
    const lines = readFileSync(join(repoRoot, certificates, 'zhejiang-2020.ndjson'), 'utf8').split('\n').slice(0, 4);
    lines.splice(1, 0, '{"type":"vocational-qualification","number":', '{"a":1,"a":2}');
    writeFileSync(join(d, 'broken.ndjson'), lines.join('\n'));
    const out = json(await qualcat(['audit', '--format', 'json', '--config', join(repoRoot, 'examples/qualcat.config.json'), 'broken.ndjson'], { cwd: d }));
    const r = out.results[0]!;
    expect(r.diagnostics.map((x) => [x.line, x.record, x.ruleId, x.messageId])).toEqual([
      [2, 1, 'core/parse', 'syntax'],
      [3, 2, 'core/parse', 'duplicate-key'],
      [6, 5, 'core/id-number', 'check-digit'],
    ]);
    expect(r.records).toBe(6);
    expect(r.brokenRecords).toBe(2);
    expect(out.summary.brokenRecords).toBe(2);
  });

  it('CSV: bad rows cost one row each; empty cells are absent fields; level is an integer', async () => {
    const d = tmp();
    const header = 'type,number,holder.name,holder.idNumber,occupation,level,issuer.name,issuer.type,region,issuedOn,assessedOn';
    const row = (n: string, level = '4', extra = '') => `vocational-qualification,${n},"王, 建国",330102198603140311,车工,${level},杭州市职业技能鉴定指导中心,assessment-center,330100,2020-09-25,${extra}`;
    const text = [header, row('N1'), row('N2', 'four'), 'vocational-qualification,N3,"bad"quote,x', 'too,few', row('N4', '4', '2020-09-05'), ''].join('\r\n');
    writeFileSync(join(d, 'rows.csv'), iconv.encode(text, 'gbk'));
    const out = json(await qualcat(['audit', '--format', 'json', '--locale', 'en', '--config', join(repoRoot, 'examples/qualcat.config.json'), 'rows.csv'], { cwd: d }));
    const r = out.results[0]!;
    expect(r.encoding).toBe('gb18030');
    expect(r.diagnostics.map((x) => [x.line, x.record, x.ruleId, x.messageId, x.pointer])).toEqual([
      [3, 1, 'core/schema', expect.any(String), '/level'],
      [4, 2, 'core/parse', 'csv-bad-quote', ''],
      [5, 3, 'core/parse', 'csv-field-count', ''],
    ]);
    expect(r.records).toBe(5);
  });

  it('--encoding forces a decoder; auto reads a UTF-8 BOM; UTF-16 is refused (exit 2) and the other files still audited', async () => {
    const d = tmp();
    const line = readFileSync(join(repoRoot, certificates, 'zhejiang-2020.ndjson'), 'utf8').split('\n')[3]!;
    writeFileSync(join(d, 'bom.ndjson'), '\uFEFF' + line + '\n');
    writeFileSync(join(d, 'gbk.ndjson'), iconv.encode(line.replace('2033010003000103', 'G1') + '\n', 'gbk'));
    writeFileSync(join(d, 'utf16.ndjson'), iconv.encode('\uFEFF' + line, 'utf16-le'));
    const cfg = ['--config', join(repoRoot, 'examples/qualcat.config.json')];
    const auto = await qualcat(['audit', '--format', 'json', ...cfg, 'bom.ndjson', 'gbk.ndjson', 'utf16.ndjson'], { cwd: d });
    expect(auto.code).toBe(2);
    const out = json(auto);
    expect(out.results.map((r) => [r.file, r.encoding, r.diagnostics.map((x) => x.ruleId)])).toEqual([
      ['bom.ndjson', 'utf-8', ['core/id-number']],
      ['gbk.ndjson', 'gb18030', ['core/id-number']],
      ['utf16.ndjson', 'utf-8', ['core/io']],
    ]);
    // Read as UTF-8, the GBK bytes of 车工 are not an occupation any more.
    const forced = json(await qualcat(['audit', '--format', 'json', ...cfg, '--encoding', 'utf-8', 'gbk.ndjson'], { cwd: d }));
    expect(forced.results[0]!.diagnostics.map((x) => x.ruleId)).toContain('core/occupation-in-catalog');
    expect((await qualcat(['audit', '--encoding', 'latin1', 'gbk.ndjson'], { cwd: d })).code).toBe(2);
  });

  it('a missing file: exit 2, the other files still audited', async () => {
    const out = await qualcat(['audit', '--format', 'json', ...CONFIG, 'nope.ndjson', `${certificates}/sample.json`]);
    expect(out.code).toBe(2);
    expect(json(out).results.map((r) => [r.file, r.diagnostics.map((x) => x.messageId)])).toEqual([
      ['nope.ndjson', ['missing']],
      ['examples/certificates/sample.json', ['government-issuer', 'length']],
    ]);
  });

  it('one config for the run: --config, or the nearest one above the first file; its problems are shown and exit 2', async () => {
    const d = tmp();
    writeFileSync(join(d, 'qualcat.config.json'), JSON.stringify({ plugins: [], rules: { 'national/no-such-rule': 'off' } }, null, 2));
    writeFileSync(join(d, 'c.ndjson'), readFileSync(join(repoRoot, certificates, 'zhejiang-2020.ndjson'), 'utf8').split('\n')[3]! + '\n');
    const outcome = await qualcat(['audit', '--format', 'json', 'c.ndjson'], { cwd: d });
    expect(outcome.code).toBe(2);
    const out = json(outcome);
    expect(out.results.map((r) => [r.file, r.diagnostics.map((x) => `${x.ruleId} ${x.messageId}`)])).toEqual([
      ['qualcat.config.json', ['core/config unknown-rule']],
      ['c.ndjson', ['core/id-number check-digit']],
    ]);
  });

  it('usage errors exit 2 with a sentence', async () => {
    const bad = await qualcat(['audit', '--workers', 'many', `${certificates}/sample.json`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--workers must be a whole number');
    expect((await qualcat(['audit', '--format', 'xml', `${certificates}/sample.json`])).code).toBe(2);
    expect((await qualcat(['audit', '--plans', 'no/such/dir', `${certificates}/sample.json`])).stderr).toContain('--plans folder');
  });
});

describe('qualcat audit: personal data', () => {
  const rawId = '330102198603140312';
  const record = { type: 'vocational-qualification', number: 'P1', holder: { name: '<script>alert("x")</script>', idNumber: rawId }, occupation: '<img src=x onerror=alert(1)>', level: 4, issuer: { name: '<b>某</b>鉴定中心', type: 'assessment-center' }, region: '330100', issuedOn: '2020-09-25' };

  it('ID numbers are masked in every format unless --show-pii, even where a message quotes one raw', async () => {
    const d = tmp();
    // A CSV exported without its header row: the first row becomes the header, and the schema then names its
    // cells — the holder's ID number among them — as unknown fields. No rule masks that; the output step does.
    writeFileSync(join(d, 'p.csv'), `vocational-qualification,N1,王建国,${rawId},车工,4\r\nvocational-qualification,N2,李四,330102198603140320,钳工,3\r\n`);
    for (const format of ['stylish', 'json', 'sarif', 'html']) {
      const { stdout } = await qualcat(['audit', '--format', format, '--config', join(repoRoot, 'examples/qualcat.config.json'), 'p.csv'], { cwd: d });
      expect(stdout, format).not.toContain(rawId);
      expect(stdout, format).toContain('330102********0312');
    }
    const shown = await qualcat(['audit', '--format', 'json', '--show-pii', '--config', join(repoRoot, 'examples/qualcat.config.json'), 'p.csv'], { cwd: d });
    expect(shown.stdout).toContain(rawId);
  });

  it('the HTML report escapes every string from the data', async () => {
    const d = tmp();
    writeFileSync(join(d, 'x.ndjson'), JSON.stringify(record) + '\n');
    const out = join(d, 'report.html');
    const { code, stdout } = await qualcat(['audit', '--format', 'html', '--out', out, '--config', join(repoRoot, 'examples/qualcat.config.json'), 'x.ndjson'], { cwd: d });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;某&lt;/b&gt;鉴定中心');
    // Self-contained: no external resource of any kind.
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });
});

describe('qualcat audit: report formats', () => {
  it('SARIF: one result per finding, its region the record line', async () => {
    const { stdout } = await qualcat(['audit', '--format', 'sarif', ...CONFIG, `${certificates}/zhejiang-2020.ndjson`]);
    const sarif = JSON.parse(stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number } } }> }> }> };
    const results = sarif.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine])).toEqual(expected['zhejiang-2020.ndjson']!.map((e) => [e.ruleId, e.line]));
    const { region, artifactLocation } = results[0]!.locations[0]!.physicalLocation;
    expect(region).toMatchObject({ startLine: 4, startColumn: 1, endLine: 4 });
    expect(artifactLocation.uri).toBe('examples/certificates/zhejiang-2020.ndjson');
  });

  it('HTML: totals by rule and severity, worst issuers and occupations, a weekly chart per exit batch', async () => {
    const { stdout } = await qualcat(['audit', '--format', 'html', '--locale', 'en', ...CONFIG, certificates]);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('Findings by rule');
    expect(stdout).toContain('<code>core/id-number</code>');
    expect(stdout).toContain('Issuers with the most findings');
    expect(stdout).toContain('杭州市职业技能鉴定指导中心');
    expect(stdout).toContain('Batch 1, exits 2020-09-30');
    expect(stdout).toContain('Batch 2, exits 2020-12-31');
    expect(stdout.match(/<svg /g)).toHaveLength(2);
  });

  it('HTML totals count every finding, broken lines and missing files included', async () => {
    const d = tmp();
    const line = readFileSync(join(repoRoot, certificates, 'zhejiang-2020.ndjson'), 'utf8').split('\n')[3]!;
    writeFileSync(join(d, 'a.ndjson'), `${line}\n{oops\n`);
    const { stdout } = await qualcat(['audit', '--format', 'html', '--locale', 'en', '--config', join(repoRoot, 'examples/qualcat.config.json'), 'a.ndjson', 'gone.ndjson'], { cwd: d });
    expect(stdout).toMatch(/<div class="value">3<\/div><div class="label">Errors<\/div>/);
    expect(stdout).toMatch(/<div class="value">1<\/div><div class="label">Unreadable records<\/div>/);
    for (const rule of ['core/id-number', 'core/parse', 'core/io']) expect(stdout).toContain(`<code>${rule}</code>`);
  });
});
