import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

const plan: ModulePlan = {
  key: 'policies',
  issue: 6,
  text: {
    'zh-CN': {
      summary:
        '把张江科学城专项发展资金和人才政策写成带版本、可执行的规则，做到统一政策口径、统一审核标准：在任何窗口，同一家企业得到同样的结论，并能说清依据。',
      users: ['区科经委、区财政局', '区委组织部、区人社局', '企业', '联席会议'],
      capabilities: [
        { title: '政策目录', detail: '专项资金：研发投入增长、集成电路流片与 EDA/IP、创新药分阶段、细胞与基因治疗、首台套、公共技术平台、孵化器与加速器、总部与迁入；人才政策：直接落户推荐、居转户缩短年限、人才公寓与租房补贴。' },
        { title: '规则即代码', detail: '政策版本与生效日期，带法规依据的参数，资格条件，金额公式（比例、封顶、阶梯、年度总额上限、不重复资助），申报材料、表单和评审标准。' },
        { title: '可解释的判定', detail: '每次判定给出结论、金额、所用版本和逐条依据；信息不全时结论为“待定”并列出缺项，从不默认为不符合。' },
        { title: '政策找企业（免申即享）', detail: '用全部政策比对企业清单，列出符合和可能符合的企业及理由；企业登录后看到“您可能符合的政策”。' },
        { title: '政策模拟', detail: '在草稿版本中调整参数，与现行版本比较受益企业数和资金总额及其在街镇、主体、行业间的分布，供联席会议决策。' },
        { title: '政策自测', detail: '企业或访客回答政策需要的问题，即可看到中文或英文的“为什么符合 / 为什么不符合”。' },
      ],
    },
    en: {
      summary:
        'The special development fund and the talent policies written as versioned, executable rules: one set of criteria and one review standard, so that every window gives the same firm the same answer and can say why.',
      users: ['Science and economy commission, finance bureau', 'Organisation and human resources bureaus', 'Enterprises', 'Joint meeting'],
      capabilities: [
        { title: 'Policy catalogue', detail: 'Special fund: R&D growth, IC tape-out and EDA/IP, innovative drugs by stage, cell and gene therapy, first-set equipment, public platforms, incubators and accelerators, headquarters. Talent: hukou recommendation, shorter residence-to-hukou, talent housing and rent subsidy.' },
        { title: 'Rules as code', detail: 'Versions with effective dates, parameters with legal references, eligibility conditions, amount formulas (shares, caps, tiers, annual ceilings, no double funding), materials, forms and review rubrics.' },
        { title: 'Explained decisions', detail: 'Each evaluation returns the result, amount, version and a trace of every condition; missing facts give “undetermined” with the list of what is missing, never a silent no.' },
        { title: 'Proactive matching', detail: 'Every policy evaluated against the enterprise list: who qualifies or likely qualifies, and why; enterprises see the policies they may qualify for.' },
        { title: 'Simulation', detail: 'Change parameters in a draft and compare with the version in force: who gains or loses eligibility and the total amount, by town, body and industry, for the joint meeting to decide.' },
        { title: 'Self-check', detail: 'Enterprises or visitors answer a policy’s questions and get “why / why not” in Chinese or English.' },
      ],
    },
  },
};

/** 政策 — shows what the policy rules module will hold until issue 6 builds it. */
export function PoliciesPage() {
  return <ModulePlaceholder plan={plan} />;
}
