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
};
