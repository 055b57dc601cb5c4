import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

const plan: ModulePlan = {
  key: 'registry',
  issue: 5,
  text: {
    'zh-CN': {
      summary:
        '形成 220 平方公里范围内唯一、去重、可追溯的企业清单：汇集市场监管、税务、统计名录和各主体的企业名单，归并为一家一条，支撑全域统计、应统尽统。',
      users: ['区统计局', '张江科建办', '管理局 / 街镇', '受理窗口人员'],
      capabilities: [
        { title: '统一社会信用代码校验', detail: '按 GB 32100-2015 校验代码和校验位，核对内嵌的组织机构代码，并解析登记管理部门、机构类别和行政区划。' },
        { title: '多来源导入', detail: '导入各来源的 CSV 和 Excel，自动识别 UTF-8 与 GBK 编码，按来源配置字段映射，逐值记录来源、批次和行号；错误行可下载，重复导入不产生变化。' },
        { title: '企业归并', detail: '同一信用代码即同一企业；无代码的记录按名称、地址、法定代表人、电话和成立日期进行可解释的概率匹配，疑似重复进入复核队列，可合并、可拆分。' },
        { title: '定位与产业分类', detail: '通过区域判定落到原区域或扩区区域、街镇、管理主体和产业社区；国民经济行业分类映射到生物医药、集成电路、人工智能三大产业及其产业链环节。' },
        { title: '应统尽统核查', detail: '列出在园区内注册或纳税却不在统计名录中的企业，以及名录中位于园区外的企业，按街镇和管理主体汇总并导出 Excel。' },
        { title: '统计看板', detail: '按区域、街镇、主体、产业社区、行业统计企业数、注册资本、从业人员、营业收入和税收，含时间趋势、专题地图和 Excel 导出。' },
      ],
    },
    en: {
      summary:
        'One complete, deduplicated and traceable list of the enterprises in the 220 km²: records from market regulation, tax, the statistics directory and each body’s own list, reconciled into one record per firm, so that statistics count every firm.',
      users: ['District statistics bureau', 'Zhangjiang Science City office', 'Administrations and towns', 'Intake officers'],
      capabilities: [
        { title: 'Credit code validation', detail: 'GB 32100-2015 check characters, the embedded organisation code check, and decoding of the registration authority, entity type and area code.' },
        { title: 'Multi-source import', detail: 'CSV and Excel from each source, UTF-8 or GBK detected, a column mapping per source, provenance of every value; failed rows are reported for download and importing a file twice changes nothing.' },
        { title: 'Entity resolution', detail: 'One credit code is one enterprise; records without one are matched on name, address, legal representative, phone and founding date with an explainable model, and doubtful pairs go to a review queue to merge or unmerge.' },
        { title: 'Location and industry', detail: 'Each enterprise placed in area, town, body and industry community; national industry codes mapped to biomedicine, integrated circuits, AI and their chain segments.' },
        { title: 'Coverage check', detail: 'Enterprises registered or paying tax in the zone but missing from the statistics directory, and directory entries outside the zone, by town and body, with an Excel export.' },
        { title: 'Statistics dashboard', detail: 'Counts, registered capital, employees, revenue and tax by area, town, body, community and industry, over time, as charts, a map and Excel.' },
      ],
    },
  },
};

/** 企业清单 — shows what the enterprise registry will hold until issue 5 builds it. */
export function RegistryPage() {
  return <ModulePlaceholder plan={plan} />;
}
