/**
 * 登记管理部门和机构类别代码 — positions 1 and 2 of a unified social credit code (GB 32100-2015, 附录 A, with the
 * codes added since: 2 外交, 3 司法行政, 4 文化, 6 旅游, 7 宗教, 8 工会, A 中央军委改革和编制办公室, N 农业).
 * The entity types (机构类别) depend on the authority; 9 其他 is "other" under the authorities that have it.
 */

/** A name in both languages. */
export interface BilingualName {
  zh: string;
  en: string;
}

/** 登记管理部门 — one registration authority and the entity types it registers. */
export interface CreditCodeAuthority extends BilingualName {
  types: Readonly<Record<string, BilingualName>>;
}

const OTHER: BilingualName = { zh: '其他', en: 'Other' };

export const CREDIT_CODE_AUTHORITIES: Readonly<Record<string, CreditCodeAuthority>> = {
  '1': {
    zh: '机构编制', en: 'Institutional staffing',
    types: {
      '1': { zh: '机关', en: 'Government organ' },
      '2': { zh: '事业单位', en: 'Public institution' },
      '3': { zh: '中央编办直接管理机构编制的群众团体', en: 'Mass organisation' },
      '9': OTHER,
    },
  },
  '2': {
    zh: '外交', en: 'Foreign affairs',
    types: { '1': { zh: '外国常驻新闻机构', en: 'Resident foreign news agency' }, '9': OTHER },
  },
  '3': {
    zh: '司法行政', en: 'Judicial administration',
    types: {
      '1': { zh: '律师执业机构', en: 'Law firm' },
      '2': { zh: '公证处', en: 'Notary office' },
      '3': { zh: '基层法律服务所', en: 'Grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'Forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'Arbitration commission' },
      '9': OTHER,
    },
  },
  '4': {
    zh: '文化', en: 'Culture',
    types: { '1': { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' }, '9': OTHER },
  },
  '5': {
    zh: '民政', en: 'Civil affairs',
    types: {
      '1': { zh: '社会团体', en: 'Social organisation' },
      '2': { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
      '3': { zh: '基金会', en: 'Foundation' },
      '9': OTHER,
    },
  },
  '6': {
    zh: '旅游', en: 'Tourism',
    types: {
      '1': { zh: '外国旅游部门常驻代表机构', en: 'Representative office of a foreign tourism authority' },
      '2': { zh: '港澳台地区旅游部门常驻内地（大陆）代表机构', en: 'Representative office of a Hong Kong, Macao or Taiwan tourism authority' },
      '9': OTHER,
    },
  },
  '7': {
    zh: '宗教', en: 'Religious affairs',
    types: {
      '1': { zh: '宗教活动场所', en: 'Place of religious activity' },
      '2': { zh: '宗教院校', en: 'Religious school' },
      '9': OTHER,
    },
  },
  '8': {
    zh: '工会', en: 'Trade unions',
    types: { '1': { zh: '基层工会', en: 'Grassroots trade union' }, '9': OTHER },
  },
  '9': {
    zh: '工商（市场监管）', en: 'Market regulation',
    types: {
      '1': { zh: '企业', en: 'Enterprise' },
      '2': { zh: '个体工商户', en: 'Individual business' },
      '3': { zh: '农民专业合作社', en: 'Farmers\u2019 cooperative' },
    },
  },
  A: {
    zh: '中央军委改革和编制办公室', en: 'Reform and Staffing Office of the Central Military Commission',
    types: { '1': { zh: '军队事业单位', en: 'Military public institution' }, '9': OTHER },
  },
  N: {
    zh: '农业', en: 'Agriculture',
    types: {
      '1': { zh: '组级集体经济组织', en: 'Group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'Village-level collective economic organisation' },
      '3': { zh: '乡镇级集体经济组织', en: 'Township-level collective economic organisation' },
      '9': OTHER,
    },
  },
  Y: { zh: '其他', en: 'Other', types: {} },
};
