/**
 * 组装企业 — clusters of source records into the rows a resolution writes: one golden record per cluster, named by
 * its credit code or its smallest record id, placed by hand where an officer placed one of its records before, else
 * by coordinates or address; and one link per record saying how it joined.
 */
import type { Territory } from '../../territory';
import type { EnterpriseLocation } from '../locate/enterprise-location';
import { locateEnterprises, type LocationEvidence } from '../locate/locate-enterprises';
import { buildEnterprise, type EnterpriseContext, type EnterpriseDraft } from './build-enterprise';
import type { StoredRecord } from './load-registry-records';
import type { EnterpriseRow, LinkRow } from './write-resolution';

/** 企业簇 — the records (indices, ascending) of one enterprise and its credit code, if it keeps one. */
export interface RecordCluster {
  readonly members: readonly number[];
  readonly creditCode: string | null;
}

/** 企业组装结果 — one enterprise per cluster, in the clusters' order, and the links of their records. */
export interface AssembledEnterprises {
  readonly enterprises: EnterpriseRow[];
  readonly links: LinkRow[];
}

export function assembleEnterprises(
  records: readonly StoredRecord[],
  /** Each record's normalised name key (by index). */
  nameKeys: readonly string[],
  clusters: readonly RecordCluster[],
  context: EnterpriseContext & {
    readonly territory: Territory;
    /** Manual locations by record id: an enterprise that holds such a record keeps it. */
    readonly manual: ReadonlyMap<string, EnterpriseLocation>;
    readonly linkOf: (index: number, cluster: RecordCluster) => Pick<LinkRow, 'weight' | 'linkedBy'>;
  },
): AssembledEnterprises {
  const drafts: EnterpriseDraft[] = [];
  const locations: (EnterpriseLocation | null)[] = [];
  const evidence: LocationEvidence[] = [];
  const toLocate: number[] = [];
  const links: LinkRow[] = [];
  for (const cluster of clusters) {
    const members = cluster.members.map((i) => records[i]!);
    const id = cluster.creditCode ?? `R:${members[0]!.id}`;
    const built = buildEnterprise(id, cluster.creditCode, members, cluster.members.map((i) => nameKeys[i]!), context);
    const manual = members.map((r) => context.manual.get(r.id)).find((l) => l !== undefined) ?? null;
    if (manual === null) {
      toLocate.push(drafts.length);
      evidence.push(built.evidence);
    }
    drafts.push(built.draft);
    locations.push(manual);
    for (const i of cluster.members) {
      links.push({ recordId: records[i]!.id, enterpriseId: id, ...context.linkOf(i, cluster) });
    }
  }
  const located = locateEnterprises(context.territory, evidence);
  toLocate.forEach((at, k) => (locations[at] = located[k]!));
  return { enterprises: drafts.map((draft, i) => ({ ...draft, location: locations[i]! })), links };
}
