export { auditInsertSql, writeAudit, type AuditEntry } from './write-audit';
export { sealAuditLog } from './seal-audit-log';
export { installAuditSealer } from './audit-sealer';
export { verifyAuditChain, type ChainVerification } from './verify-audit-chain';
export type { AuditRecord, ChainProblem } from './audit-chain';
export { auditMetaOf, recordAudit, SYSTEM_AUDIT_META, type AuditChange, type AuditMeta } from './audit-meta';
