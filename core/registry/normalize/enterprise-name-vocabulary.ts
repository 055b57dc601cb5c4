/**
 * 企业名称词表 — the words that enterprise-name normalisation recognises: 组织形式 (legal forms), 分支机构 markers,
 * 行政区划 prefixes, and 行业/经营特点 words. A name is 区域 + 字号 + 行业 + 组织形式 (企业名称登记管理规定); these
 * lists let the normaliser peel off everything but the 字号 and the industry words.
 */

/** 组织形式 — a legal form, folded so that spellings of one form compare equal (有限公司 = 有限责任公司). */
export type LegalForm =
  | 'limited'
  | 'joint-stock'
  | 'general-partnership'
  | 'special-general-partnership'
  | 'limited-partnership'
  | 'partnership'
  | 'sole-proprietorship'
  | 'company';

/** Suffixes at the end of a name, longest first. */
export const LEGAL_FORM_SUFFIXES: ReadonlyArray<readonly [string, LegalForm]> = [
  ['股份有限公司', 'joint-stock'],
  ['有限责任公司', 'limited'],
  ['有限公司', 'limited'],
  ['股份公司', 'joint-stock'],
  ['个人独资企业', 'sole-proprietorship'],
  ['合伙企业', 'partnership'],
  ['公司', 'company'],
];

/** Bracketed forms of partnership, anywhere in the name: 某某创业投资合伙企业（有限合伙）. */
export const PARTNERSHIP_FORMS: ReadonlyArray<readonly [string, LegalForm]> = [
  ['特殊普通合伙', 'special-general-partnership'],
  ['普通合伙', 'general-partnership'],
  ['有限合伙', 'limited-partnership'],
];

/** Words that end a branch's name (分支机构); the text between the parent's legal form and the marker is its label. */
export const BRANCH_MARKERS: readonly string[] = ['分公司', '分厂', '分店', '分部', '营业部', '办事处', '分所', '分中心'];

/** 集团 before the legal form marks a group parent, which is a different entity from its namesake operating company. */
export const GROUP_WORD = '集团';

/**
 * Region names that may precede or be bracketed into a name. Zone-specific place names (towns, parks) are passed in
 * by the caller; these are the ones every Shanghai registry carries.
 */
export const DEFAULT_REGION_NAMES: readonly string[] = [
  '中华人民共和国', '中国', '上海市', '上海', '浦东新区', '浦东',
];

/**
 * 行业表述 — industry and business words, matched longest first from the end of the core name; what is left in
 * front is the 字号 (trade name).
 */
export const INDUSTRY_WORDS: readonly string[] = [
  // biomedicine
  '生物医药', '生物科技', '生物技术', '生物工程', '生物制药', '医药科技', '医疗科技', '医疗器械', '医疗技术', '医学检验',
  '医药', '药业', '制药', '生物', '基因', '细胞', '诊断', '医疗', '健康', '医学', '药物', '器械', '试剂',
  // integrated circuits
  '集成电路', '半导体', '微电子', '电子', '芯片', '光电', '材料', '新材料', '设备', '装备', '封装', '测试', '精密',
  // AI and software
  '人工智能', '智能', '信息技术', '信息', '数据', '软件', '网络', '通信', '机器人', '自动化', '系统', '计算', '互联网',
  '云计算', '数字', '智造',
  // general
  '科技', '技术', '发展', '实业', '投资', '管理', '咨询', '服务', '贸易', '商贸', '商务', '进出口', '国际贸易',
  '电子商务', '工程', '建设', '建筑', '物业', '餐饮', '文化', '传媒', '广告', '设计', '检测', '研究', '研发', '开发',
  '制造', '工业', '环保', '能源', '新能源', '物流', '供应链', '电气', '机械', '仪器', '控股', '企业管理', '资产管理',
  '投资管理', '创业投资', '股权投资', '教育', '培训', '产业', '园区',
];
