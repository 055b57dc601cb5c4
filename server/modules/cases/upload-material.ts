/**
 * 上传材料 — an enterprise uploads one file for a policy material before submitting: size within the limit, type by
 * content (not by name), sha256 computed here; the bytes go into the database so that a backup includes them.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../core/errors';
import type { AuthContext } from '../../platform/auth';
import type { CasesContext } from './cases-routes-options';
import { insertMaterial, type MaterialRow } from './cases.repository';
import { sniffMaterial } from './sniff-material';
import { getActingEnterprise } from './submit-case';

/** 20 MB: scans of certificates and audit reports fit; larger files are usually mistakes. */
export const MATERIAL_LIMIT_BYTES = 20 * 1024 * 1024;

export async function uploadMaterial(ctx: CasesContext, auth: AuthContext, input: { name: string; materialId: string; content: Buffer }): Promise<MaterialRow> {
  const enterprise = await getActingEnterprise(ctx.pool, auth);
  const { name, content } = input;
  if (content.length === 0) throw new AppError('CASE_MATERIAL_SIZE_INVALID', { name, reason: 'the file is empty' });
  if (content.length > MATERIAL_LIMIT_BYTES) throw new AppError('CASE_MATERIAL_SIZE_INVALID', { name, reason: `larger than ${MATERIAL_LIMIT_BYTES} bytes` });
  const type = sniffMaterial(name, content);
  return insertMaterial(ctx.pool, {
    enterpriseUnitId: enterprise.unitId,
    uploadedBy: auth.user.id,
    materialId: input.materialId,
    name,
    mediaType: type.mediaType,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  });
}
