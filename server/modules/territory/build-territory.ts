/**
 * 构建空间服务 — from the layer versions in force, the zone's units and the pack's rule documents: the point
 * resolver, the names of every town, body, community and corridor in both languages, the address book (with the
 * town → bodies map measured from these very layers) and the case router. Built at start and again whenever the
 * territory key changes (an import, a new zone pack).
 */
import { buildAddressBook, measureTownBodies, type AddressBook, type AddressUnit } from '../../../core/territory/address';
import { createCaseRouter, type CaseRouter, type RoutingUnit } from '../../../core/routing';
import { createResolver, TERRITORY_LAYER_NAMES, type FeatureCollection, type Resolver, type TerritoryLayerName } from '../../../core/territory';
import { gazetteerFileSchema, routingFileSchema } from '../../../core/zone';
import type { LayerVersionRow, UnitRow } from './territory.repository';

/** 名称 — a town, body, community or corridor as answers name it. */
export interface NamedFeature {
  readonly id: string;
  readonly code?: string;
  readonly name: string;
  readonly nameEn: string;
}

/** 空间服务 — everything the territory endpoints answer from, for one state of the database. */
export interface Territory {
  readonly key: string;
  readonly resolver: Resolver;
  readonly versions: Readonly<Record<TerritoryLayerName, number>>;
  /** Names behind the resolver's feature indices, per layer. */
  readonly names: {
    readonly towns: readonly NamedFeature[];
    readonly bodies: readonly NamedFeature[];
    readonly communities: readonly NamedFeature[];
    readonly corridors: readonly NamedFeature[];
  };
  readonly layers: Readonly<Record<TerritoryLayerName, FeatureCollection>>;
  readonly units: readonly UnitRow[];
  /** null when the zone pack has no gazetteer.yaml. */
  readonly addressBook: AddressBook | null;
  /** null when the zone pack has no routing.yaml. */
  readonly router: CaseRouter | null;
  readonly routingUnits: readonly RoutingUnit[];
}

export function buildTerritory(key: string, versions: readonly LayerVersionRow[], units: readonly UnitRow[], ruleSets: ReadonlyMap<string, unknown>): Territory {
  const byLayer = new Map(versions.map((v) => [v.layer, v]));
  const missing = TERRITORY_LAYER_NAMES.filter((name) => !byLayer.has(name));
  if (missing.length > 0) throw new Error(`no version in force for layer(s) ${missing.join(', ')}`);
  const layers = Object.fromEntries(TERRITORY_LAYER_NAMES.map((name) => [name, byLayer.get(name)!.geojson])) as Record<TerritoryLayerName, FeatureCollection>;
  const versionNumbers = Object.fromEntries(TERRITORY_LAYER_NAMES.map((name) => [name, byLayer.get(name)!.version])) as Record<TerritoryLayerName, number>;
  const resolver = createResolver({
    ...layers,
    versions: Object.fromEntries(TERRITORY_LAYER_NAMES.map((name) => [name, String(versionNumbers[name])])) as Record<TerritoryLayerName, string>,
  });

  const unitById = new Map(units.map((u) => [u.id, u]));
  const properties = new Map(
    TERRITORY_LAYER_NAMES.map((layer) => [layer, new Map(layers[layer].features.map((f) => [String(f.id ?? f.properties?.['id']), f.properties ?? {}]))]),
  );
  const nameOf = (layer: TerritoryLayerName, ref: { id: string; name: string }): NamedFeature => {
    const unit = unitById.get(ref.id);
    const nameEn = properties.get(layer)!.get(ref.id)?.['nameEn'];
    return { id: ref.id, name: unit?.name ?? ref.name, nameEn: unit?.nameEn ?? (typeof nameEn === 'string' ? nameEn : ref.name) };
  };
  const names = {
    towns: resolver.features.towns.map((t) => ({ ...nameOf('towns', { id: t.code, name: t.name }), code: t.code })),
    bodies: resolver.features.bodies.map((b) => nameOf('bodies', b)),
    communities: resolver.features.communities.map((c) => nameOf('communities', c)),
    corridors: resolver.features.corridors.map((c) => nameOf('corridors', c)),
  };

  const routingUnits: RoutingUnit[] = units.map((u) => ({
    id: u.id, kind: u.kind, name: u.name, nameEn: u.nameEn, approvalMark: u.approvalMark, area: u.area,
  }));
  const gazetteer = ruleSets.has('gazetteer') ? gazetteerFileSchema.parse(ruleSets.get('gazetteer')) : null;
  const routing = ruleSets.has('routing') ? routingFileSchema.parse(ruleSets.get('routing')) : null;
  const addressBook = gazetteer ? buildAddressBook(gazetteer, listAddressUnits(units), measureTownBodies(resolver, layers.towns)) : null;
  return {
    key,
    resolver,
    versions: versionNumbers,
    names,
    layers,
    units,
    addressBook,
    router: routing ? createCaseRouter(routing, routingUnits) : null,
    routingUnits,
  };
}

function listAddressUnits(units: readonly UnitRow[]): AddressUnit[] {
  return units.flatMap((u): AddressUnit[] => {
    if ((u.kind === 'town' || u.kind === 'statistical-unit') && u.code !== null) {
      return [{ kind: u.kind, id: u.id, code: u.code, name: u.name, nameEn: u.nameEn }];
    }
    if (u.kind === 'body' && u.area !== null) return [{ kind: 'body', id: u.id, name: u.name, nameEn: u.nameEn, area: u.area }];
    return [];
  });
}
