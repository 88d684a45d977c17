#!/usr/bin/env node
// Generates a synthetic certificate data set for `qualcat audit`: seeded and deterministic (same options → same
// bytes), streamed (a million records never sit in memory), NDJSON (UTF-8) or CSV (GBK, CRLF, like an Excel export).
// It holds what an audit should find: repeated certificate numbers, ID numbers with a wrong check character,
// vocational-qualification certificates issued after exit without a plan, and a rush — one issuer issuing
// hundreds of certificates of one occupation in the 30 days before its exit.
//
//   node scripts/generate-certificates.mjs --count 1000000 --format ndjson --out /tmp/certs.ndjson
//   node scripts/generate-certificates.mjs --count 20000 --format csv --seed 7 > certs.csv
//
// Options: --count N (1000) --format ndjson|csv (ndjson) --out FILE (stdout) --seed N (1)
//          --duplicates RATE (0.001) --bad-ids RATE (0.005) --after-exit RATE (0.002) --rush RATE (0.002)
//          --broken RATE (0: share of NDJSON lines cut short, to exercise parse errors)
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

export const CSV_HEADER = ['type', 'number', 'holder.name', 'holder.idNumber', 'occupation', 'level', 'issuer.name', 'issuer.type', 'region', 'issuedOn', 'assessedOn'];

const CITIES = [
  ['330100', '杭州市'], ['330200', '宁波市'], ['330300', '温州市'], ['330400', '嘉兴市'], ['330500', '湖州市'],
  ['330600', '绍兴市'], ['330700', '金华市'], ['331000', '台州市'], ['320100', '南京市'], ['320500', '苏州市'],
];
/** Occupations as printed in the 80号 table (exact names): batch 1 exits 2020-09-30, batch 2 2020-12-31. */
const BATCH1 = ['车工', '钳工', '磨工', '铣工', '美发师', '美容师', '育婴员', '保育员', '中式烹调师', '中式面点师', '汽车维修工', '茶艺师'];
const BATCH2 = ['电工', '砌筑工', '钢筋工', '架子工', '混凝土工', '起重装卸机械操作工', '汽车装调工', '继电保护员'];
const EXIT = { 1: '2020-09-30', 2: '2020-12-31' };
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** mulberry32: small, fast, and the same sequence on every platform. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w) => String(n).padStart(w, '0');
const DAY = 86_400_000;
/** Calendar dates as day numbers (UTC midnight arithmetic: no time zone is involved). */
const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

export function idNumber(region, birth, seq) {
  const first17 = `${region}${birth.replaceAll('-', '')}${pad(seq, 3)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += WEIGHTS[i] * Number(first17[i]);
  return first17 + CHECK[sum % 11];
}

/** The certificate number of record i: a function of i alone, so a duplicate can repeat an earlier one without memory. */
const numberOf = (i) => String(2_000_000_000_000_000 + i);

/** Records, lazily, in file order. */
export function* generateRecords(options = {}) {
  const { count = 1000, seed = 1, duplicates = 0.001, badIds = 0.005, afterExit = 0.002, rush = 0.002 } = options;
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (from, to) => from + Math.floor(random() * (to - from + 1));
  const start = dayOf('2019-01-01');
  const end = dayOf('2021-12-31');
  for (let i = 0; i < count; i++) {
    const [region, city] = pick(CITIES);
    const roll = random();
    let type;
    let occupation;
    let issuer;
    let issued;
    if (roll < rush) {
      // The rush: one issuer, one batch-1 occupation, the 30 days before exit.
      type = 'vocational-qualification';
      occupation = '美容师';
      issuer = { name: '台州市职业技能鉴定指导中心', type: 'assessment-center' };
      issued = between(dayOf(EXIT[1]) - 29, dayOf(EXIT[1]) - 1);
      yield record(i, type, occupation, issuer, '331000', issued);
      continue;
    }
    const batch = random() < 0.6 ? 1 : 2;
    occupation = pick(batch === 1 ? BATCH1 : BATCH2);
    const exitDay = dayOf(EXIT[batch]);
    if (random() < 0.6) {
      type = 'vocational-qualification';
      issuer = { name: `${city}职业技能鉴定指导中心`, type: 'assessment-center' };
      // After exit without any plan: national/certificate-after-exit.
      issued = random() < afterExit / 0.6 ? between(exitDay, exitDay + 90) : between(start, exitDay - 1);
    } else {
      type = 'skill-level';
      issuer = random() < 0.5 ? { name: `${city}${pick(['精工', '华达', '海鸿', '众信', '恒泰'])}技能评价有限公司`, type: 'enterprise' } : { name: `${city}技师学院`, type: 'technician-college' };
      issued = between(exitDay, end);
    }
    yield record(i, type, occupation, issuer, region, issued);
  }

  function record(i, type, occupation, issuer, region, issued) {
    const birth = isoOf(between(dayOf('1965-01-01'), dayOf('2002-12-31')));
    let id = idNumber(region, birth, between(1, 999));
    if (random() < badIds) id = id.slice(0, 17) + CHECK[(CHECK.indexOf(id[17]) + 1) % 11];
    const number = i > 0 && random() < duplicates ? numberOf(Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 5000)))) : numberOf(i);
    return {
      type,
      number,
      holder: { name: pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : ''), idNumber: id },
      occupation,
      level: between(1, 5),
      issuer,
      region,
      issuedOn: isoOf(issued),
      assessedOn: isoOf(issued - between(7, 30)),
    };
  }
}

function csvCell(value) {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsvLine(r) {
  const get = (path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), r);
  return CSV_HEADER.map((h) => csvCell(get(h))).join(',');
}

/** The file's text, in pieces of about `linesPerPiece` records. */
export function* generateText(options = {}) {
  const { format = 'ndjson', broken = 0, seed = 1, linesPerPiece = 2000 } = options;
  const cut = prng(seed ^ 0x5eed);
  let piece = format === 'csv' ? CSV_HEADER.join(',') + '\r\n' : '';
  let n = 0;
  for (const r of generateRecords(options)) {
    if (format === 'csv') piece += toCsvLine(r) + '\r\n';
    else {
      const line = JSON.stringify(r);
      piece += (broken && cut() < broken ? line.slice(0, Math.floor(line.length / 2)) : line) + '\n';
    }
    if (++n % linesPerPiece === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

/** Writes the file (GBK for CSV), honouring back-pressure. */
export async function writeCertificates(out, options = {}) {
  const encode = options.format === 'csv' ? (text) => iconv.encode(text, 'gbk') : (text) => Buffer.from(text, 'utf8');
  for (const piece of generateText(options)) {
    if (!out.write(encode(piece))) await new Promise((resolve) => out.once('drain', resolve));
  }
  if (out !== process.stdout) await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

function parseArgs(argv) {
  const options = {};
  const names = { count: 'count', format: 'format', out: 'out', seed: 'seed', duplicates: 'duplicates', 'bad-ids': 'badIds', 'after-exit': 'afterExit', rush: 'rush', broken: 'broken' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i]?.replace(/^--/, '')];
    if (!key || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    options[key] = key === 'format' || key === 'out' ? argv[i + 1] : Number(argv[i + 1]);
  }
  if (options.format && !['ndjson', 'csv'].includes(options.format)) throw new Error('--format must be ndjson or csv');
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseArgs(process.argv.slice(2));
  const out = options.out ? createWriteStream(options.out) : process.stdout;
  await writeCertificates(out, options);
}
