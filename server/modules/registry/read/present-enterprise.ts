import type { EnterpriseSummaryRow } from './enterprise-rows';
import type { EnterpriseSummary } from './registry-read.schema';

/** An enterprise summary for the API (camelCase; town and body names as the zone's organisation units have them). */
export function presentEnterprise(row: EnterpriseSummaryRow): EnterpriseSummary {
  return {
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    townCode: row.town_code,
    townName: row.town_name,
    bodyId: row.body_id,
    bodyName: row.body_name,
    area: row.area,
    industry: row.industry,
    chainSegment: row.chain_segment,
    industryCode: row.industry_code,
    foundedOn: row.founded_on,
    status: row.status,
    inDirectory: row.in_directory,
    recordCount: row.record_count,
    locatedBy: row.located_by,
  };
}
