import type pg from 'pg';
import { AppError } from '../../../../core/errors';
import { listAbilities, scopeSql, type AuthContext } from '../../../platform/auth';
import { RegistryPermission } from '../registry.permissions';
import { ENTERPRISE_FROM, SUMMARY_COLUMNS, type EnterpriseSummaryRow } from './enterprise-rows';
import { presentEnterprise } from './present-enterprise';
import { enterpriseAbilities, enterpriseScope } from './registry-read.policy';
import type { EnterpriseDetail } from './registry-read.schema';
import { presentSourceRecord, sourceRecordColumns, type SourceRecordRow } from './source-record-rows';

interface DetailRow extends EnterpriseSummaryRow {
  address: string | null;
  legal_rep: string | null;
  phone: string | null;
  registered_capital: number | null;
  employees: number | null;
  revenue: number | null;
  tax: number | null;
  lng: number | null;
  lat: number | null;
  community: string | null;
  entered_zone_on: string | null;
  left_zone_on: string | null;
  /** Record id → the golden fields taken from it (EnterpriseDraft's provenance). */
  provenance: Record<string, string[]>;
}

type RecordRow = SourceRecordRow & { linked_by: EnterpriseDetail['records'][number]['linkedBy']; weight: number | null };

/**
 * 企业详情 — the golden record, where each of its values came from (source, batch, row), every source record merged
 * into it and what the caller may do to it. Outside the caller's read scope it does not exist (404).
 */
export async function getEnterprise(pool: pg.Pool, zoneId: string, auth: AuthContext, id: string): Promise<EnterpriseDetail> {
  const params: unknown[] = [zoneId, id];
  const scope = scopeSql(auth.filterFor(RegistryPermission.Read), enterpriseScope, params);
  const { rows } = await pool.query<DetailRow>(
    `select ${SUMMARY_COLUMNS}, e.address, e.legal_rep, e.phone, e.registered_capital::float8 as registered_capital,
            e.employees, e.revenue::float8 as revenue, e.tax::float8 as tax, e.lng, e.lat, e.community,
            e.entered_zone_on, e.left_zone_on, e.provenance
       from ${ENTERPRISE_FROM}
      where e.zone_id = $1 and e.id = $2 and ${scope}`,
    params,
  );
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', { what: `enterprise ${id}` });
  const records = await pool.query<RecordRow>(
    `select ${sourceRecordColumns('r')}, l.linked_by, l.weight
       from registry_record_links l join registry_records r on r.id = l.record_id
      where l.enterprise_id = $1
      order by r.source_id, r.id`,
    [id],
  );
  const abilities = listAbilities(auth, enterpriseAbilities, row, { bodyId: row.body_id, townCode: row.town_code });
  return {
    ...presentEnterprise(row),
    address: row.address,
    legalRep: row.legal_rep,
    phone: row.phone,
    registeredCapital: row.registered_capital,
    employees: row.employees,
    revenue: row.revenue,
    tax: row.tax,
    lng: row.lng,
    lat: row.lat,
    community: row.community,
    enteredZoneOn: row.entered_zone_on,
    leftZoneOn: row.left_zone_on,
    provenance: presentProvenance(row.provenance, records.rows),
    records: records.rows.map((record) => ({ ...presentSourceRecord(record), linkedBy: record.linked_by, weight: record.weight })),
    abilities: { review: abilities.includes('review') },
  };
}

/**
 * Golden field → its record's source, batch and row, from the enterprise's own records. A record removed since the
 * last resolution (its source withdrawn) is still named, without source, batch or row.
 */
function presentProvenance(stored: Record<string, string[]>, records: readonly SourceRecordRow[]): EnterpriseDetail['provenance'] {
  const recordOf = new Map(records.map((record) => [record.id, record]));
  const provenance: EnterpriseDetail['provenance'] = {};
  for (const [recordId, fields] of Object.entries(stored)) {
    const record = recordOf.get(recordId);
    for (const field of fields) provenance[field] = { sourceId: record?.source_id ?? '', batchId: record?.batch_id ?? null, rowNo: record?.row_no ?? null, recordId };
  }
  return provenance;
}
