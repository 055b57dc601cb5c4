/**
 * 地址解析的词汇 — what the address resolver reads (units, the gazetteer, which bodies each town lies in) and what it
 * answers. An answer always says which rule produced it and how sure it is; an address that cannot be placed is
 * answered "needs manual location" with the candidates, never with a guess.
 */
import type { ZoneArea } from '../territory-layers';

/** 地址要素 — the parts of a Chinese address the parser recognised; null where absent. */
export interface ParsedAddress {
  /** 省 (or 直辖市) */
  readonly province: string | null;
  /** 市 */
  readonly city: string | null;
  /** 区 / 县 */
  readonly district: string | null;
  /** 街道 / 镇 / 乡, or a statistical unit (张江高科技园区) */
  readonly town: string | null;
  /** A named area (上海国际旅游度假区) */
  readonly area: string | null;
  /** 村 / 居委会 */
  readonly village: string | null;
  /** 路 / 大道 / 公路 / 街 / 巷 */
  readonly road: string | null;
  /** 弄 */
  readonly lane: string | null;
  /** 号 */
  readonly number: string | null;
  /** A 12-digit 统计用区划代码 of a village-level unit found in the text */
  readonly villageCode: string | null;
  /** Whatever follows (building, room) */
  readonly rest: string | null;
}

/** 地址规则 — which piece of evidence decided the answer. */
export type AddressRule =
  | 'other-region'
  | 'other-district'
  | 'explicit-town'
  | 'statistical-unit'
  | 'named-area'
  | 'village-code'
  | 'road-gazetteer'
  | 'no-match';

/** 地址解析状态 */
export type AddressStatus = 'placed' | 'needs-manual-location' | 'outside';

/** 街镇引用 — a town or statistical unit by code and name. */
export interface AddressTownRef {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: 'town' | 'statistical-unit';
}

/** 主体引用 — a body by id and name, with the part of the zone it serves. */
export interface AddressBodyRef {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly area: Exclude<ZoneArea, 'outside'>;
}

/** 候选 — a town or body the address may belong to, for the officer who locates it by hand. */
export type AddressCandidate =
  | ({ readonly kind: 'town' } & Omit<AddressTownRef, 'kind'>)
  | ({ readonly kind: 'body' } & Omit<AddressBodyRef, 'area'>);

/** 地址解析结果 */
export interface AddressResolution {
  readonly status: AddressStatus;
  readonly town: AddressTownRef | null;
  readonly body: AddressBodyRef | null;
  /** 0–1: how sure the answer is (its town for needs-manual-location, its whole for placed and outside). */
  readonly confidence: number;
  readonly rule: AddressRule;
  readonly parsed: ParsedAddress;
  readonly candidates: readonly AddressCandidate[];
  /** Why, in Chinese and in English. */
  readonly reason: string;
  readonly reasonEn: string;
  readonly gazetteerVersion: string;
}

/** 地址单位 — a town, statistical unit or body of the zone as the resolver needs it. */
export type AddressUnit =
  | { readonly kind: 'town' | 'statistical-unit'; readonly id: string; readonly code: string; readonly name: string; readonly nameEn: string }
  | {
      readonly kind: 'body';
      readonly id: string;
      readonly name: string;
      readonly nameEn: string;
      readonly area: Exclude<ZoneArea, 'outside'>;
    };

/** 街镇所属主体 — the bodies whose areas a town's territory falls in, and whether part of it lies outside the zone. */
export interface TownBodies {
  readonly bodies: readonly string[];
  readonly partlyOutside: boolean;
}
