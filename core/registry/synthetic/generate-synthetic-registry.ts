/**
 * 合成企业登记数据 — a labelled synthetic registry of the zone: true firms and, for each, the noisy rows each source
 * holds. Produced one firm at a time (an iterator), so a million rows need no more memory than the consumer keeps.
 * Deterministic for a seed. Every value is invented; nothing here describes a real firm.
 */
import type { RegistryRecord } from '../matching/registry-record';
import { EnterpriseFactory, type EnterpriseFactoryOptions } from './enterprise-factory';
import { SOURCE_PROFILES } from './source-profiles';
import { SourceEmitter } from './source-emitter';
import { SYNTHETIC_SOURCE_IDS, type SyntheticEnterprise, type SyntheticRecord, type SyntheticSourceId } from './synthetic-types';

/** Options: the firm factory's, the number of true firms, and the sources (all four by default). */
export interface SyntheticRegistryOptions extends EnterpriseFactoryOptions {
  readonly count: number;
  readonly sources?: readonly SyntheticSourceId[];
}

/** One true firm and its source rows. */
export interface SyntheticEntry {
  readonly enterprise: SyntheticEnterprise;
  readonly records: readonly SyntheticRecord[];
}

export function* generateSyntheticRegistry(options: SyntheticRegistryOptions): Generator<SyntheticEntry> {
  const factory = new EnterpriseFactory(options);
  const sources = options.sources ?? SYNTHETIC_SOURCE_IDS;
  const emitters = sources.map(
    (source) => new SourceEmitter(SOURCE_PROFILES[source], (options.seed * 31 + SYNTHETIC_SOURCE_IDS.indexOf(source) * 7919 + 1) >>> 0),
  );
  for (let i = 0; i < options.count; i += 1) {
    const enterprise = factory.next();
    yield { enterprise, records: emitters.flatMap((emitter) => emitter.emit(enterprise)) };
  }
}

/** 带标注的数据集 — records ready for matching, with the true firm of each (same order). */
export interface LabelledDataset {
  readonly enterprises: readonly SyntheticEnterprise[];
  readonly records: readonly RegistryRecord[];
  /** truth[i] is the index in `enterprises` of records[i]'s firm. */
  readonly truth: Int32Array;
}

/** The whole registry in memory, as matching input; stops early once `maxRecords` rows are reached. */
export function buildLabelledDataset(options: SyntheticRegistryOptions & { readonly maxRecords?: number }): LabelledDataset {
  const enterprises: SyntheticEnterprise[] = [];
  const records: RegistryRecord[] = [];
  const truth: number[] = [];
  const limit = options.maxRecords ?? Number.POSITIVE_INFINITY;
  for (const { enterprise, records: rows } of generateSyntheticRegistry(options)) {
    if (records.length >= limit) break;
    enterprises.push(enterprise);
    for (const row of rows) {
      records.push(toRegistryRecord(row));
      truth.push(enterprises.length - 1);
    }
  }
  return { enterprises, records, truth: Int32Array.from(truth) };
}

/** A synthetic row as a matching record; the id is `source:rowId`. */
export function toRegistryRecord(row: SyntheticRecord): RegistryRecord {
  return {
    id: `${row.source}:${row.recordId}`,
    source: row.source,
    creditCode: row.creditCode || null,
    name: row.name,
    address: row.address || null,
    legalRep: row.legalRep || null,
    phone: row.phone || null,
    foundedOn: row.foundedOn || null,
    attributes: { industryCode: row.industryCode, ...row.extra },
  };
}
