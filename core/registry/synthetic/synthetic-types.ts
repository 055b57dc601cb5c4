/** 合成登记数据的类型 — the true firms of a synthetic registry and the noisy source records made from them. */
import type { IndustryGroup } from './name-words';

/** 合成企业 — one true firm: the ground truth every source record of it is a noisy copy of. */
export interface SyntheticEnterprise {
  /** E0000001 … */
  readonly id: string;
  readonly creditCode: string;
  readonly name: string;
  /** 曾用名 — an earlier name that some sources still carry. */
  readonly formerName: string | null;
  readonly tradeName: string;
  /** 分公司: the id of the parent firm. */
  readonly branchOf: string | null;
  readonly status: 'active' | 'deregistered';
  readonly inZone: boolean;
  /** 9-digit town code when known (null for other districts). */
  readonly townCode: string | null;
  readonly townName: string;
  readonly district: string;
  readonly road: string;
  readonly lane: number | null;
  readonly houseNumber: number;
  readonly building: number | null;
  readonly room: number | null;
  readonly lon: number | null;
  readonly lat: number | null;
  readonly legalRep: string;
  /** 单位负责人 as the statistics directory records it; usually the legal representative. */
  readonly personInCharge: string;
  /** 8-digit Shanghai landline. */
  readonly landline: string;
  readonly mobile: string;
  /** YYYY-MM-DD. */
  readonly foundedOn: string;
  readonly industryGroup: IndustryGroup;
  /** GB/T 4754-2017 four-digit class. */
  readonly industryCode: string;
  /** 注册资本, 万元. */
  readonly registeredCapital: number;
  readonly employees: number;
  /** 营业收入, 万元 per year. */
  readonly revenue: number;
  /** 税收, 万元 per year. */
  readonly tax: number;
}

/** The sources a synthetic registry has. */
export const SYNTHETIC_SOURCE_IDS = ['market-regulation', 'tax', 'statistics', 'body-list'] as const;
/** 数据来源. */
export type SyntheticSourceId = (typeof SYNTHETIC_SOURCE_IDS)[number];

/** 合成来源记录 — one source row, values as the source writes them (formats and noise included). */
export interface SyntheticRecord {
  readonly source: SyntheticSourceId;
  /** The source's own row id (e.g. SCJG0000001), unique within the source. */
  readonly recordId: string;
  /** Ground truth: the firm this row is about. */
  readonly enterpriseId: string;
  readonly creditCode: string;
  readonly name: string;
  readonly address: string;
  readonly legalRep: string;
  readonly phone: string;
  readonly foundedOn: string;
  readonly industryCode: string;
  /** Further columns of the source, already formatted (注册资本, 从业人员, 营业收入 …), by field name. */
  readonly extra: Readonly<Record<string, string>>;
}
