/** 企业位置 — where an enterprise lies in the zone, and how that was found. */

/** How a location was found: coordinates, address, by hand; null = not placed (the manual-location list). */
export type LocatedBy = 'coordinates' | 'address' | 'manual' | null;

/** 企业位置 — the columns of registry_enterprises that say where an enterprise is. */
export interface EnterpriseLocation {
  /** original | expansion; null outside the zone or when not placed. */
  readonly area: 'original' | 'expansion' | null;
  /** true / false when known; null when not placed. */
  readonly inZone: boolean | null;
  readonly townCode: string | null;
  readonly bodyId: string | null;
  /** The industry community's id (from coordinates only). */
  readonly community: string | null;
  /** WGS-84. */
  readonly lng: number | null;
  readonly lat: number | null;
  readonly locatedBy: LocatedBy;
}

export const UNPLACED: EnterpriseLocation = { area: null, inZone: null, townCode: null, bodyId: null, community: null, lng: null, lat: null, locatedBy: null };
