/**
 * 权限名称 — labels of the permissions the UI knows, keyed by their ids (`accounts.user.read` is read as
 * accounts → user → read). The server declares the same labels but does not publish them yet.
 */
export const permissionNamesZh = {
  accounts: {
    user: { read: '查看用户', manage: '管理用户' },
    role: { read: '查看角色', manage: '管理角色' },
    grant: { read: '查看授权', manage: '授予和撤销角色' },
    unit: { read: '查看组织与企业单位' },
    registration: { read: '查看企业注册申请', verify: '审核企业注册申请' },
    token: { manage: '管理本人的 API 令牌' },
  },
  audit: {
    read: '查询和导出审计日志',
    verify: '校验审计日志链',
  },
  territory: {
    read: '查看区域地图、空间定位与办件路线',
    layer: { import: '导入官方边界图层' },
  },
  registry: {
    read: '查看企业清单、统计与覆盖报告',
    import: '导入来源数据并重新归并',
    review: '审核疑似重复、拆分企业、手工定位',
  },
  policies: {
    match: '政策找企业：查看和导出符合条件的企业',
    simulate: '起草参数修改并模拟测算',
    edit: '发布政策新版本',
  },
  cases: {
    apply: '以企业身份申请办件、上传材料',
    read: '查看数据范围内的办件',
    act: '办理办件（可执行的操作由流程决定）',
    supervise: '督办：查看各主体超期办件',
    calendar: { manage: '维护工作日历调整（补班、调休）' },
  },
};
