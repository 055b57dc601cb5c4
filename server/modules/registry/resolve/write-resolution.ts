/**
 * 写入归并结果 — replaces the zone's resolution in one transaction: the enterprises (upserted by their stable ids,
 * unchanged ones not rewritten, vanished ones removed), every record's link to its enterprise, and the open review
 * queue (decided pairs stay as they are). Rows are copied in (COPY), so a million records take a handful of
 * statements.
 */
import type pg from 'pg';
import type { EnterpriseLocation } from '../locate/enterprise-location';
import type { EnterpriseDraft } from './build-enterprise';
import { encodeCopyRows, sendCopy } from '../import/copy-rows';
import type { ReviewPair } from './review-rows';

/** 企业 — a golden record and where it lies. */
export type EnterpriseRow = EnterpriseDraft & { readonly location: EnterpriseLocation };

/** 归并 — a record's link to its enterprise. */
export interface LinkRow {
  readonly recordId: string;
  readonly enterpriseId: string;
  readonly weight: number | null;
  readonly linkedBy: 'credit-code' | 'model' | 'reviewer' | 'single';
}

const CHUNK = 10_000;

const ENTERPRISE_COLUMNS = [
  'id', 'credit_code', 'name', 'name_key', 'address', 'legal_rep', 'phone', 'founded_on', 'industry_code', 'industry',
  'chain_segment', 'registered_capital', 'employees', 'revenue', 'tax', 'status', 'area', 'in_zone', 'body_id', 'town_code',
  'community', 'lng', 'lat', 'located_by', 'in_directory', 'provenance', 'record_count',
] as const;

/** What a write changed. */
export interface ResolutionWrite {
  enterprisesWritten: number;
  enterprisesRemoved: number;
  linksWritten: number;
}

/**
 * 归并写入 — the enterprises, links and (at the end) the open review queue of a resolution, written on the caller's
 * connection inside its transaction. Rows are copied in as they are produced: while PostgreSQL stores one chunk,
 * the caller builds the next. `scope` limits the removal of vanished enterprises: the whole zone for a full
 * resolution, the enterprises a decision touched otherwise. A zone without enterprises yet (the first resolution)
 * is copied straight in; otherwise rows go through temporary tables so that unchanged ones are not rewritten.
 */
export class ResolutionWriter {
  private pending: Promise<void> = Promise.resolve();
  private copied = { enterprises: 0, links: 0 };

  private constructor(
    private readonly client: pg.ClientBase,
    private readonly zoneId: string,
    private readonly scope: { kind: 'zone' } | { kind: 'enterprises'; ids: readonly string[] },
    private readonly isFirst: boolean,
  ) {}

  static async open(client: pg.ClientBase, zoneId: string, scope: ResolutionWriter['scope']): Promise<ResolutionWriter> {
    const isFirst =
      scope.kind === 'zone' && (await client.query('select 1 from registry_enterprises where zone_id = $1 limit 1', [zoneId])).rowCount === 0;
    if (!isFirst) {
      await client.query(`create temp table resolved_enterprises (like registry_enterprises including defaults) on commit drop`);
      await client.query(`create temp table resolved_links (like registry_record_links) on commit drop`);
    }
    return new ResolutionWriter(client, zoneId, scope, isFirst);
  }

  /**
   * Queues the rows (enterprises before the links that refer to them); returns once the previous rows are stored.
   * The rows are encoded first, while PostgreSQL may still be storing the previous ones.
   */
  async add(enterprises: readonly EnterpriseRow[], links: readonly LinkRow[]): Promise<void> {
    const enterpriseData = encodeCopyRows(enterprises.map((e) => enterpriseValues(this.zoneId, e)));
    const linkData = encodeCopyRows(links.map((l) => [l.recordId, l.enterpriseId, l.weight, l.linkedBy]));
    await this.pending;
    const tables = this.isFirst ? { enterprises: 'registry_enterprises', links: 'registry_record_links' } : { enterprises: 'resolved_enterprises', links: 'resolved_links' };
    const enterpriseCopy = sendCopy(this.client, tables.enterprises, ['zone_id', ...ENTERPRISE_COLUMNS], enterpriseData);
    const linkCopy = sendCopy(this.client, tables.links, LINK_COLUMNS, linkData);
    this.copied.enterprises += enterprises.length;
    this.copied.links += links.length;
    this.pending = Promise.all([enterpriseCopy, linkCopy]).then(() => undefined);
    // Failures surface at the next add or at finish; until then they must not count as unhandled.
    this.pending.catch(() => undefined);
  }

  /** Stores what is left, moves the rows into place and replaces the open review queue (when given). */
  async finish(reviews?: readonly ReviewPair[]): Promise<ResolutionWrite> {
    await this.pending;
    const { client, zoneId, scope } = this;
    if (this.isFirst) {
      if (reviews) await replaceOpenReviews(client, zoneId, reviews);
      return { enterprisesWritten: this.copied.enterprises, enterprisesRemoved: 0, linksWritten: this.copied.links };
    }
    await client.query('analyze resolved_enterprises');
    await client.query('analyze resolved_links');
    const columns = ENTERPRISE_COLUMNS.join(', ');
    const written = await client.query(
      `insert into registry_enterprises as e (zone_id, ${columns}, updated_at)
       select zone_id, ${columns}, now() from resolved_enterprises
       on conflict (id) do update
          set (${columns}, updated_at) = (${ENTERPRISE_COLUMNS.map((c) => `excluded.${c}`).join(', ')}, now())
        where (${ENTERPRISE_COLUMNS.map((c) => `e.${c}`).join(', ')}) is distinct from (${ENTERPRISE_COLUMNS.map((c) => `excluded.${c}`).join(', ')})`,
    );
    const links = await client.query(
      `insert into registry_record_links as l (record_id, enterprise_id, weight, linked_by)
       select record_id, enterprise_id, weight, linked_by from resolved_links
       on conflict (record_id) do update
          set enterprise_id = excluded.enterprise_id, weight = excluded.weight, linked_by = excluded.linked_by
        where (l.enterprise_id, l.weight, l.linked_by) is distinct from (excluded.enterprise_id, excluded.weight, excluded.linked_by)`,
    );
    const removed =
      scope.kind === 'zone'
        ? await client.query(
            `delete from registry_enterprises e
              where e.zone_id = $1 and not exists (select 1 from resolved_enterprises r where r.id = e.id)`,
            [zoneId],
          )
        : await client.query(
            `delete from registry_enterprises e
              where e.zone_id = $1 and e.id = any($2::text[]) and not exists (select 1 from resolved_enterprises r where r.id = e.id)`,
            [zoneId, scope.ids],
          );
    if (reviews) await replaceOpenReviews(client, zoneId, reviews);
    return { enterprisesWritten: written.rowCount ?? 0, enterprisesRemoved: removed.rowCount ?? 0, linksWritten: links.rowCount ?? 0 };
  }
}

const LINK_COLUMNS = ['record_id', 'enterprise_id', 'weight', 'linked_by'] as const;

function enterpriseValues(zoneId: string, e: EnterpriseRow): unknown[] {
  const l = e.location;
  return [
    zoneId, e.id, e.creditCode, e.name, e.nameKey, e.address, e.legalRep, e.phone, e.foundedOn, e.industryCode, e.industry, e.chainSegment,
    e.registeredCapital, e.employees, e.revenue, e.tax, e.status, l.area, l.inZone, l.bodyId, l.townCode, l.community, l.lng, l.lat,
    l.locatedBy, e.inDirectory, e.provenance, e.recordCount,
  ];
}

/** The open queue is recomputed; pairs already decided keep their decided row (a decided pair is not asked again). */
async function replaceOpenReviews(client: pg.ClientBase, zoneId: string, reviews: readonly ReviewPair[]): Promise<void> {
  await client.query(`delete from registry_review_items where zone_id = $1 and status = 'open'`, [zoneId]);
  for (let at = 0; at < reviews.length; at += CHUNK) {
    const chunk = reviews.slice(at, at + CHUNK);
    await client.query(
      `insert into registry_review_items (zone_id, record_a, record_b, weight, explanation, enterprise_a, enterprise_b, town_code, body_id)
       select $1, least(t.l, t.r), greatest(t.l, t.r), t.weight, case when t.l < t.r then t.explanation else t.swapped end,
              case when t.l < t.r then t.el else t.er end, case when t.l < t.r then t.er else t.el end, t.town, t.body
         from json_to_recordset($2::json)
              as t(l text, r text, weight float8, explanation jsonb, swapped jsonb, el text, er text, town text, body text)
       on conflict (zone_id, record_a, record_b) do nothing`,
      [
        zoneId,
        JSON.stringify(chunk.map((r) => ({ l: r.left, r: r.right, weight: r.weight, explanation: r.explanation, swapped: r.swapped, el: r.enterpriseLeft, er: r.enterpriseRight, town: r.townCode, body: r.bodyId }))),
      ],
    );
  }
}
