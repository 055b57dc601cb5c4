/**
 * 企业查询 SQL — the columns an enterprise summary needs, with its town and body names joined from the organisation
 * units, and the WHERE clause that every list, count and export shares: zone, filters, query and the caller's scope.
 */
import type { ScopeFilter } from '../../../../core/access/data-scope';
import { scopeSql } from '../../../platform/auth';
import { likePrefix, nameBigrams, parseEnterpriseQuery } from './enterprise-query';
import { enterpriseScope } from './registry-read.policy';
import type { EnterpriseFilter } from './registry-read.schema';

/** One enterprise summary as selected (snake_case, straight from the database). */
export interface EnterpriseSummaryRow {
  id: string;
  credit_code: string | null;
  name: string;
  town_code: string | null;
  town_name: string | null;
  body_id: string | null;
  body_name: string | null;
  area: string | null;
  industry: string | null;
  chain_segment: string | null;
  industry_code: string | null;
  founded_on: string | null;
  status: 'active' | 'deregistered';
  in_directory: boolean;
  record_count: number;
  located_by: string | null;
}

export const SUMMARY_COLUMNS = `e.id, e.credit_code, e.name, e.town_code, t.name as town_name, e.body_id, b.name as body_name,
  e.area, e.industry, e.chain_segment, e.industry_code, e.founded_on, e.status, e.in_directory, e.record_count, e.located_by`;

/** registry_enterprises e with the names of its town (a 9-digit code) and body. */
export const ENTERPRISE_FROM = `registry_enterprises e
  left join org_units t on t.zone_id = e.zone_id and t.kind = 'town' and t.code = e.town_code and t.retired_at is null
  left join org_units b on b.id = e.body_id and b.kind = 'body'`;

/** What narrows a list besides the filters: the zone, the caller's read scope and the zone's place names. */
export interface EnterpriseListContext {
  zoneId: string;
  scope: ScopeFilter;
  zonePlaceNames: readonly string[];
}

/** The WHERE clause (without the keyword) for the filters; pushes its parameters onto `params`. */
export function enterpriseWhere(context: EnterpriseListContext, filter: EnterpriseFilter, params: unknown[]): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  const conditions = [`e.zone_id = ${add(context.zoneId)}`, scopeSql(context.scope, enterpriseScope, params)];
  if (filter.area) conditions.push(`e.area = ${add(filter.area)}`);
  if (filter.townCode) conditions.push(`e.town_code = ${add(filter.townCode)}`);
  if (filter.bodyId) conditions.push(`e.body_id = ${add(filter.bodyId)}`);
  if (filter.industry) conditions.push(`e.industry = ${add(filter.industry)}`);
  if (filter.chainSegment) conditions.push(`e.chain_segment = ${add(filter.chainSegment)}`);
  if (filter.inDirectory !== undefined) conditions.push(`e.in_directory = ${add(filter.inDirectory)}`);
  if (filter.located !== undefined) conditions.push(filter.located ? 'e.located_by is not null' : 'e.located_by is null');
  if (filter.status) conditions.push(`e.status = ${add(filter.status)}`);
  if (filter.q) conditions.push(queryMatch(filter.q, context.zonePlaceNames, params));
  return conditions.join(' and ');
}

/**
 * An enterprise matches a query when its credit code starts with it, or its name_key contains the query's core
 * name: the bigram index narrows, strpos confirms. Both arms use an index, so PostgreSQL can OR two bitmaps.
 */
function queryMatch(q: string, zonePlaceNames: readonly string[], params: unknown[]): string {
  const query = parseEnterpriseQuery(q, zonePlaceNames);
  const arms: string[] = [];
  if (query.codePrefix) arms.push(`e.credit_code like $${params.push(likePrefix(query.codePrefix))}`);
  arms.push(nameContains(query.broad, params));
  return `(${arms.join(' or ')})`;
}

/** name_key contains `key` (a prefix test when the key is one character long, which has no bigram; none when empty). */
export function nameContains(key: string, params: unknown[]): string {
  if (key === '') return 'false';
  const grams = nameBigrams(key);
  if (grams.length === 0) return `e.name_key like $${params.push(likePrefix(key))}`;
  const gramsParam = `$${params.push(grams)}::text[]`;
  return `(registry_name_grams(e.name_key) @> ${gramsParam} and strpos(e.name_key, $${params.push(key)}) > 0)`;
}
