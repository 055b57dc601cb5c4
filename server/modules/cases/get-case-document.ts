/** 下载文书 — the PDF of a document of a case the caller may see. */
import { AppError } from '../../../core/errors';
import type { AuthContext } from '../../platform/auth';
import type { CasesContext } from './cases-routes-options';
import { getVisibleCase } from './take-action';

export async function getCaseDocument(ctx: CasesContext, auth: AuthContext, caseId: string, documentId: string) {
  const row = await getVisibleCase(ctx, auth, caseId);
  const { rows } = await ctx.pool.query<{ kind: string; content: Buffer; sha256: string }>(
    `select kind, content, sha256 from case_documents where case_id = $1 and id::text = $2`,
    [row.id, documentId],
  );
  if (!rows[0]) throw new AppError('NOT_FOUND', { what: `document ${documentId}` });
  return { fileName: `${row.caseNumber}-${rows[0].kind}.pdf`, ...rows[0] };
}
