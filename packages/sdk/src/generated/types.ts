/* generated from schemas/*.schema.json, do not edit, run `pnpm codegen` */

/**
 * 退出安排；准入类为 null | Exit arrangement; null for access-type
 */
export type ExitArrangement = {
  /**
   * 退出批次 | Exit batch
   */
  batch: 1 | 2;
} | null;
/**
 * 计划类别 | Plan kind
 */
export type PlanKind = 'qualification-assessment' | 'skill-level-recognition';
/**
 * 计划用途 | Purpose of the plan
 */
export type PlanPurpose = 'regular' | 'make-up';
/**
 * 命题所用题库 | Question bank used for the papers
 */
export type QuestionBank = 'national' | 'provincial' | 'municipal' | 'self-set';
/**
 * 证书类型 | Certificate type
 */
export type CertificateType = 'vocational-qualification' | 'skill-level' | 'qualification-proof';
/**
 * 消息语言 | Message language
 */
export type ConfigLocale = 'zh-CN' | 'en';
/**
 * 日历日期 YYYY-MM-DD（中国时间，不含时区） | Calendar date YYYY-MM-DD (China time, no time zone)
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "date".
 */
export type IsoDate = string;
/**
 * 职业（工种）名称，须与《国家职业资格目录》附件所印完全一致 | Occupation name, exactly as printed in the catalog table
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "occupationName".
 */
export type OccupationName = string;
/**
 * 六位行政区划代码（GB/T 2260），如 330000 浙江省、330100 杭州市 | Six-digit administrative region code (GB/T 2260), e.g. 330000 Zhejiang, 330100 Hangzhou
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "region".
 */
export type RegionCode = string;
/**
 * 机构类型 | Organisation type
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "organizationType".
 */
export type OrganizationType =
  | 'hr-department'
  | 'assessment-center'
  | 'assessment-station'
  | 'technician-college'
  | 'vocational-school'
  | 'enterprise'
  | 'social-evaluation-org';
/**
 * 技能等级：5 五级/初级工，4 四级/中级工，3 三级/高级工，2 二级/技师，1 一级/高级技师 | Skill level: 5 junior, 4 intermediate, 3 senior, 2 technician, 1 senior technician
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "level".
 */
export type Level = number;
/**
 * 规则级别 | Rule severity
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "severity".
 */
export type RuleSeverity = 'off' | 'info' | 'warning' | 'error';
/**
 * 级别，或 [级别, 选项] | A severity, or [severity, options]
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "ruleSetting".
 */
export type RuleSetting = RuleSeverity | [RuleSeverity] | [RuleSeverity, {}];

/**
 * 人社厅发〔2020〕80号附件“水平评价类技能人员职业资格退出目录安排”的数据形式 | The attachment table of 人社厅发〔2020〕80号 as data
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "catalogDocument".
 */
export interface Catalog {
  /**
   * 本文件所用的 JSON Schema | The JSON Schema this file uses
   */
  $schema?: string;
  /**
   * 目录编号 | Catalog id
   */
  id: string;
  /**
   * 目录名称 | Catalog title
   */
  title: string;
  source: CatalogSource;
  /**
   * 退出批次 | Exit batches
   *
   * @minItems 1
   */
  batches: [CatalogBatch, ...CatalogBatch[]];
  /**
   * 附件表的各子行（一项职业资格的一个批次） | The sub-rows of the table (one qualification group in one batch)
   */
  qualifications: Qualification[];
  /**
   * This interface was referenced by `Catalog`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 目录出处 | Where the catalog comes from
 */
export interface CatalogSource {
  /**
   * 文号，如 人社厅发〔2020〕80号 | Document number, e.g. 人社厅发〔2020〕80号
   */
  document: string;
  /**
   * 印发日期 | Date issued
   */
  issuedOn: IsoDate;
  /**
   * 附件名称 | Attachment title
   */
  attachment?: string;
  /**
   * This interface was referenced by `CatalogSource`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 一个退出批次 | One exit batch
 */
export interface CatalogBatch {
  /**
   * 批次 | Batch number
   */
  id: 1 | 2;
  /**
   * 退出日期：该日起即为退出目录后 | Exit date: from this day on the qualification is out of the catalog
   */
  exitDate: IsoDate;
  /**
   * This interface was referenced by `CatalogBatch`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 附件表的一个子行 | One sub-row of the table
 */
export interface Qualification {
  /**
   * 子行编号（序号-子行），如 21-2 | Sub-row id (group-row), e.g. 21-2
   */
  id: string;
  group: QualificationGroup;
  /**
   * 该子行的职业（工种） | Occupations of the sub-row
   *
   * @minItems 1
   */
  occupations: [CatalogOccupation, ...CatalogOccupation[]];
  /**
   * 附件该格原文 | The table cell exactly as printed
   */
  printed?: string;
  /**
   * 实施部门（单位） | Implementing departments (units)
   *
   * @minItems 1
   */
  departments: [string, ...string[]];
  /**
   * 职业资格类别 | Qualification category
   */
  category: 'level-evaluation' | 'access';
  exit: ExitArrangement;
  /**
   * 说明 | Notes
   */
  notes?: string;
  /**
   * 附件印刷上的异常及处理方式 | Anomalies in the printed table and how they are handled
   */
  anomalies?: CatalogAnomaly[];
  /**
   * This interface was referenced by `Qualification`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 职业资格（附件序号与名称） | Qualification group (number and name in the table)
 */
export interface QualificationGroup {
  /**
   * 附件序号 | Number in the table
   */
  no: number;
  /**
   * 职业资格名称 | Qualification group name
   */
  name: string;
}
/**
 * 一个职业 | One occupation
 */
export interface CatalogOccupation {
  /**
   * 职业名称，与附件所印完全一致 | Occupation name exactly as printed
   */
  name: OccupationName;
  /**
   * 《中华人民共和国职业分类大典》职业编码 | Occupation code in the national occupational classification
   */
  code?: string;
  /**
   * This interface was referenced by `CatalogOccupation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 一处异常 | One anomaly
 */
export interface CatalogAnomaly {
  /**
   * 异常类型 | Kind of anomaly
   */
  code: 'duplicate-occupation' | 'printed-as-is';
  /**
   * 涉及的职业 | Occupation concerned
   */
  occupation: string;
  /**
   * 说明 | Explanation
   */
  note: string;
}
/**
 * 职业资格鉴定计划或职业技能等级认定计划（文件名 *.plan.json / *.plan.yaml） | A qualification-assessment or skill-level-recognition plan (files *.plan.json / *.plan.yaml)
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "planDocument".
 */
export interface Plan {
  /**
   * 本文件所用的 JSON Schema | The JSON Schema this file uses
   */
  $schema?: string;
  /**
   * 计划编号，在本省唯一 | Plan id, unique within the province
   */
  id: string;
  /**
   * 计划名称 | Plan title
   */
  title?: string;
  /**
   * 发布计划的地区代码（GB/T 2260），决定适用哪个省的规则 | Region code of the publishing area (GB/T 2260); selects the provincial rules that apply
   */
  region?: RegionCode;
  organizer?: Organizer;
  kind: PlanKind;
  purpose?: PlanPurpose;
  /**
   * 补考所对应的退出目录前计划编号 | Id of the pre-exit plan this make-up plan re-sits
   */
  makeUpOf?: string;
  /**
   * 计划发布日期 | Date the plan is published
   */
  publishedOn: IsoDate;
  registration?: Registration;
  /**
   * 鉴定（认定）实施日期，至少一个 | Assessment dates, at least one
   *
   * @minItems 1
   */
  assessmentDates: [IsoDate, ...IsoDate[]];
  /**
   * 发布与实施所用平台，如“浙江省职业能力建设一体化平台” | Platform the plan is published and run on, e.g. 浙江省职业能力建设一体化平台
   */
  platform?: string;
  questionBank?: QuestionBank;
  /**
   * 计划包含的职业与等级，至少一项 | Occupations and levels in the plan, at least one
   *
   * @minItems 1
   */
  items: [PlanItem, ...PlanItem[]];
  /**
   * 对应的证书培养计划（职业院校或企业新型学徒） | The certificate training programme this plan serves (vocational school or apprenticeship)
   */
  trainingProgram?: TrainingProgram;
  candidateChoice?: CandidateChoice;
  /**
   * This interface was referenced by `Plan`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 组织实施单位 | Organiser running the assessment or recognition
 */
export interface Organizer {
  /**
   * 单位名称 | Organiser name
   */
  name: string;
  /**
   * 单位类型 | Organiser type
   */
  type: OrganizationType;
  /**
   * 职业技能等级认定备案（技师学院、社会培训评价组织须备案，浙人社办发〔2020〕27号 §三） | Recognition filing (required of technician colleges and social evaluation organisations, 27号 §三)
   */
  filing?: Filing;
  /**
   * This interface was referenced by `Organizer`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 报名时间 | Registration period
 */
export interface Registration {
  /**
   * 报名开始日期 | Registration opens on
   */
  opensOn: IsoDate;
  /**
   * 报名截止日期 | Registration closes on
   */
  closesOn: IsoDate;
  /**
   * This interface was referenced by `Registration`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 一个职业及其等级 | One occupation with its levels
 */
export interface PlanItem {
  /**
   * 职业（工种）名称，须与目录所印完全一致 | Occupation name, exactly as printed in the catalog
   */
  occupation: OccupationName;
  /**
   * 等级（1 一级/高级技师 … 5 五级/初级工） | Levels (1 senior technician … 5 junior)
   *
   * @minItems 1
   */
  levels: [Level, ...Level[]];
  /**
   * 计划人数 | Planned number of candidates
   */
  candidates?: number;
  /**
   * This interface was referenced by `PlanItem`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 退出前已发布计划的考生选择：继续鉴定或退费（80号 §三，27号 §二） | Choice offered to candidates of a pre-exit plan: continue or refund (80号 §三, 27号 §二)
 */
export interface CandidateChoice {
  /**
   * 是否可继续参加鉴定 | Candidates may continue with the assessment
   */
  continueOffered: boolean;
  /**
   * 是否可退回鉴定费 | Candidates may have their fee refunded
   */
  refundOffered: boolean;
  /**
   * This interface was referenced by `CandidateChoice`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 一条证书记录（文件为 NDJSON、CSV 或 JSON 数组） | One certificate record (files are NDJSON, CSV or a JSON array)
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "certificateDocument".
 */
export interface CertificateRecord {
  type: CertificateType;
  /**
   * 证书编号 | Certificate number
   */
  number: string;
  holder: Holder;
  /**
   * 职业（工种）名称 | Occupation name
   */
  occupation: OccupationName;
  /**
   * 等级 | Level
   */
  level: Level;
  issuer: Issuer;
  /**
   * 发证地区代码 | Region code of the issuing area
   */
  region?: RegionCode;
  /**
   * 发证日期 | Date of issue
   */
  issuedOn: IsoDate;
  /**
   * 鉴定（认定）日期 | Date of the assessment
   */
  assessedOn?: IsoDate;
  /**
   * 所依据的计划编号 | Id of the plan the certificate was assessed under
   */
  planId?: string;
  /**
   * 所依据的证书培养计划 | The training programme the certificate was earned in
   */
  trainingProgram?: TrainingProgram;
  /**
   * 本证书补发或更正的原证书编号 | Number of the certificate this one re-issues
   */
  replaces?: string;
  proof?: Proof;
  /**
   * This interface was referenced by `CertificateRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 持证人 | Certificate holder
 */
export interface Holder {
  /**
   * 姓名 | Name
   */
  name: string;
  /**
   * 公民身份号码（18位，GB 11643） | Citizen ID number (18 characters, GB 11643)
   */
  idNumber: string;
  /**
   * This interface was referenced by `Holder`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 发证机构 | Issuing organisation
 */
export interface Issuer {
  /**
   * 机构名称 | Issuer name
   */
  name: string;
  /**
   * 机构类型 | Issuer type
   */
  type: OrganizationType;
  /**
   * This interface was referenced by `Issuer`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 证明所针对的原职业资格证书（仅 qualification-proof） | The original qualification certificate a proof stands for (qualification-proof only)
 */
export interface Proof {
  /**
   * 原证书编号 | Original certificate number
   */
  certificateNumber: string;
  /**
   * 原证书发证日期 | Original date of issue
   */
  originalIssuedOn: IsoDate;
  /**
   * 原证书颁发机构 | Original issuing organisation
   */
  originalIssuer: string;
  /**
   * 出具证明的原因 | Reason for the proof
   */
  reason?: 'lost' | 'correction';
  /**
   * This interface was referenced by `Proof`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * qualcat.config.json：目录、插件、规则级别、基准日期与语言 | qualcat.config.json: catalog, plugins, rule severities, as-of date and locale
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "configDocument".
 */
export interface Config {
  /**
   * 本文件所用的 JSON Schema | The JSON Schema this file uses
   */
  $schema?: string;
  /**
   * 替代内置目录的目录文件路径（相对本配置） | Path of a catalog file replacing the built-in one (relative to this config)
   */
  catalog?: string;
  /**
   * 要加载的插件：包名（如 @qualcat/plugin-zhejiang）或相对路径（代码插件或 JSON 清单） | Plugins to load: package names (e.g. @qualcat/plugin-zhejiang) or relative paths (code plugins or JSON manifests)
   */
  plugins?: string[];
  /**
   * 按规则编号覆盖级别与选项 | Severity and options by rule id
   */
  rules?: {
    [k: string]: RuleSetting;
  };
  /**
   * 依赖“今天”的规则所用的基准日期（默认今天） | The date rules that depend on “today” use (default: today)
   */
  asOf?: IsoDate;
  locale?: ConfigLocale;
  /**
   * This interface was referenced by `Config`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 只含数据、不含代码的省级插件：规则覆盖、目录补丁、设置与消息；可在任何环境安全加载 | A provincial plugin made of data only: rule overrides, catalog patches, settings and messages; safe to load anywhere
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "pluginDocument".
 */
export interface PluginManifest {
  /**
   * 本文件所用的 JSON Schema | The JSON Schema this file uses
   */
  $schema?: string;
  /**
   * 插件编号，亦为其规则的命名空间，如 zhejiang | Plugin id, also the namespace of its rules, e.g. zhejiang
   */
  id: string;
  /**
   * 插件名称 | Plugin title
   */
  title?: string;
  source?: PluginSource;
  appliesTo?: AppliesTo;
  /**
   * 按规则编号覆盖级别与选项；未知编号是配置错误 | Severity and options by rule id; an unknown id is a config error
   */
  overrides?: {
    [k: string]: RuleSetting;
  };
  /**
   * 目录补丁：增加或修改职业 | Catalog patches: add or amend occupations
   */
  catalog?: CatalogPatch[];
  /**
   * 插件设置（如平台名称、举报电话） | Plugin settings (e.g. platform name, complaint hotlines)
   */
  settings?: {};
  /**
   * 按 规则编号 → 消息编号 → 语言 覆盖消息文本 | Message text overrides by rule id → message id → locale
   */
  messages?: {
    /**
     * 一条规则的消息 | Messages of one rule
     */
    [k: string]: {
      /**
       * 一条消息的各语言文本 | One message in each locale
       */
      [k: string]: {
        /**
         * 简体中文 | Simplified Chinese
         */
        'zh-CN'?: string;
        /**
         * 英语 | English
         */
        en?: string;
      };
    };
  };
  /**
   * This interface was referenced by `PluginManifest`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 插件依据的文件 | Document the plugin implements
 */
export interface PluginSource {
  /**
   * 文号 | Document number
   */
  document: string;
  /**
   * 印发日期 | Date issued
   */
  issuedOn?: IsoDate;
}
/**
 * 插件规则适用的文档范围 | Which documents the plugin's rules apply to
 */
export interface AppliesTo {
  /**
   * 地区代码前缀，如 ["33"] 表示浙江省全境 | Region code prefixes, e.g. ["33"] for all of Zhejiang
   */
  regions?: string[];
}
/**
 * 职业技能等级认定备案 | Filing (registration) of a skill-level recognition organisation with the HR authority
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "filing".
 */
export interface Filing {
  /**
   * 备案编号 | Filing number
   */
  number: string;
  /**
   * 备案日期 | Date of filing
   */
  filedOn: IsoDate;
  /**
   * This interface was referenced by `Filing`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 按职业资格证书培养计划招生的职业院校（含技工院校）或企业新型学徒培养计划（80号 §三） | Training programme enrolled for the qualification certificate: vocational school or enterprise apprenticeship (80号 §三)
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "trainingProgram".
 */
export interface TrainingProgram {
  /**
   * 培养计划类型 | Programme type
   */
  type: 'vocational-school' | 'apprenticeship';
  /**
   * 院校或企业名称 | Institution or enterprise name
   */
  institution: string;
  /**
   * 招生（入学）日期 | Enrolment date
   */
  enrolledOn: IsoDate;
  /**
   * This interface was referenced by `TrainingProgram`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * 一条目录补丁 | One catalog patch
 *
 * This interface was referenced by `QualcatDocuments`'s JSON-Schema
 * via the `definition` "catalogPatch".
 */
export interface CatalogPatch {
  /**
   * 操作 | Operation
   */
  op: 'add' | 'amend' | 'remove';
  /**
   * 职业名称 | Occupation name
   */
  occupation: OccupationName;
  /**
   * 新增职业所属的职业资格（op=add） | Qualification group of an added occupation (op=add)
   */
  group?: {
    /**
     * 序号 | Number
     */
    no?: number;
    /**
     * 名称 | Name
     */
    name: string;
  };
  /**
   * 职业资格类别 | Qualification category
   */
  category?: 'level-evaluation' | 'access';
  /**
   * 退出批次；准入类为 null | Exit batch; null for access-type
   */
  exit?: {
    /**
     * 批次 | Batch
     */
    batch: 1 | 2;
  } | null;
  /**
   * 实施部门 | Implementing departments
   */
  departments?: string[];
  /**
   * 补丁依据，如 浙人社办发〔2020〕27号 §一 | Basis of the patch, e.g. 27号 §一
   */
  reason?: string;
}
