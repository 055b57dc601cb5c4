import { AppError } from '../../core/errors';
import { sealAuditLog, verifyAuditChain } from '../platform/audit';
import type { Config } from '../platform/config';
import { withDatabase } from './db-commands';

/** `zjsc audit verify`: seals what awaits sealing (records written by CLI commands, say), walks the hash chain; exits non-zero naming the first tampered, missing or moved record. */
export async function auditVerifyCommand(_args: string[], config: Config): Promise<void> {
  await withDatabase(config, async (db) => {
    await sealAuditLog(db.pool);
    const { checked, problem } = await verifyAuditChain(db.pool);
    if (problem) {
      throw new AppError('AUDIT_CHAIN_BROKEN', { seq: problem.seq, kind: problem.kind, detail: problem.detail, checked });
    }
    process.stdout.write(`audit chain intact: ${checked} record(s) verified\n`);
  });
}
