/** 政策目录存取 — the stored rule files of the zone pack, the zone's source ids, and the published revisions. */
import type pg from 'pg';
import type { LiteralValue, PolicyDocument } from '../../../core/rules';

/** A pool, or the client of a transaction that must read what it is about to change. */
export type Queryable = pg.Pool | pg.ClientBase;

/** 已发布修订 — one row of policy_revisions, with the publisher's name. */
export interface RevisionRow {
  policyId: string;
  version: number;
  validFrom: string;
  parameters: Record<string, LiteralValue>;
  note: string | null;
  publishedBy: string;
  publishedAt: Date;
}

export async function findStoredCatalogue(db: Queryable, zoneId: string): Promise<{ documents: PolicyDocument[]; sourceIds: string[] } | undefined> {
  const { rows } = await db.query<{ documents: PolicyDocument[]; sourceIds: string[] }>(
    `select c.documents, coalesce((select array_agg(s ->> 'id') from jsonb_array_elements(z.sources) s), '{}') as "sourceIds"
       from policy_catalogues c join zones z on z.id = c.zone_id
      where c.zone_id = $1`,
    [zoneId],
  );
  return rows[0];
}

export async function listRevisions(db: Queryable, zoneId: string): Promise<RevisionRow[]> {
  const { rows } = await db.query<RevisionRow>(
    `select r.policy_id as "policyId", r.version, r.valid_from as "validFrom", r.parameters, r.note,
            u.display_name as "publishedBy", r.published_at as "publishedAt"
       from policy_revisions r join users u on u.id = r.published_by
      where r.zone_id = $1
      order by r.policy_id, r.version`,
    [zoneId],
  );
  return rows;
}

/** Changes whenever the pack's rule files or the published revisions change: the catalogue is rebuilt when it does. */
export async function readCatalogueKey(db: Queryable, zoneId: string): Promise<string> {
  const { rows } = await db.query<{ key: string }>(
    `select coalesce((select content_hash from policy_catalogues where zone_id = $1), '')
            || '|' || (select count(*) || ':' || coalesce(max(published_at)::text, '') from policy_revisions where zone_id = $1) as key`,
    [zoneId],
  );
  return rows[0]!.key;
}
