/**
 * 来源记录 — the record types of entity resolution: what a source row gives (after its column mapping), and the
 * prepared form that blocking and comparison read.
 */
import type { RegistryDate } from '../normalize/parse-registry-date';
import type { NormalizedAddress } from '../normalize/normalize-registry-address';
import type { NormalizedEnterpriseName } from '../normalize/normalize-enterprise-name';

/** 来源记录 — one row of one source after column mapping; the matching fields as the source wrote them. */
export interface RegistryRecord {
  /** Unique over all sources (e.g. `tax:12345`). */
  readonly id: string;
  /** 数据来源 — the source's id (market-regulation, tax, statistics, body-list …). */
  readonly source: string;
  readonly creditCode?: string | null;
  readonly name: string;
  readonly address?: string | null;
  readonly legalRep?: string | null;
  readonly phone?: string | null;
  readonly foundedOn?: string | null;
  /** Other values for the golden record (industry code, registered capital …), not compared. */
  readonly attributes?: Readonly<Record<string, string | number | null>>;
}

/** 预处理记录 — a record with every matching field normalised once. */
export interface PreparedRecord {
  /** Position in the input array. */
  readonly index: number;
  readonly id: string;
  readonly source: string;
  /** The credit code when it is valid (normalised), else null. */
  readonly validCode: string | null;
  /** The normalised code text whether valid or not, for the one-character-off comparison; null when empty. */
  readonly codeText: string | null;
  readonly name: NormalizedEnterpriseName;
  readonly address: NormalizedAddress | null;
  readonly legalRep: string | null;
  readonly phones: readonly string[];
  readonly founded: RegistryDate | null;
}

/** The fields that entity resolution compares. */
export const MATCH_FIELDS = ['creditCode', 'name', 'address', 'legalRep', 'phone', 'foundedOn'] as const;
/** 比对字段. */
export type MatchField = (typeof MATCH_FIELDS)[number];
