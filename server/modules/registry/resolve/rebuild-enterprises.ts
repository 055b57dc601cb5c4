/**
 * 局部重建 — what a reviewer's correction changes, applied at once without a full resolution: the given sets of
 * records become the enterprises (golden records recomputed, placed again unless placed by hand), the enterprises
 * they came from are replaced, and the open review pairs that touch them follow (a pair now inside one enterprise
 * leaves the queue). The decision itself is recorded by the caller, so the next full resolution agrees.
 */
import type pg from 'pg';
import { chooseCodeOwners, prepareRecords } from '../../../../core/registry';
import type { Territory } from '../../territory';
import { assembleEnterprises, type RecordCluster } from './assemble-enterprises';
import { loadRegistryRecords } from './load-registry-records';
import { loadManualLocations, loadResolutionContext, rankOf } from './resolution-context';
import { ResolutionWriter, type LinkRow } from './write-resolution';

export interface RebuildInput {
  /** The records of each enterprise to build. */
  readonly recordSets: ReadonlyArray<readonly string[]>;
  /** The enterprises those records belong to now (replaced). */
  readonly previousEnterpriseIds: readonly string[];
  /** Records that a reviewer moved: linked by 'reviewer'. */
  readonly movedRecordIds: readonly string[];
  /** Records split off: the manual location of the enterprise they left does not follow them. */
  readonly detachedRecordIds?: readonly string[];
}

/** Builds and writes the enterprises; returns the id of each set's enterprise, in order. */
export async function rebuildEnterprises(client: pg.ClientBase, zoneId: string, territory: Territory, input: RebuildInput): Promise<string[]> {
  const context = await loadResolutionContext(client, zoneId, territory);
  const records = await loadRegistryRecords(client, zoneId, input.recordSets.flat());
  const prepared = prepareRecords(records, { regionNames: context.regionNames });
  const indexOf = new Map(records.map((r, i) => [r.id, i]));
  const takenCodes = await listCodesTakenElsewhere(client, zoneId, prepared.flatMap((p) => (p.validCode ? [p.validCode] : [])), input.previousEnterpriseIds);

  // The same rule as a full resolution, so that the next one keeps the code where this correction put it.
  const order = context.survivorship.sourceOrder;
  const memberLists = input.recordSets.map((set) => set.map((id) => indexOf.get(id)!).sort((a, b) => a - b));
  const codes = chooseCodeOwners(
    memberLists.map((members) => members.flatMap((i) => (prepared[i]!.validCode ? [{ code: prepared[i]!.validCode!, source: records[i]!.source, recordId: records[i]!.id }] : []))),
    (source) => rankOf(order, source),
    takenCodes,
  );
  const clusters: RecordCluster[] = memberLists.map((members, k) => ({ members, creditCode: codes[k]! }));

  const current = await client.query<{ record_id: string; weight: number | null; linked_by: LinkRow['linkedBy'] }>(
    'select record_id, weight, linked_by from registry_record_links where record_id = any($1::text[])',
    [records.map((r) => r.id)],
  );
  const currentLinks = new Map(current.rows.map((r) => [r.record_id, r]));
  const moved = new Set(input.movedRecordIds);
  const manual = await loadManualLocations(client, zoneId, input.previousEnterpriseIds);
  for (const id of input.detachedRecordIds ?? []) manual.delete(id);
  const assembled = assembleEnterprises(records, prepared.map((p) => p.name.key), clusters, {
    ...context,
    manual,
    linkOf: (i, cluster) => {
      const id = records[i]!.id;
      if (cluster.members.length === 1) return { weight: null, linkedBy: 'single' };
      if (moved.has(id)) return { weight: null, linkedBy: 'reviewer' };
      const link = currentLinks.get(id);
      return link && link.linked_by !== 'single' ? { weight: link.weight, linkedBy: link.linked_by } : { weight: null, linkedBy: 'reviewer' };
    },
  });
  const writer = await ResolutionWriter.open(client, zoneId, { kind: 'enterprises', ids: input.previousEnterpriseIds });
  await writer.add(assembled.enterprises, assembled.links);
  await writer.finish();
  await refreshReviewItems(client, zoneId, records.map((r) => r.id));
  return assembled.enterprises.map((e) => e.id);
}

/** Codes that name an enterprise other than the ones being rebuilt: they cannot be taken. */
async function listCodesTakenElsewhere(client: pg.ClientBase, zoneId: string, codes: readonly string[], rebuilt: readonly string[]): Promise<Set<string>> {
  const { rows } = await client.query<{ id: string }>(
    'select id from registry_enterprises where zone_id = $1 and id = any($2::text[]) and not (id = any($3::text[]))',
    [zoneId, [...new Set(codes)], rebuilt],
  );
  return new Set(rows.map((r) => r.id));
}

/** Open pairs of these records: gone when both now sit in one enterprise, else pointed at their enterprises now. */
async function refreshReviewItems(client: pg.ClientBase, zoneId: string, recordIds: readonly string[]): Promise<void> {
  await client.query(
    `delete from registry_review_items i
      using registry_record_links la, registry_record_links lb
      where i.zone_id = $1 and i.status = 'open' and (i.record_a = any($2::text[]) or i.record_b = any($2::text[]))
        and la.record_id = i.record_a and lb.record_id = i.record_b and la.enterprise_id = lb.enterprise_id`,
    [zoneId, recordIds],
  );
  await client.query(
    `update registry_review_items i
        set enterprise_a = la.enterprise_id, enterprise_b = lb.enterprise_id,
            town_code = coalesce(ea.town_code, eb.town_code), body_id = coalesce(ea.body_id, eb.body_id)
       from registry_record_links la, registry_record_links lb, registry_enterprises ea, registry_enterprises eb
      where i.zone_id = $1 and i.status = 'open' and (i.record_a = any($2::text[]) or i.record_b = any($2::text[]))
        and la.record_id = i.record_a and lb.record_id = i.record_b and ea.id = la.enterprise_id and eb.id = lb.enterprise_id`,
    [zoneId, recordIds],
  );
}
