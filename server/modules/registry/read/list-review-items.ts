import type pg from 'pg';
import { scopeSql, type AuthContext } from '../../../platform/auth';
import { RegistryPermission } from '../registry.permissions';
import { reviewItemScope } from './registry-read.policy';
import type { ReviewItem } from './registry-read.schema';
import { presentReviewItem, REVIEW_ITEM_SELECT, type ReviewItemRow } from './review-item-rows';

/**
 * 待审核队列 — pairs of records the model could not decide, most likely matches first, with the waterfall that
 * explains each; bounded by the caller's read scope through the location copied onto each pair.
 */
export async function listReviewItems(
  pool: pg.Pool,
  zoneId: string,
  auth: AuthContext,
  query: { status: 'open' | 'decided'; page: number; pageSize: number },
): Promise<{ items: ReviewItem[]; total: number }> {
  const params: unknown[] = [zoneId, query.status];
  const where = `i.zone_id = $1 and i.status = $2 and ${scopeSql(auth.filterFor(RegistryPermission.Read), reviewItemScope, params)}`;
  const countParams = [...params];
  const limit = `$${params.push(query.pageSize)}`;
  const offset = `$${params.push((query.page - 1) * query.pageSize)}`;
  const [page, count] = await Promise.all([
    pool.query<ReviewItemRow>(`${REVIEW_ITEM_SELECT} where ${where} order by i.weight desc, i.id limit ${limit} offset ${offset}`, params),
    pool.query<{ total: number }>(`select count(*) as total from registry_review_items i where ${where}`, countParams),
  ]);
  return { items: page.rows.map((row) => presentReviewItem(auth, row)), total: count.rows[0]!.total };
}
