/**
 * 待审核项 — one pair of the review queue, as a decision answers it; presented like the read side's queue. (The read
 * side's list presents its rows the same way; when it exports a single-item reader this one can go.)
 */
import type pg from 'pg';
import { AppError } from '../../../../core/errors';
import { weightToProbability } from '../../../../core/registry';
import { listAbilities, scopeSql, type AuthContext } from '../../../platform/auth';
import { enterpriseAbilities, reviewItemScope } from '../read/registry-read.policy';
import type { ReviewItem } from '../read/registry-read.schema';
import { presentSourceRecord, sourceRecordColumns, type SourceRecordRow } from '../read/source-record-rows';
import { RegistryPermission } from '../registry.permissions';

interface ItemRow {
  id: number;
  status: 'open' | 'decided';
  weight: number;
  explanation: { probability?: number; steps?: Array<{ field: string; level: string; weight: number; left?: string | null; right?: string | null }> };
  enterprise_a: string | null;
  enterprise_b: string | null;
  town_code: string | null;
  body_id: string | null;
  a: SourceRecordRow;
  b: SourceRecordRow;
}

export async function getReviewItem(pool: pg.Pool, zoneId: string, auth: AuthContext, id: number): Promise<ReviewItem> {
  const params: unknown[] = [zoneId, id];
  const scope = scopeSql(auth.filterFor(RegistryPermission.Read), reviewItemScope, params);
  const { rows } = await pool.query<ItemRow>(
    `select i.id, i.status, i.weight, i.explanation, i.enterprise_a, i.enterprise_b, i.town_code, i.body_id,
            (select row_to_json(x) from (select ${sourceRecordColumns('ra')}) x) as a,
            (select row_to_json(x) from (select ${sourceRecordColumns('rb')}) x) as b
       from registry_review_items i
       join registry_records ra on ra.id = i.record_a
       join registry_records rb on rb.id = i.record_b
      where i.zone_id = $1 and i.id = $2 and ${scope}`,
    params,
  );
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', { what: `review item ${id}` });
  const abilities = listAbilities(auth, enterpriseAbilities, row, { bodyId: row.body_id, townCode: row.town_code });
  return {
    id: row.id,
    status: row.status,
    weight: row.weight,
    probability: row.explanation.probability ?? weightToProbability(row.weight),
    recordA: presentSourceRecord(row.a),
    recordB: presentSourceRecord(row.b),
    enterpriseA: row.enterprise_a,
    enterpriseB: row.enterprise_b,
    steps: (row.explanation.steps ?? []).map((s) => ({ field: s.field, level: s.level, weight: s.weight, valueA: s.left ?? null, valueB: s.right ?? null })),
    abilities: { review: abilities.includes('review') && row.status === 'open' },
  };
}
