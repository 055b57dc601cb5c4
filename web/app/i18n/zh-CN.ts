/**
 * 中文文案 — the reference catalogue of UI strings. Its shape is the type every other language must match
 * (see en.ts), so a key missing in a translation is a type error rather than a blank label.
 */
import { accountsZh } from './sections/accounts.zh-CN';
import { auditZh } from './sections/audit.zh-CN';
import { authZh } from './sections/auth.zh-CN';
import { permissionNamesZh } from './sections/permission-names.zh-CN';
import { casesZh } from './sections/cases.zh-CN';
import { policiesZh } from './sections/policies.zh-CN';
import { profileZh } from './sections/profile.zh-CN';
import { registryZh } from './sections/registry.zh-CN';
import { territoryZh } from './sections/territory.zh-CN';
import type { WidenStrings } from './widen';

const zhCN = {
  app: {
    name: '张江科学城一体化管理服务平台',
    brandTitle: '张江科学城',
    brandTagline: '一体化管理服务平台',
  },
  language: {
    label: '界面语言',
    zh: '中文',
    en: 'EN',
  },
  nav: {
    groupOverview: '总览',
    groupTerritory: '区域与企业',
    groupServices: '政务服务',
    groupCoordination: '统筹推进',
    groupAdmin: '系统管理',
    home: '首页',
    territory: '区域地图',
    registry: '企业清单',
    policies: '政策',
    cases: '办件',
    approvals: '委托审批',
    projects: '项目 · 挂图作战',
    meetings: '联席会议 · 督办',
    investment: '招商服务',
    accounts: '账号与权限',
    audit: '审计日志',
    collapse: '收起菜单',
    expand: '展开菜单',
  },
  status: {
    checking: '正在检查服务状态…',
    ok: '服务正常',
    degraded: '服务异常',
    unreachable: '无法连接服务器',
    database: '数据库：{{kind}}',
    databaseEmbedded: '内置 PostgreSQL',
    databaseExternal: '外部 PostgreSQL',
    version: '版本 {{version}}',
    migration: '数据结构版本 {{level}}',
  },
  common: {
    retry: '重试',
    loadFailed: '加载失败',
    requestId: '请求编号：{{id}}',
    backHome: '返回首页',
    verified: '已核实',
    unverified: '待核实',
    source: '来源：{{source}}',
    none: '—',
    actions: '操作',
    status: '状态',
    add: '添加',
    create: '创建',
    edit: '编辑',
    save: '保存',
    remove: '移除',
    search: '查询',
    reset: '重置',
    copy: '复制',
    copied: '已复制',
    exportCsv: '导出 CSV',
    total: '共 {{count}} 条',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    badResponse: '服务器返回了无法识别的响应（HTTP {{status}}）',
    notFoundTitle: '页面不存在',
    notFoundBody: '您访问的页面不存在或已移动。',
    crashTitle: '页面出错了',
    crashBody: '页面遇到意外错误，请刷新后重试。如问题持续，请联系平台管理员。',
    forbiddenTitle: '无权访问',
    forbiddenBody: '您当前代表的单位没有查看此页面的权限。如您在其他单位任职，可在右上角切换单位。',
  },
  home: {
    title: '科学城概览',
    subtitle: '《张江科学城扩区提质三年行动方案（2022—2024年）》：由原 95 平方公里扩展至 220 平方公里，统一受理、统一口径、统一审核、统一管理。',
    counts: {
      towns: '街镇',
      bodies: '管理主体',
      departments: '区级部门',
      workingGroups: '联席会议工作组',
      statisticalUnits: '统计单元',
    },
    countHints: {
      towns: '扩区范围内的街道和镇',
      bodies: '管理局、管委会及承担审批的镇',
      departments: '牵头或配合的区级委办局',
      workingGroups: '扩区提质联席会议下设',
      statisticalUnits: '功能区类统计单位',
    },
    /** Whole kinds of unit named as support ("各街镇全力配合"). */
    supportKinds: {
      zone: '科学城',
      'joint-meeting': '联席会议',
      'working-group': '各工作组',
      office: '各办公室',
      department: '各区级部门',
      'city-bureau': '各市级部门',
      body: '各管理主体',
      town: '各街镇',
      'statistical-unit': '各统计单元',
    },
    unverifiedHint: '待核实：名单来自参考资料中的候选，尚无官方来源确认',
    matrix: {
      title: '责任分工',
      description: '行动方案“保障措施”明确的牵头与配合单位',
      matter: '工作事项',
      lead: '牵头单位',
      support: '配合单位',
      basis: '依据',
      empty: '暂无责任分工数据',
    },
    workingGroups: {
      title: '联席会议工作组',
      description: '张江科学城扩区提质联席会议',
    },
    bodies: {
      title: '管理主体',
      description: '扩区范围内负责受理与审批的机构',
      original: '原区域',
      expansion: '扩区区域',
      delegated: '委托审批',
      approvalMark: '以张江科学城名义接受区级部门委托审批，文件落款加注“{{mark}}”标注',
    },
    towns: {
      title: '街镇',
      description: '扩区范围内的街镇及统计用区划代码',
    },
  },
  territory: territoryZh,
  registry: registryZh,
  placeholder: {
    badge: '建设中',
    plannedIn: '需求 #{{issue}}',
    capabilities: '将提供的功能',
    users: '主要使用者',
    notice: '本模块正在建设，上线后将在此处提供以下功能。',
  },
  auth: authZh,
  profile: profileZh,
  accounts: accountsZh,
  audit: auditZh,
  permissionNames: permissionNamesZh,
  policies: policiesZh,
  cases: casesZh,
};

export default zhCN;

/** The shape of the UI catalogue: every leaf is a string, whatever the language. */
export type Messages = WidenStrings<typeof zhCN>;
