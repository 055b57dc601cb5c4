/**
 * 定位结果呈现 — the resolver's answer for the API: towns by code, bodies, communities and corridors by id, each
 * with its name in Chinese and English; layer versions as the resolver used them.
 */
import type { Resolution } from '../../../core/territory';
import type { NamedFeature, Territory } from './build-territory';

/** 名称引用 — as answers carry it: `{ code?, id, name, nameEn }`. */
export type NamedRef = NamedFeature;

export interface PresentedResolution {
  inZone: boolean;
  area: Resolution['area'];
  town: NamedRef | null;
  body: NamedRef | null;
  community: NamedRef | null;
  corridor: NamedRef | null;
  onBorder: readonly string[];
  versions: Readonly<Record<string, string>>;
  input: Resolution['input'];
  wgs84: Resolution['wgs84'];
}

const lookups = new WeakMap<Territory, Record<keyof Territory['names'], Map<string, NamedFeature>>>();

function lookupOf(territory: Territory): Record<keyof Territory['names'], Map<string, NamedFeature>> {
  let lookup = lookups.get(territory);
  if (!lookup) {
    const { towns, bodies, communities, corridors } = territory.names;
    lookup = {
      towns: new Map(towns.map((t) => [t.code ?? t.id, t])),
      bodies: new Map(bodies.map((b) => [b.id, b])),
      communities: new Map(communities.map((c) => [c.id, c])),
      corridors: new Map(corridors.map((c) => [c.id, c])),
    };
    lookups.set(territory, lookup);
  }
  return lookup;
}

export function presentResolution(territory: Territory, resolution: Resolution): PresentedResolution {
  const lookup = lookupOf(territory);
  const pick = (layer: keyof Territory['names'], key: string | undefined) => (key === undefined ? null : lookup[layer].get(key) ?? null);
  return {
    inZone: resolution.inZone,
    area: resolution.area,
    town: pick('towns', resolution.town?.code),
    body: pick('bodies', resolution.body?.id),
    community: pick('communities', resolution.community?.id),
    corridor: pick('corridors', resolution.corridor?.id),
    onBorder: resolution.onBorder,
    versions: resolution.versions,
    input: resolution.input,
    wgs84: resolution.wgs84,
  };
}
