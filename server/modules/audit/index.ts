export { auditRoutes } from './audit.routes';
export { AuditPermission } from './audit.permissions';
