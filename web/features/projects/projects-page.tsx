import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

// From the plan's 项目建设同步推进落实 (DESIGN.md §1, §3); no tracker issue is filed for it yet.
const plan: ModulePlan = {
  key: 'projects',
  text: {
    'zh-CN': {
      summary:
        '全面梳理 220 平方公里范围新一轮“五个一批”建设项目，形成在建、新建、储备项目清单，挂图作战，促进项目早开工、早建成、早投产。',
      users: ['区建交委、区发改委', '区规划资源局', '张江科建办', '管理局 / 街镇'],
      capabilities: [
        { title: '“五个一批”项目清单', detail: '在建、新建、储备项目的统一台账：牵头单位、计划节点、投资额和所在区域。' },
        { title: '挂图作战', detail: '在园区地图上展示项目位置和进度状态（正常、预警、滞后），可按街镇、管理主体和产业社区筛选。' },
        { title: '节点跟踪', detail: '开工、建成、投产等关键节点的计划与实际对比，临近和逾期自动提醒牵头单位。' },
        { title: '土地预收储', detail: '产业用地预收储机制和年度土地储备计划表，持续供应土地、保障项目空间需求。' },
        { title: '城市功能项目', detail: '绿化改造、商业配套、打通断头路、景观灯光与标识、东片区轨道交通等城市功能建设一并纳入跟踪。' },
        { title: '进度报送与汇总', detail: '牵头部门定期报送进度，自动汇总形成联席会议材料。' },
      ],
    },
    en: {
      summary:
        'The new round of “five batches” construction projects across the 220 km², listed as under construction, new start or reserve, and run from a war-room map so that projects start, finish and go into production early.',
      users: ['Construction and development commissions', 'District planning bureau', 'Zhangjiang Science City office', 'Administrations and towns'],
      capabilities: [
        { title: 'Project batches', detail: 'One register of projects under construction, new starts and reserve: lead unit, planned milestones, investment and location.' },
        { title: 'War-room map', detail: 'Projects on the zone map with their schedule status (on track, at risk, late), filtered by town, body and industry community.' },
        { title: 'Milestone tracking', detail: 'Planned against actual for start, completion and production; reminders to the lead unit as dates approach or pass.' },
        { title: 'Land pre-acquisition', detail: 'The industrial land pre-acquisition mechanism and the annual land reserve plan that keep space available for projects.' },
        { title: 'Urban function projects', detail: 'Greening, commercial amenities, dead-end roads, landscape lighting and signage, and eastern rail transit tracked alongside.' },
        { title: 'Progress reports', detail: 'Lead departments report progress on schedule; the reports are compiled for the joint meeting.' },
      ],
    },
  },
};

/** 项目 · 挂图作战 — shows what the project war-room will hold until that module is built. */
export function ProjectsPage() {
  return <ModulePlaceholder plan={plan} />;
}
