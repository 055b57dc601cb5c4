/**
 * 事实目录 — the typed facts rules may read. Enterprise facts come from the registry (企业清单) and are fixed here,
 * because the registry produces them; application facts (figures an applicant declares) are declared by the zone
 * pack in policies/facts.yaml. Together they form one catalogue: a rule naming a fact outside it does not load.
 */
import type { Text } from './text';

/** 事实类型 — money is in yuan; rate is a fraction shown as a percentage; dates are 'YYYY-MM-DD'. */
export const FACT_TYPES = ['number', 'money', 'integer', 'rate', 'boolean', 'date', 'enum', 'string', 'string-list'] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** 选项 — one value of an enum fact with its label. */
export interface FactOption {
  value: string;
  label: Text;
}

/** 事实 — one typed fact: its name, type, label and (for the application form) its validation and help text. */
export interface FactDefinition {
  /** Dotted name, e.g. `location.area`, `rdSpending`. */
  name: string;
  type: FactType;
  /** enterprise: from the registry; application: declared by the applicant. */
  origin: 'enterprise' | 'application';
  label: Text;
  help?: Text;
  options?: FactOption[];
  min?: number;
  max?: number;
  pattern?: string;
  /** A derived fact is computed from this fact and the evaluation date when not given (ageYears ← foundedOn). */
  derivedFrom?: string;
}

const t = (zh: string, en: string): Text => ({ zh, en });
const options = (...pairs: [string, string, string][]): FactOption[] =>
  pairs.map(([value, zh, en]) => ({ value, label: t(zh, en) }));

/** Facts the registry knows about every enterprise of the zone. */
export const ENTERPRISE_FACTS: readonly FactDefinition[] = [
  {
    name: 'location.area',
    type: 'enum',
    origin: 'enterprise',
    label: t('所在区域', 'Area'),
    options: options(['original', '原区域（95 平方公里）', 'original area (95 km²)'], ['expansion', '扩区区域', 'expansion area'], ['outside', '科学城以外', 'outside the science city']),
  },
  { name: 'location.townCode', type: 'string', origin: 'enterprise', label: t('所在街镇代码', 'Town code'), pattern: '^\\d{9}$' },
  { name: 'location.bodyId', type: 'string', origin: 'enterprise', label: t('管理主体', 'Managing body') },
  {
    name: 'industry.code',
    type: 'string',
    origin: 'enterprise',
    label: t('国民经济行业代码（GB/T 4754）', 'Industry code (GB/T 4754)'),
    pattern: '^[A-T](\\d{2,4})?$',
  },
  {
    name: 'industry.leading',
    type: 'enum',
    origin: 'enterprise',
    label: t('主导产业', 'Leading industry'),
    options: options(
      ['biomedicine', '生物医药', 'biomedicine'],
      ['integrated-circuits', '集成电路', 'integrated circuits'],
      ['artificial-intelligence', '人工智能', 'artificial intelligence'],
      ['other', '其他', 'other'],
    ),
  },
  { name: 'industry.segment', type: 'string', origin: 'enterprise', label: t('产业链环节', 'Industry chain segment') },
  { name: 'foundedOn', type: 'date', origin: 'enterprise', label: t('成立日期', 'Date founded') },
  { name: 'ageYears', type: 'integer', origin: 'enterprise', label: t('成立年限', 'Years since founding'), derivedFrom: 'foundedOn', min: 0 },
  {
    name: 'size',
    type: 'enum',
    origin: 'enterprise',
    label: t('企业规模', 'Enterprise size'),
    options: options(['micro', '微型', 'micro'], ['small', '小型', 'small'], ['medium', '中型', 'medium'], ['large', '大型', 'large']),
  },
  { name: 'employees', type: 'integer', origin: 'enterprise', label: t('从业人数', 'Employees'), min: 0 },
  { name: 'revenue', type: 'money', origin: 'enterprise', label: t('上年营业收入', 'Revenue last year'), min: 0 },
  {
    name: 'creditStatus',
    type: 'enum',
    origin: 'enterprise',
    label: t('信用状况', 'Credit status'),
    options: options(['good', '良好', 'good'], ['watch', '关注', 'under watch'], ['seriously-dishonest', '严重失信', 'seriously dishonest']),
  },
  { name: 'registeredInZone', type: 'boolean', origin: 'enterprise', label: t('注册地在园区内', 'Registered in the zone') },
  { name: 'taxedInZone', type: 'boolean', origin: 'enterprise', label: t('税收户管在园区内', 'Taxed in the zone') },
];

/** 事实目录 — every fact by name. */
export type FactCatalogue = Readonly<Record<string, FactDefinition>>;
