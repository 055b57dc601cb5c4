import type { ScopeFilter } from '../../../../core/access/data-scope';
import { scopeSql } from '../../../platform/auth';
import { statisticsScope } from '../read/registry-read.policy';
import type { StatisticsFilter } from './statistics.schema';

/**
 * The WHERE clause over the pre-aggregated tables (alias c): zone, filters and the caller's scope, on the same
 * town and body columns the enterprises have. Pushes its parameters onto `params`; $1 is the zone.
 */
export function statisticsWhere(zoneId: string, scope: ScopeFilter, filter: StatisticsFilter, params: unknown[]): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  const conditions = [`c.zone_id = ${add(zoneId)}`, scopeSql(scope, statisticsScope, params)];
  if (filter.area) conditions.push(`c.area = ${add(filter.area)}`);
  if (filter.townCode) conditions.push(`c.town_code = ${add(filter.townCode)}`);
  if (filter.bodyId) conditions.push(`c.body_id = ${add(filter.bodyId)}`);
  if (filter.industry) conditions.push(`c.industry = ${add(filter.industry)}`);
  if (filter.chainSegment) conditions.push(`c.chain_segment = ${add(filter.chainSegment)}`);
  return conditions.join(' and ');
}
