/** 审计权限 — who may read, export and verify the audit log. Built-in roles get them in the audit-permissions migration. */
import { declarePermissions } from '../../platform/auth';

export const AuditPermission = declarePermissions('audit', {
  Read: { id: 'audit.read', zh: '查询和导出审计日志', en: 'Search and export the audit log' },
  Verify: { id: 'audit.verify', zh: '校验审计日志链', en: 'Verify the audit hash chain' },
});
