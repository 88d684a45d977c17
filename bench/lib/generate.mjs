/**
 * Seeded, deterministic corpora for the benchmarks (same options → same bytes, on every machine):
 *
 * - plan files: both kinds, regular and make-up plans, both batches mixed, four provinces (Zhejiang's rules apply
 *   to about half), and for every plan rule about 10% of the plans it applies to break it (`INJECTED`);
 * - one big plan (5,000 items by default), the file staff keep open in the editor;
 * - certificate records as NDJSON (UTF-8) and CSV (GBK, CRLF, dotted headers, like an Excel export), with repeated
 *   certificate numbers, ID numbers with a wrong check character, certificates issued after exit, and rush spikes
 *   (one issuer, one occupation, hundreds of certificates in the 30 days before exit).
 *
 * Catalog facts (names, batches, exit dates, access-type names) come from the SDK's embedded catalog, so the corpus
 * follows the data qualcat checks against.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { loadCatalog } from '@qualcat/sdk';

/** mulberry32: small, fast, and the same sequence on every platform. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
/** Calendar dates as day numbers (UTC midnight arithmetic, no time zone involved). */
export const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
export const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const pad = (n, w) => String(n).padStart(w, '0');

function catalogFacts() {
  const occupations = loadCatalog().occupations();
  const byBatch = { 1: [], 2: [] };
  const access = [];
  for (const o of occupations) {
    if (o.category === 'access') access.push(o.name);
    else if (o.batch) byBatch[o.batch].push(o.name);
  }
  const exit = { 1: loadCatalog().exitDateOfBatch(1), 2: loadCatalog().exitDateOfBatch(2) };
  return { byBatch, access, exit, has: (n) => loadCatalog().has(n), all: occupations.map((o) => o.name) };
}

const ZJ_PLATFORM = '浙江省职业能力建设一体化平台';
const PROVINCES = [
  // [share, region codes, city names, platform used by its plans]
  [0.55, ['330100', '330200', '330300', '330400', '330600', '330700', '331000'], ['杭州市', '宁波市', '温州市', '嘉兴市', '绍兴市', '金华市', '台州市'], ZJ_PLATFORM],
  [0.2, ['320100', '320500'], ['南京市', '苏州市'], '江苏省职业技能鉴定服务平台'],
  [0.15, ['440100', '440300'], ['广州市', '深圳市'], '广东省职业技能鉴定服务平台'],
  [0.1, ['110000'], ['北京市'], '北京市职业技能鉴定管理平台'],
];

/**
 * The plan rules a generated plan may be made to break, with the share of applicable plans that break each.
 * "applicable": the plans the rule looks at (kind, purpose, province).
 */
export const INJECTED = {
  'core/schema': 0.1,
  'core/occupation-in-catalog': 0.1,
  'core/date-order': 0.1,
  'national/no-assessment-after-exit': 0.1,
  'national/access-type-no-recognition': 0.1,
  'national/pre-exit-plan-continuation': 0.1,
  'national/skill-level-issuer': 0.1,
  'zhejiang/make-up-window': 0.1,
  'zhejiang/unified-platform': 0.1,
  'zhejiang/question-bank': 0.1,
  'zhejiang/recognition-by-filed-org': 0.1,
  'zhejiang/rush-assessment': 0.1,
};

/** Plans, lazily, in order: `{ name, plan }` with `name` the file name. */
export function* generatePlans({ count = 10_000, seed = 1 } = {}) {
  const facts = catalogFacts();
  const random = prng(seed);
  const chance = (p) => random() < p;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (from, to) => from + Math.floor(random() * (to - from + 1));
  /** Regular, clean, pre-exit qualification-assessment plans by batch: what make-up plans re-sit. */
  const preExit = { 1: [], 2: [] };

  for (let i = 0; i < count; i++) {
    const roll = random();
    let acc = 0;
    let province = PROVINCES[PROVINCES.length - 1];
    for (const p of PROVINCES) if (roll < (acc += p[0])) { province = p; break; }
    const [, regions, cities, platform] = province;
    const at = Math.floor(random() * regions.length);
    const region = regions[at];
    const city = cities[at];
    const zj = region.startsWith('33');
    const isAssessment = chance(0.6);
    const batch = chance(0.45) ? 1 : 2;
    const exitDay = dayOf(facts.exit[batch]);
    const makeUp = isAssessment && preExit[batch].length > 0 && chance(0.15);
    const breaks = (rule) => chance(INJECTED[rule]);
    const seq = pad(i + 1, 5);

    // Items: 1–4 occupations of one batch, a third of the plans mixing in the other batch.
    const itemCount = between(1, 4);
    const names = new Set();
    while (names.size < itemCount) names.add(pick(facts.byBatch[names.size > 0 && chance(0.33) ? 3 - batch : batch]));
    const items = [...names].map((occupation) => {
      const top = between(1, 5);
      return { occupation, levels: [5, 4, 3, 2, 1].filter((l) => l >= top).slice(0, between(1, 3)), candidates: between(5, 200) };
    });
    const exitOf = (name) => dayOf(facts.exit[facts.byBatch[1].includes(name) ? 1 : 2]);
    const firstExit = Math.min(...items.map((it) => exitOf(it.occupation)));

    let plan;
    if (isAssessment) {
      let published;
      let dates;
      if (makeUp) {
        // A make-up plan after the first exit of its items, inside Zhejiang's three-month window.
        published = firstExit + between(1, 40);
        dates = [published + between(15, 30)];
        if (zj && breaks('zhejiang/make-up-window')) dates.push(firstExit + 95 + between(5, 20));
      } else if (breaks('national/no-assessment-after-exit')) {
        published = firstExit + between(5, 60);
        dates = [published + between(20, 40)];
      } else if (breaks('national/pre-exit-plan-continuation')) {
        published = firstExit - between(70, 90);
        dates = [published + between(20, 30), firstExit + between(1, 20)];
      } else if (zj && breaks('zhejiang/rush-assessment')) {
        published = dayOf('2020-08-27') + between(0, 3);
        dates = [dayOf('2020-09-30') - between(5, 25)];
        for (const it of items) if (exitOf(it.occupation) !== dayOf('2020-09-30')) it.occupation = pick(facts.byBatch[1]);
        dedupeItems(items);
      } else {
        // Clean: published early enough that every session is before the first exit and outside any rush window.
        published = Math.min(firstExit - 60, dayOf('2020-07-31')) - between(0, 120);
        dates = [published + between(20, 30)];
        if (chance(0.3)) dates.push(dates[0] + between(1, 7));
      }
      plan = {
        id: `${zj ? 'ZJ' : region.slice(0, 2)}-${region}-${makeUp ? 'BK' : 'JD'}-2020-${seq}`,
        title: `${city}2020年第${i + 1}期职业技能${makeUp ? '鉴定补考' : '鉴定'}计划`,
        region,
        organizer: { name: `${city}职业技能鉴定指导中心`, type: 'assessment-center' },
        kind: 'qualification-assessment',
        purpose: makeUp ? 'make-up' : 'regular',
        ...(makeUp ? { makeUpOf: pick(preExit[batch]) } : {}),
        publishedOn: isoOf(published),
        registration: { opensOn: isoOf(published + 1), closesOn: isoOf(published + between(8, 12)) },
        assessmentDates: dates.map(isoOf),
        platform,
        questionBank: chance(0.5) ? 'national' : 'provincial',
        items,
      };
      if (!makeUp && dates.some((d) => d >= firstExit) && published < firstExit && chance(0.3)) {
        plan.candidateChoice = { continueOffered: true, refundOffered: true };
      }
      if (zj && breaks('zhejiang/unified-platform')) {
        if (chance(0.5)) delete plan.platform;
        else plan.platform = `${city}职业技能鉴定考务系统`;
      }
      if (zj && breaks('zhejiang/question-bank')) {
        if (chance(0.3)) delete plan.questionBank;
        else plan.questionBank = chance(0.5) ? 'municipal' : 'self-set';
      }
      const clean = !makeUp && published < firstExit && dates.every((d) => d < firstExit);
      if (clean && !items.some((it) => exitOf(it.occupation) !== dayOf(facts.exit[batch]))) preExit[batch].push(plan.id);
    } else {
      const published = dayOf('2020-10-01') + between(0, 270);
      const type = pick(['enterprise', 'social-evaluation-org', 'technician-college']);
      const filed = type !== 'enterprise' || chance(0.3);
      plan = {
        id: `${zj ? 'ZJ' : region.slice(0, 2)}-${region}-RD-2020-${seq}`,
        title: `${city}${type === 'enterprise' ? '企业' : ''}职业技能等级认定计划（第${i + 1}号）`,
        region,
        organizer: {
          name: type === 'enterprise' ? `${city}${pick(['精工', '华达', '海鸿', '众信', '恒泰'])}机械有限公司` : type === 'technician-college' ? `${city}技师学院` : `${city}职业技能评价中心`,
          type,
          ...(filed ? { filing: { number: `备${region}-${seq}`, filedOn: isoOf(published - between(10, 200)) } } : {}),
        },
        kind: 'skill-level-recognition',
        publishedOn: isoOf(published),
        registration: { opensOn: isoOf(published + 1), closesOn: isoOf(published + between(8, 12)) },
        assessmentDates: [isoOf(published + between(20, 40))],
        platform: platform,
        questionBank: 'self-set',
        items,
      };
      if (breaks('national/access-type-no-recognition')) items[between(0, items.length - 1)].occupation = pick(facts.access);
      dedupeItems(items);
      if (breaks('national/skill-level-issuer')) {
        plan.organizer = { name: `${city}人力资源和社会保障局`, type: pick(['hr-department', 'assessment-center', 'assessment-station']) };
      } else if (zj && breaks('zhejiang/recognition-by-filed-org')) {
        plan.organizer.type = pick(['technician-college', 'social-evaluation-org']);
        if (chance(0.5)) delete plan.organizer.filing;
        else plan.organizer.filing = { number: `备${region}-${seq}`, filedOn: isoOf(published + between(1, 30)) };
      }
    }
    // Rules any plan can break.
    if (breaks('core/occupation-in-catalog')) {
      const item = items[between(0, items.length - 1)];
      let typo = `${item.occupation}${pick(['（初级）', '人员', '技工', '师傅'])}`;
      if (facts.has(typo)) typo = `${item.occupation}（试点）`;
      item.occupation = typo;
      dedupeItems(items);
    }
    if (breaks('core/date-order')) {
      const first = plan.assessmentDates.reduce((a, b) => (a < b ? a : b));
      plan.registration.closesOn = isoOf(dayOf(first) + between(0, 3));
    }
    if (breaks('core/schema')) {
      if (chance(0.5)) plan.plattform = plan.platform ?? ZJ_PLATFORM;
      else plan.organizer.contact = '0571-00000000';
    }
    if (chance(0.05)) plan['x-source'] = `generated ${seed}/${i}`;
    yield { name: `${plan.id.toLowerCase()}.plan.json`, plan };
  }
}

function dedupeItems(items) {
  const seen = new Set();
  for (let k = items.length - 1; k >= 0; k--) {
    if (seen.has(items[k].occupation)) items.splice(k, 1);
    else seen.add(items[k].occupation);
  }
}

/** Writes `count` plan files (pretty-printed, as people keep them) and a qualcat.config.json into `dir`. */
export function writePlanCorpus(dir, { count = 10_000, seed = 1 } = {}) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'qualcat.config.json'), JSON.stringify({ plugins: ['@qualcat/plugin-zhejiang'] }, null, 2) + '\n');
  const names = [];
  for (const { name, plan } of generatePlans({ count, seed })) {
    writeFileSync(join(dir, name), JSON.stringify(plan, null, 2) + '\n');
    names.push(name);
  }
  return names;
}

/** The plan staff keep open: one Zhejiang assessment plan with `items` items, valid apart from what the edit does. */
export function bigPlan({ items = 5000, seed = 1 } = {}) {
  const facts = catalogFacts();
  const random = prng(seed ^ 0xb16);
  const names = facts.byBatch[2];
  return {
    id: 'ZJ-330100-JD-2020-BIG',
    title: `杭州市2020年职业技能鉴定总计划（${items} 项）`,
    region: '330100',
    organizer: { name: '杭州市职业技能鉴定指导中心', type: 'assessment-center' },
    kind: 'qualification-assessment',
    purpose: 'regular',
    publishedOn: '2020-08-10',
    registration: { opensOn: '2020-08-11', closesOn: '2020-08-20' },
    assessmentDates: ['2020-09-05', '2020-09-06'],
    platform: ZJ_PLATFORM,
    questionBank: 'provincial',
    items: Array.from({ length: items }, (_, i) => ({
      occupation: names[i % names.length],
      levels: [5, 4, 3].slice(0, 1 + Math.floor(random() * 3)),
      candidates: 10 + Math.floor(random() * 90),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Certificates

export const CSV_HEADER = ['type', 'number', 'holder.name', 'holder.idNumber', 'occupation', 'level', 'issuer.name', 'issuer.type', 'region', 'issuedOn', 'assessedOn'];
const CERT_CITIES = [
  ['330100', '杭州市'], ['330200', '宁波市'], ['330300', '温州市'], ['330400', '嘉兴市'], ['330500', '湖州市'],
  ['330600', '绍兴市'], ['330700', '金华市'], ['331000', '台州市'], ['320100', '南京市'], ['440100', '广州市'],
];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂建华文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆民友裕河哲江浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function idNumber(region, birthDay, seq) {
  const first17 = `${region}${isoOf(birthDay).replaceAll('-', '')}${pad(seq, 3)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ID_WEIGHTS[i] * (first17.charCodeAt(i) - 48);
  return first17 + ID_CHECK[sum % 11];
}

/** Certificate records, lazily, in file order. Rates are shares of all records. */
export function* generateCertificates({ count = 1_000_000, seed = 1, duplicates = 0.002, badIds = 0.005, afterExit = 0.003, rush = 0.004 } = {}) {
  const facts = catalogFacts();
  const random = prng(seed ^ 0xce27);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (from, to) => from + Math.floor(random() * (to - from + 1));
  const start = dayOf('2018-01-01');
  const end = dayOf('2021-12-31');
  const common = { 1: facts.byBatch[1].slice(0, 12), 2: facts.byBatch[2].slice(0, 30) };
  // Rush spikes: a few issuers each pushing one occupation out in the 30 days before its exit.
  const spikes = [
    { region: '331000', issuer: { name: '台州市职业技能鉴定指导中心', type: 'assessment-center' }, occupation: '美容师', batch: 1 },
    { region: '330300', issuer: { name: '温州市职业技能鉴定指导中心', type: 'assessment-center' }, occupation: '车工', batch: 1 },
    { region: '320100', issuer: { name: '南京市职业技能鉴定指导中心', type: 'assessment-center' }, occupation: common[2][3], batch: 2 },
  ];
  const numberOf = (i) => String(3_300_000_000_000_000 + i);
  for (let i = 0; i < count; i++) {
    const [region, city] = pick(CERT_CITIES);
    if (random() < rush) {
      const s = pick(spikes);
      const exit = dayOf(facts.exit[s.batch]);
      yield record(i, 'vocational-qualification', s.occupation, s.issuer, s.region, between(exit - 29, exit - 1));
      continue;
    }
    const batch = random() < 0.45 ? 1 : 2;
    const occupation = pick(common[batch]);
    const exit = dayOf(facts.exit[batch]);
    if (random() < 0.6) {
      const issuer = { name: `${city}职业技能鉴定指导中心`, type: 'assessment-center' };
      const issued = random() < afterExit / 0.6 ? between(exit, exit + 90) : between(start, exit - 1);
      yield record(i, 'vocational-qualification', occupation, issuer, region, issued);
    } else {
      const issuer = random() < 0.5 ? { name: `${city}${pick(['精工', '华达', '海鸿', '众信', '恒泰'])}技能评价有限公司`, type: 'enterprise' } : { name: `${city}技师学院`, type: 'technician-college' };
      yield record(i, 'skill-level', occupation, issuer, region, between(exit, end));
    }
  }

  function record(i, type, occupation, issuer, region, issued) {
    let id = idNumber(region, between(dayOf('1965-01-01'), dayOf('2002-12-31')), between(1, 999));
    if (random() < badIds) id = id.slice(0, 17) + ID_CHECK[(ID_CHECK.indexOf(id[17]) + 1) % 11];
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
  return [r.type, r.number, r.holder.name, r.holder.idNumber, r.occupation, r.level, r.issuer.name, r.issuer.type, r.region, r.issuedOn, r.assessedOn].map(csvCell).join(',');
}

/** Writes the records as NDJSON (UTF-8) and/or CSV (GBK, CRLF), streaming in pieces. */
export function writeCertificates({ count, seed = 1, ndjson, csv }) {
  const nd = ndjson ? openSync(ndjson, 'w') : undefined;
  const cs = csv ? openSync(csv, 'w') : undefined;
  let ndPiece = '';
  let csPiece = CSV_HEADER.join(',') + '\r\n';
  const flush = () => {
    if (nd !== undefined) writeSync(nd, ndPiece);
    if (cs !== undefined) writeSync(cs, iconv.encode(csPiece, 'gbk'));
    ndPiece = '';
    csPiece = '';
  };
  let n = 0;
  for (const r of generateCertificates({ count, seed })) {
    if (nd !== undefined) ndPiece += JSON.stringify(r) + '\n';
    if (cs !== undefined) csPiece += toCsvLine(r) + '\r\n';
    if (++n % 5000 === 0) flush();
  }
  flush();
  if (nd !== undefined) closeSync(nd);
  if (cs !== undefined) closeSync(cs);
}
