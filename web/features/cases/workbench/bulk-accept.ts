import { requestJson } from '../../../app/api';
import { actOnCaseBriefly, casePath, type CaseDetail } from '../cases-api';

/** 批量受理结果 */
export interface BulkAcceptResult {
  accepted: string[];
  /** Cases whose abilities no longer include accept (someone acted first, or it is not this user's to accept). */
  skipped: string[];
  failed: { caseNumber: string; message: string }[];
}

/**
 * Accepts each chosen case that the server still offers this user to accept, one after another with the version
 * just read, so a case that moved on meanwhile is skipped rather than forced.
 */
export async function acceptCases(caseIds: readonly string[]): Promise<BulkAcceptResult> {
  const result: BulkAcceptResult = { accepted: [], skipped: [], failed: [] };
  for (const id of caseIds) {
    let caseNumber = id;
    try {
      const detail = await requestJson<CaseDetail>(casePath(id));
      caseNumber = detail.caseNumber;
      if (!detail.abilities.includes('accept')) {
        result.skipped.push(caseNumber);
        continue;
      }
      // Only the outcome is used: the list reloads once all are done.
      await actOnCaseBriefly(id, 'accept', detail.version, {});
      result.accepted.push(caseNumber);
    } catch (error) {
      result.failed.push({ caseNumber, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
