import type pg from 'pg';
import { scopeSql } from '../../../platform/auth';
import { likePrefix, nameBigrams, parseEnterpriseQuery } from './enterprise-query';
import { ENTERPRISE_FROM, SUMMARY_COLUMNS, type EnterpriseListContext, type EnterpriseSummaryRow } from './enterprise-rows';
import { presentEnterprise } from './present-enterprise';
import { enterpriseScope } from './registry-read.policy';
import type { EnterpriseSummary } from './registry-read.schema';

/** The most answers a lookup gives: an intake officer picks from a short list. */
export const LOOKUP_LIMIT = 10;

/**
 * How many enterprises (in name order) are searched one by one before the bigram index is asked. A query found in
 * one name of a hundred (科技, 生物医药) fills its ten answers within them, where the index would first have to
 * collect every one of its tens of thousands of matches; a rarer query finds fewer here and goes to the index,
 * which answers it in a few milliseconds.
 */
const DENSE_SAMPLE = 1000;

/**
 * 单户查找 — the enterprises an intake officer most likely means, best first: credit codes starting with what was
 * typed (a query of eight code characters or more is only a code), then names starting with it, then names
 * containing it. Names are compared as name_key is built: the zone's place names stripped (张江某某 finds 某某…);
 * a name containing the query as typed ranks first among equals. Every arm is cut off at ten rows, so the answer
 * costs about the same for a rare name as for a word that a tenth of a million enterprises contain.
 */
export async function lookupEnterprise(pool: pg.Pool, context: EnterpriseListContext, q: string): Promise<EnterpriseSummary[]> {
  const query = parseEnterpriseQuery(q, context.zonePlaceNames);
  const params: unknown[] = [context.zoneId];
  const base = `e.zone_id = $1 and ${scopeSql(context.scope, enterpriseScope, params)}`;
  const limit = `$${params.push(LOOKUP_LIMIT)}`;
  const add = (value: unknown) => `$${params.push(value)}`;
  const ctes: string[] = [];
  const arms: string[] = [];
  const arm = (rank: number, condition: string, order: string) =>
    arms.push(`(select e.id, ${rank} as rank from registry_enterprises e where ${base} and ${condition} order by ${order} limit ${limit})`);

  if (query.codePrefix) arm(0, `e.credit_code like ${add(likePrefix(query.codePrefix))}`, 'e.credit_code');
  const isCode = (query.codePrefix?.length ?? 0) >= 8;
  const key = query.broad;
  if (!isCode && key !== '') {
    for (const prefix of new Set([query.broad, query.narrow])) arm(1, `e.name_key like ${add(likePrefix(prefix))}`, 'e.name_key');
    const keyParam = add(key);
    ctes.push(`dense as (
      select s.id from (select e.id, e.name_key from registry_enterprises e where ${base} order by e.name, e.id limit ${DENSE_SAMPLE}) s
       where strpos(s.name_key, ${keyParam}) > 0 limit ${limit})`);
    arms.push('(select id, 2 as rank from dense)');
    const grams = nameBigrams(key);
    if (grams.length > 0) {
      // Skipped (a one-time filter) when the dense sample already gave ten.
      arms.push(`(select e.id, 2 as rank from registry_enterprises e
                   where ${base} and registry_name_grams(e.name_key) @> ${add(grams)}::text[] and strpos(e.name_key, ${keyParam}) > 0
                     and (select count(*) from dense) < ${limit}
                   limit ${limit})`);
    }
  }
  if (arms.length === 0) return [];
  const narrow = add(query.narrow);
  const { rows } = await pool.query<EnterpriseSummaryRow>(
    `with ${[...ctes, `candidates as (${arms.join(' union all ')})`].join(', ')},
          best as (select id, min(rank) as rank from candidates group by id)
     select ${SUMMARY_COLUMNS}
       from ${ENTERPRISE_FROM} join best on best.id = e.id
      order by best.rank, strpos(e.name_key, ${narrow}) = 0, length(e.name_key), e.name, e.id
      limit ${limit}`,
    params,
  );
  return rows.map(presentEnterprise);
}
