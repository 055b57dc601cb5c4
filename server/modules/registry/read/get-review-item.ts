import type pg from 'pg';
import { AppError } from '../../../../core/errors';
import { scopeSql, type AuthContext } from '../../../platform/auth';
import { RegistryPermission } from '../registry.permissions';
import { reviewItemScope } from './registry-read.policy';
import type { ReviewItem } from './registry-read.schema';
import { presentReviewItem, REVIEW_ITEM_SELECT, type ReviewItemRow } from './review-item-rows';

/** 待审核项 — one pair of the review queue as the list presents it; outside the caller's read scope it does not exist. */
export async function getReviewItem(pool: pg.Pool, zoneId: string, auth: AuthContext, id: number): Promise<ReviewItem> {
  const params: unknown[] = [zoneId, id];
  const scope = scopeSql(auth.filterFor(RegistryPermission.Read), reviewItemScope, params);
  const { rows } = await pool.query<ReviewItemRow>(`${REVIEW_ITEM_SELECT} where i.zone_id = $1 and i.id = $2 and ${scope}`, params);
  if (!rows[0]) throw new AppError('NOT_FOUND', { what: `review item ${id}` });
  return presentReviewItem(auth, rows[0]);
}
