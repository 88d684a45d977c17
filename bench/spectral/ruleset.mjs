/**
 * qualcat's plan rules (core, national 80号, Zhejiang 27号) as a Spectral ruleset with custom functions: what a
 * province would write if it picked Spectral instead. Same semantics as the qualcat rules, finding for finding (the
 * benchmark checks that both report the same number of findings per rule on the corpus); fixes and message
 * wording are left out. Each rule's function sees the whole document (`given: $`), as qualcat's rules do.
 *
 * Inputs (set by bench/run.mjs): QUALCAT_BENCH_CATALOG (the catalog JSON), QUALCAT_BENCH_PLAN_SCHEMA (the bundled
 * plan schema). make-up plans are checked against the plans they name, found in the folder of the document (as
 * `qualcat validate` finds them among the files it is given and in the project).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createRulesetFunction } from '@stoplight/spectral-core';

const catalogData = JSON.parse(readFileSync(process.env.QUALCAT_BENCH_CATALOG, 'utf8'));
const planSchema = JSON.parse(readFileSync(process.env.QUALCAT_BENCH_PLAN_SCHEMA, 'utf8'));
delete planSchema.$comment;

/*
 * core/schema. Spectral's built-in `schema` function makes new ajv instances for every document it lints (they are
 * cached per document inventory), so it compiles the plan schema again for each file: ~15 ms a file here. The
 * fastest Spectral setup, used here, is a custom function with the schema compiled once (same ajv, same options as
 * qualcat's precompiled validator: allErrors, formats). With the built-in function Spectral is several times slower.
 */
const require = createRequire(join(process.env.QUALCAT_BENCH_DIR, 'package.json'));
const Ajv2020 = require('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats').default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validatePlan = ajv.compile(planSchema);
const pathOf = (pointer) => (pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')));

// ---- the catalog: exact names → { category, exitDate } (the first printing wins), and Zhejiang's patch
const exitDates = Object.fromEntries(catalogData.batches.map((b) => [b.id, b.exitDate]));
const national = new Map();
for (const q of catalogData.qualifications) {
  for (const o of q.occupations) {
    if (national.has(o.name)) continue;
    national.set(o.name, { category: q.category, exitDate: q.exit ? exitDates[q.exit.batch] : null });
  }
}
const zhejiangCatalog = new Map(national);
zhejiangCatalog.set('焊工', { category: 'access', exitDate: null });

const isZhejiang = (plan) => typeof plan.region !== 'string' || plan.region.startsWith('33');
const catalogOf = (plan) => (isZhejiang(plan) ? zhejiangCatalog : national);
const exitDateOf = (catalog, name) => catalog.get(name)?.exitDate ?? null;

// ---- calendar dates
const DAY = 86_400_000;
const isDate = (v) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};
const addDays = (iso, days) => new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * DAY).toISOString().slice(0, 10);
const addMonths = (iso, months) => {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7) - 1 + months;
  const d = +iso.slice(8, 10);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
};
const obj = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const itemsOf = (plan) => (Array.isArray(plan.items) ? plan.items : []);
const occupationOf = (item) => (item && typeof item === 'object' ? item.occupation : undefined);
const datesOf = (plan) => (Array.isArray(plan.assessmentDates) ? plan.assessmentDates.map((date, index) => ({ date, index })).filter((d) => isDate(d.date)) : []);

// ---- the plans of the folder, for makeUpOf (read once per folder)
const plansByFolder = new Map();
function planLookup(source) {
  const dir = dirname(source ?? '.');
  let plans = plansByFolder.get(dir);
  if (!plans) {
    plans = new Map();
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.plan.json')) continue;
      try {
        const p = JSON.parse(readFileSync(join(dir, name), 'utf8'));
        if (typeof p?.id === 'string' && !plans.has(p.id)) plans.set(p.id, p);
      } catch {
        // reported when the file itself is linted
      }
    }
    plansByFolder.set(dir, plans);
  }
  return plans;
}

const rule = (fn) => createRulesetFunction({ input: null, options: null }, fn);
const at = (path, message) => ({ path, message });

const schema = rule((plan) => {
  if (validatePlan(plan)) return [];
  // as qualcat: `if` only restates the failing `then`; an unknown property is reported at the property
  return validatePlan.errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => at(e.keyword === 'additionalProperties' ? [...pathOf(e.instancePath), e.params.additionalProperty] : pathOf(e.instancePath), e.message ?? e.keyword));
});

const occupationInCatalog = rule((plan) => {
  const catalog = catalogOf(plan);
  const out = [];
  itemsOf(plan).forEach((item, i) => {
    const o = occupationOf(item);
    if (typeof o === 'string' && !catalog.has(o)) out.push(at(['items', i, 'occupation'], `“${o}”不在目录中`));
  });
  return out;
});

const dateOrder = rule((plan) => {
  const out = [];
  const dates = datesOf(plan);
  const first = dates.reduce((min, { date }) => (min === undefined || date < min ? date : min), undefined);
  const registration = obj(plan.registration);
  if (registration) {
    const { opensOn, closesOn } = registration;
    if (isDate(closesOn) && isDate(opensOn) && closesOn <= opensOn) out.push(at(['registration', 'closesOn'], 'registration closes before it opens'));
    else if (isDate(closesOn) && first !== undefined && closesOn >= first) out.push(at(['registration', 'closesOn'], 'registration closes after the first assessment'));
  }
  if (isDate(plan.publishedOn)) for (const { date, index } of dates) if (date < plan.publishedOn) out.push(at(['assessmentDates', index], 'assessment before publication'));
  return out;
});

const noAssessmentAfterExit = rule((plan, _options, context) => {
  if (plan.kind !== 'qualification-assessment' || !isDate(plan.publishedOn) || !Array.isArray(plan.items)) return [];
  const catalog = catalogOf(plan);
  const exited = [];
  plan.items.forEach((item, index) => {
    const o = occupationOf(item);
    if (typeof o !== 'string') return;
    const exitDate = exitDateOf(catalog, o);
    if (exitDate !== null && plan.publishedOn >= exitDate) exited.push({ o, exitDate, index });
  });
  if (exited.length === 0) return [];
  const makeUpOf = typeof plan.makeUpOf === 'string' && plan.makeUpOf !== '' ? plan.makeUpOf : undefined;
  if (plan.purpose === 'make-up' && makeUpOf !== undefined) {
    const original = planLookup(context.document.source).get(makeUpOf);
    if (!original) return [at(['makeUpOf'], `unknown plan ${makeUpOf}`)];
    if (!isDate(original.publishedOn)) return [];
    return exited.some((e) => original.publishedOn >= e.exitDate) ? [at(['makeUpOf'], 're-sits a post-exit plan')] : [];
  }
  return exited.map((e) => at(['items', e.index, 'occupation'], `“${e.o}” left the catalog on ${e.exitDate}`));
});

const accessTypeNoRecognition = rule((plan) => {
  if (plan.kind !== 'skill-level-recognition' || !Array.isArray(plan.items)) return [];
  const catalog = catalogOf(plan);
  const out = [];
  plan.items.forEach((item, i) => {
    const o = occupationOf(item);
    if (typeof o === 'string' && catalog.get(o)?.category === 'access') out.push(at(['items', i, 'occupation'], `“${o}” is access-type`));
  });
  return out;
});

const preExitPlanContinuation = rule((plan) => {
  if (plan.kind !== 'qualification-assessment' || !isDate(plan.publishedOn)) return [];
  if (!Array.isArray(plan.assessmentDates) || !Array.isArray(plan.items)) return [];
  const choice = obj(plan.candidateChoice);
  if (choice?.continueOffered === true && choice.refundOffered === true) return [];
  const catalog = catalogOf(plan);
  let earliest;
  for (const item of plan.items) {
    const o = occupationOf(item);
    if (typeof o !== 'string') continue;
    const exitDate = exitDateOf(catalog, o);
    if (exitDate === null || plan.publishedOn >= exitDate) continue;
    plan.assessmentDates.forEach((date, index) => {
      if (!isDate(date) || date < exitDate) return;
      if (!earliest || date < earliest.date || (date === earliest.date && index < earliest.index)) earliest = { date, index };
    });
  }
  return earliest ? [at(['assessmentDates', earliest.index], 'candidates must be offered continuing and a refund')] : [];
});

const GOVERNMENT = ['hr-department', 'assessment-center', 'assessment-station'];
const skillLevelIssuer = rule((plan) => {
  if (plan.kind !== 'skill-level-recognition' || !obj(plan.organizer)) return [];
  return GOVERNMENT.includes(plan.organizer.type) ? [at(['organizer', 'type'], 'recognition by a government body')] : [];
});

// ---- Zhejiang (27号): only documents of region 33…
const zhejiang = (fn) => rule((plan, options, context) => (isZhejiang(plan) ? fn(plan, options, context) : []));
const itemExits = (plan) => {
  const catalog = catalogOf(plan);
  const out = [];
  itemsOf(plan).forEach((item, index) => {
    const o = occupationOf(item);
    if (typeof o !== 'string') return;
    const exitDate = exitDateOf(catalog, o);
    if (exitDate !== null) out.push({ index, o, exitDate });
  });
  return out;
};

const makeUpWindow = zhejiang((plan) => {
  if (plan.kind !== 'qualification-assessment' || plan.purpose !== 'make-up') return [];
  const windows = itemExits(plan)
    .map((e) => ({ ...e, windowEnd: addMonths(e.exitDate, 3) }))
    .sort((a, b) => (a.windowEnd < b.windowEnd ? -1 : a.windowEnd > b.windowEnd ? 1 : a.index - b.index));
  const strictest = windows[0];
  if (!strictest) return [];
  return datesOf(plan).filter(({ date }) => date > strictest.windowEnd).map(({ index }) => at(['assessmentDates', index], 'outside the make-up window'));
});

const PLATFORM = '浙江省职业能力建设一体化平台';
const unifiedPlatform = zhejiang((plan) => {
  if (plan.kind !== 'qualification-assessment') return [];
  if (!('platform' in plan) || plan.platform === undefined) return [at([], 'no platform')];
  if (typeof plan.platform !== 'string' || plan.platform === '' || plan.platform === PLATFORM) return [];
  return [at(['platform'], 'not the unified platform')];
});

const BANKS = ['national', 'provincial', 'municipal', 'self-set'];
const questionBank = zhejiang((plan) => {
  if (plan.kind !== 'qualification-assessment') return [];
  if (!('questionBank' in plan) || plan.questionBank === undefined) return [at([], 'no question bank')];
  if (!BANKS.includes(plan.questionBank) || ['national', 'provincial'].includes(plan.questionBank)) return [];
  return [at(['questionBank'], 'question bank not national or provincial')];
});

const recognitionByFiledOrg = zhejiang((plan) => {
  if (plan.kind !== 'skill-level-recognition') return [];
  const organizer = obj(plan.organizer);
  if (!organizer || !['technician-college', 'social-evaluation-org'].includes(organizer.type)) return [];
  if (!('filing' in organizer) || organizer.filing === undefined) return [at(['organizer'], 'not filed')];
  const filedOn = obj(organizer.filing)?.filedOn;
  if (!isDate(filedOn) || !isDate(plan.publishedOn) || filedOn <= plan.publishedOn) return [];
  return [at(['organizer', 'filing'], 'filed after publication')];
});

const rushAssessment = zhejiang((plan) => {
  if (plan.kind !== 'qualification-assessment' || !isDate(plan.publishedOn) || plan.publishedOn <= '2020-08-26') return [];
  const windows = itemExits(plan)
    .map((e) => ({ ...e, windowStart: addDays(e.exitDate, -30) }))
    .sort((a, b) => (a.exitDate < b.exitDate ? -1 : a.exitDate > b.exitDate ? 1 : a.index - b.index));
  return datesOf(plan)
    .filter(({ date }) => windows.some((w) => w.windowStart <= date && date < w.exitDate))
    .map(({ index }) => at(['assessmentDates', index], 'assessment in the 30 days before exit'));
});

const whole = (id, fn, severity = 'error') => [id, { given: '$', severity, then: { function: fn } }];

export default {
  rules: Object.fromEntries([
    whole('core/schema', schema),
    whole('core/occupation-in-catalog', occupationInCatalog),
    whole('core/date-order', dateOrder),
    whole('national/no-assessment-after-exit', noAssessmentAfterExit),
    whole('national/access-type-no-recognition', accessTypeNoRecognition),
    whole('national/pre-exit-plan-continuation', preExitPlanContinuation, 'warn'),
    whole('national/skill-level-issuer', skillLevelIssuer),
    whole('zhejiang/make-up-window', makeUpWindow),
    whole('zhejiang/unified-platform', unifiedPlatform),
    whole('zhejiang/question-bank', questionBank),
    whole('zhejiang/recognition-by-filed-org', recognitionByFiledOrg),
    whole('zhejiang/rush-assessment', rushAssessment, 'warn'),
  ]),
};
