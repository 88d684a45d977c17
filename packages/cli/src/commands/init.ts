import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { QualcatCliError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../write.js';

const PROVINCES: Record<string, { plugins: string[]; region: string; organizer: string; platform?: string }> = {
  national: { plugins: [], region: '110000', organizer: '北京市职业技能鉴定指导中心' },
  zhejiang: { plugins: ['@qualcat/plugin-zhejiang'], region: '330100', organizer: '杭州市职业技能鉴定指导中心', platform: '浙江省职业能力建设一体化平台' },
};

export interface InitOptions {
  province?: string;
  dir?: string;
  force?: boolean;
}

/** `qualcat init`: a qualcat.config.json for a province and an example plan; never overwrites without --force. */
export async function runInit(io: CliIO, options: InitOptions): Promise<number> {
  const province = options.province ?? 'zhejiang';
  const p = PROVINCES[province];
  if (!p) throw new UsageError(`--province must be one of ${Object.keys(PROVINCES).join(', ')} (got “${province}”)`);
  const dir = resolve(io.cwd, options.dir ?? '.');
  const configPath = join(dir, 'qualcat.config.json');
  const planPath = join(dir, 'example.plan.json');
  for (const path of [configPath, planPath]) {
    if (existsSync(path) && !options.force) throw new QualcatCliError('QC_EXISTS', `${path} already exists; nothing written (use --force to replace it)`);
  }
  const config = { $schema: 'https://qualcat.dev/schemas/config.schema.json', plugins: p.plugins, rules: {}, locale: 'zh-CN' };
  const plan = {
    $schema: 'https://qualcat.dev/schemas/plan.schema.json',
    id: `${province.toUpperCase()}-EXAMPLE-001`,
    title: '职业技能等级认定计划（示例）',
    region: p.region,
    organizer: { name: '示例技师学院', type: 'technician-college', filing: { number: 'BA-0001', filedOn: '2021-01-04' } },
    kind: 'skill-level-recognition',
    publishedOn: '2021-03-01',
    registration: { opensOn: '2021-03-02', closesOn: '2021-03-20' },
    assessmentDates: ['2021-04-10'],
    items: [{ occupation: '车工', levels: [5, 4], candidates: 60 }],
  };
  await writeFileAtomic(configPath, JSON.stringify(config, null, 2) + '\n');
  await writeFileAtomic(planPath, JSON.stringify(plan, null, 2) + '\n');
  io.stdout(`wrote ${configPath}\nwrote ${planPath}\nnext: qualcat validate ${options.dir ?? '.'}\n`);
  return 0;
}
