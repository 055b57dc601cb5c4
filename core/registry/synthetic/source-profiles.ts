/**
 * 来源画像 — how each synthetic source covers the firms and how noisy it is. The rates are illustrative, chosen to
 * look like what registry staff describe: market regulation is complete and clean; tax has the same firms with
 * codes often missing and operating addresses; the statistics directory misses firms (应统尽统 gaps), lists some
 * outside the zone and records a 单位负责人; a body's own list is partial, informal and the noisiest.
 */
import type { AddressStyle, DateStyle, PhoneStyle } from './vary-values';
import type { SyntheticSourceId } from './synthetic-types';

/** 来源画像 — coverage and noise rates of one source. */
export interface SourceProfile {
  readonly id: SyntheticSourceId;
  /** Prefix of the source's row ids. */
  readonly idPrefix: string;
  /** Chance that a live firm in the zone, a live firm outside it, a branch, a deregistered firm is listed. */
  readonly coverage: { readonly inZone: number; readonly outside: number; readonly branch: number; readonly deregistered: number };
  /** Larger firms are likelier to be listed: coverage × (1 + sizeBias × (log10(employees) − 1)), capped at 0.98. */
  readonly sizeBias: number;
  readonly duplicate: number;
  readonly code: { readonly missing: number; readonly mistyped: number; readonly lowerCase: number };
  readonly name: { readonly respelt: number; readonly mistyped: number; readonly formerName: number };
  readonly address: { readonly missing: number; readonly moved: number; readonly styles: Readonly<Partial<Record<AddressStyle, number>>> };
  readonly legalRep: { readonly missing: number; readonly mistyped: number; readonly personInCharge: boolean };
  readonly phone: { readonly missing: number; readonly changed: number; readonly styles: Readonly<Partial<Record<PhoneStyle, number>>> };
  readonly founded: { readonly missing: number; readonly shifted: number; readonly style: DateStyle };
}

export const SOURCE_PROFILES: Readonly<Record<SyntheticSourceId, SourceProfile>> = {
  'market-regulation': {
    id: 'market-regulation',
    idPrefix: 'SCJG',
    coverage: { inZone: 1, outside: 1, branch: 1, deregistered: 1 },
    sizeBias: 0,
    duplicate: 0.004,
    code: { missing: 0.01, mistyped: 0.01, lowerCase: 0 },
    name: { respelt: 0.03, mistyped: 0.003, formerName: 0.1 },
    address: { missing: 0.002, moved: 0, styles: { full: 0.85, 'free-trade-zone': 0.15 } },
    legalRep: { missing: 0.002, mistyped: 0.002, personInCharge: false },
    phone: { missing: 0.4, changed: 0.05, styles: { 'area-dash': 0.5, plain: 0.2, mobile: 0.3 } },
    founded: { missing: 0.001, shifted: 0.003, style: 'iso' },
  },
  tax: {
    id: 'tax',
    idPrefix: 'SW',
    coverage: { inZone: 0.96, outside: 0.95, branch: 0.9, deregistered: 0.3 },
    sizeBias: 0,
    duplicate: 0.012,
    code: { missing: 0.12, mistyped: 0.02, lowerCase: 0.01 },
    name: { respelt: 0.25, mistyped: 0.02, formerName: 0.5 },
    address: { missing: 0.03, moved: 0.06, styles: { full: 0.4, district: 0.3, 'with-town': 0.2, 'full-width': 0.1 } },
    legalRep: { missing: 0.03, mistyped: 0.01, personInCharge: false },
    phone: { missing: 0.15, changed: 0.1, styles: { plain: 0.3, 'area-dash': 0.2, 'with-extension': 0.1, mobile: 0.3, both: 0.1 } },
    founded: { missing: 0.05, shifted: 0.08, style: 'slash' },
  },
  statistics: {
    id: 'statistics',
    idPrefix: 'MLK',
    coverage: { inZone: 0.88, outside: 0.6, branch: 0.5, deregistered: 0.02 },
    sizeBias: 0.15,
    duplicate: 0.008,
    code: { missing: 0.15, mistyped: 0.015, lowerCase: 0 },
    name: { respelt: 0.2, mistyped: 0.015, formerName: 0.5 },
    address: { missing: 0.02, moved: 0.04, styles: { full: 0.5, 'with-town': 0.3, district: 0.2 } },
    legalRep: { missing: 0.05, mistyped: 0.01, personInCharge: true },
    phone: { missing: 0.2, changed: 0.1, styles: { 'area-dash': 0.6, 'area-bracket': 0.2, spaced: 0.1, mobile: 0.1 } },
    founded: { missing: 0.03, shifted: 0.02, style: 'month' },
  },
  'body-list': {
    id: 'body-list',
    idPrefix: 'GLJ',
    coverage: { inZone: 0.42, outside: 0.02, branch: 0.2, deregistered: 0.01 },
    sizeBias: 0.4,
    duplicate: 0.02,
    code: { missing: 0.2, mistyped: 0.02, lowerCase: 0.03 },
    name: { respelt: 0.35, mistyped: 0.03, formerName: 0.7 },
    address: { missing: 0.05, moved: 0.05, styles: { short: 0.4, district: 0.2, 'with-town': 0.2, 'free-trade-zone': 0.2 } },
    legalRep: { missing: 0.1, mistyped: 0.02, personInCharge: false },
    phone: { missing: 0.1, changed: 0.15, styles: { mobile: 0.5, 'mobile-spaced': 0.2, plain: 0.2, both: 0.1 } },
    founded: { missing: 0.15, shifted: 0.03, style: 'chinese' },
  },
};
