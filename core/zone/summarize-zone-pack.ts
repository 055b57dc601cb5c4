/**
 * 配置包概要 — what a zone pack holds, in numbers: printed by `zjsc zone validate` and logged at start.
 */
import type { UnitKind, ZonePack } from './zone-pack.schema';

/** 配置包概要 */
export interface ZonePackSummary {
  zone: { id: string; name: string; nameEn: string };
  counts: {
    units: number;
    towns: number;
    bodies: number;
    departments: number;
    workingGroups: number;
    statisticalUnits: number;
    responsibilities: number;
    layers: number;
    features: number;
    /** Policies of policies/ (0 when the pack has none). */
    policies: number;
    /** registry.yaml: enterprise sources and industry-mapping rows (0 without the file). */
    registrySources: number;
    industryRules: number;
  };
  /** Facts marked `verified: false`, which an official source should replace. */
  unverified: { units: number; responsibilities: number; layers: number };
}

export function summarizeZonePack(pack: ZonePack): ZonePackSummary {
  const countKind = (kind: UnitKind) => pack.units.filter((u) => u.kind === kind).length;
  return {
    zone: { id: pack.zone.id, name: pack.zone.name, nameEn: pack.zone.nameEn },
    counts: {
      units: pack.units.length,
      towns: countKind('town'),
      bodies: countKind('body'),
      departments: countKind('department'),
      workingGroups: countKind('working-group'),
      statisticalUnits: countKind('statistical-unit'),
      responsibilities: pack.responsibilities.length,
      layers: pack.layers.length,
      features: pack.layers.reduce((sum, layer) => sum + layer.geojson.features.length, 0),
      policies: pack.policies?.catalog.policies.length ?? 0,
      registrySources: pack.registry?.sources.length ?? 0,
      industryRules: pack.registry?.industries.length ?? 0,
    },
    unverified: {
      units: pack.units.filter((u) => !u.verified).length,
      responsibilities: pack.responsibilities.filter((r) => !r.verified).length,
      layers: pack.layers.filter((l) => !l.verified).length,
    },
  };
}
