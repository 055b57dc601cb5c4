/**
 * 全量归并 — entity resolution of the zone's whole registry: every source record, the reviewers' decisions as
 * must-links and cannot-links, core resolveEntities (credit codes, then the probabilistic model), one golden record
 * per enterprise with its industry, placed in the zone; written in one transaction that keeps enterprise ids stable
 * and keeps every location an officer set by hand. Holds the zone's resolution lock throughout.
 */
import type pg from 'pg';
import { prepareRecord, resolveEntities, type ClusterLink, type MatchDecisions, type PreparedRecord } from '../../../../core/registry';
import type { Territory } from '../../territory';
import type { EnterpriseLocation } from '../locate/enterprise-location';
import { assembleEnterprises, type RecordCluster } from './assemble-enterprises';
import { pageRegistryRecords, type StoredRecord } from './load-registry-records';
import { withRegistryLock } from './registry-lock';
import { loadManualLocations, loadMatchDecisions, loadResolutionContext, rankOf } from './resolution-context';
import { toReviewPair } from './review-rows';
import { ResolutionWriter, type LinkRow } from './write-resolution';

/** 归并统计 — as POST /api/registry/resolution answers. */
export interface ResolutionStats {
  records: number;
  enterprises: number;
  /** Enterprises made of more than one source record. */
  merged: number;
  reviewQueue: number;
  placed: number;
  unplaced: number;
  ms: number;
}

export interface ResolveRegistryOptions {
  /** Told each stage's wall time and this process's CPU time (the bench prints them). */
  readonly onStage?: (stage: string, ms: number, cpuMs: number) => void;
}

export async function resolveRegistry(pool: pg.Pool, zoneId: string, territory: Territory, options: ResolveRegistryOptions = {}): Promise<ResolutionStats> {
  return withRegistryLock(pool, zoneId, async (client) => {
    const started = performance.now();
    let mark = started;
    let cpuMark = process.cpuUsage();
    const stage = (name: string) => {
      const now = performance.now();
      const cpu = process.cpuUsage(cpuMark);
      options.onStage?.(name, now - mark, (cpu.user + cpu.system) / 1000);
      mark = now;
      cpuMark = process.cpuUsage();
    };
    const context = await loadResolutionContext(client, zoneId, territory);
    const decisions = await loadMatchDecisions(client, zoneId);
    const manual = await loadManualLocations(client, zoneId);
    const { records, prepared } = await loadAndPrepare(client, zoneId, context.regionNames);
    stage('load + normalise');
    const indexOf = new Map(records.map((r, i) => [r.id, i]));
    const order = context.survivorship.sourceOrder;
    const result = resolveEntities(prepared, {
      decisions: toIndexPairs(decisions, indexOf),
      explainMerges: false,
      sourceRank: (source) => rankOf(order, source),
    });
    stage('match');
    // Only the name keys are needed from here on: letting the prepared records go shrinks the heap by a third.
    const nameKeys = prepared.map((p) => p.name.key);
    prepared.length = 0;

    const linkByRecord = describeLinks(result.clusters.flatMap((c) => c.links));
    const linkOf = (i: number, cluster: RecordCluster) => (cluster.members.length === 1 ? SINGLE : (linkByRecord.get(records[i]!.id) ?? { weight: null, linkedBy: 'model' as const }));
    const enterpriseOfRecord = new Array<string>(records.length);
    const locationOf = new Map<string, EnterpriseLocation>();
    const counts = { enterprises: 0, merged: 0, placed: 0 };
    await client.query('begin');
    try {
      // Golden records are built and placed a chunk at a time, each chunk stored while the next is built.
      const writer = await ResolutionWriter.open(client, zoneId, { kind: 'zone' });
      for (let at = 0; at < result.clusters.length; at += ASSEMBLE_CHUNK) {
        const { enterprises, links } = assembleEnterprises(records, nameKeys, result.clusters.slice(at, at + ASSEMBLE_CHUNK), { ...context, manual, linkOf });
        for (const link of links) enterpriseOfRecord[indexOf.get(link.recordId)!] = link.enterpriseId;
        for (const e of enterprises) {
          locationOf.set(e.id, e.location);
          counts.enterprises += 1;
          if (e.recordCount > 1) counts.merged += 1;
          if (e.location.locatedBy !== null) counts.placed += 1;
        }
        await writer.add(enterprises, links);
      }
      stage('golden records + locate (stored meanwhile)');
      const reviews = result.reviews.map((review) =>
        toReviewPair(review, (recordId) => enterpriseOfRecord[indexOf.get(recordId)!]!, (id) => locationOf.get(id)),
      );
      await writer.finish(reviews);
      // Statistics sampled before commit go public with the rows: the lists, lookups and reports read right after a
      // resolution are planned for the enterprises as they now are, not as they were before (or for none at all),
      // without waiting for autovacuum to notice.
      await client.query('analyze registry_enterprises');
      await client.query('analyze registry_record_links');
      await client.query('commit');
      stage('write');
      return {
        records: records.length,
        enterprises: counts.enterprises,
        merged: counts.merged,
        reviewQueue: reviews.length,
        placed: counts.placed,
        unplaced: counts.enterprises - counts.placed,
        ms: Math.round(performance.now() - started),
      };
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  });
}

const SINGLE = { weight: null, linkedBy: 'single' } as const;
/**
 * Enterprises built and placed per step: large enough for batch location, small enough to overlap with storing and
 * to give the event loop back often (the server keeps answering while a resolution runs).
 */
const ASSEMBLE_CHUNK = 5_000;
/** Records normalised between two turns of the event loop. */
const PREPARE_CHUNK = 10_000;

/** The zone's records and their normalised forms, each page normalised while the next one is read. */
async function loadAndPrepare(client: pg.ClientBase, zoneId: string, regionNames: readonly string[]): Promise<{ records: StoredRecord[]; prepared: PreparedRecord[] }> {
  const records: StoredRecord[] = [];
  const prepared: PreparedRecord[] = [];
  for await (const page of pageRegistryRecords(client, zoneId)) {
    for (const record of page) {
      prepared.push(prepareRecord(record, records.length, { regionNames }));
      records.push(record);
      // The server keeps answering while a resolution runs.
      if (records.length % PREPARE_CHUNK === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { records, prepared };
}

/** Record ids → indices; decisions about records that no longer exist are dropped. */
function toIndexPairs(decisions: ReadonlyArray<{ a: string; b: string; decision: 'same' | 'different' }>, indexOf: ReadonlyMap<string, number>): MatchDecisions {
  const same: Array<[number, number]> = [];
  const different: Array<[number, number]> = [];
  for (const { a, b, decision } of decisions) {
    const i = indexOf.get(a);
    const j = indexOf.get(b);
    if (i === undefined || j === undefined) continue;
    (decision === 'same' ? same : different).push([i, j]);
  }
  return { same, different };
}

const LINK_PRIORITY = { reviewer: 3, 'credit-code': 2, model: 1, single: 0 } as const;

/** How each record joined its cluster: a reviewer's decision over a shared code over the model (with its weight). */
function describeLinks(links: readonly ClusterLink[]): Map<string, Pick<LinkRow, 'weight' | 'linkedBy'>> {
  const byRecord = new Map<string, Pick<LinkRow, 'weight' | 'linkedBy'>>();
  const offer = (recordId: string, link: Pick<LinkRow, 'weight' | 'linkedBy'>) => {
    const current = byRecord.get(recordId);
    const better =
      current === undefined ||
      LINK_PRIORITY[link.linkedBy] > LINK_PRIORITY[current.linkedBy] ||
      (link.linkedBy === 'model' && current.linkedBy === 'model' && (link.weight ?? 0) > (current.weight ?? 0));
    if (better) byRecord.set(recordId, link);
  };
  for (const link of links) {
    const described: Pick<LinkRow, 'weight' | 'linkedBy'> =
      link.kind === 'decision' ? { weight: null, linkedBy: 'reviewer' } : link.kind === 'credit-code' ? { weight: null, linkedBy: 'credit-code' } : { weight: link.weight, linkedBy: 'model' };
    offer(link.leftId, described);
    offer(link.rightId, described);
  }
  return byRecord;
}

