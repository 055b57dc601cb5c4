/**
 * Test helper (not library code): the Zhangjiang zone pack parsed from disk with the pure parser, and the address
 * book built from it and the pack's layers, as the server builds them. Only tests import this module.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseZonePack, type ZonePack } from '../../../zone';
import { createResolver, type Resolver } from '../../resolve-point';
import { loadZhangjiangLayers } from '../../testdata/load-layers';
import { buildAddressBook, type AddressBook } from '../address-book';
import type { AddressUnit } from '../address-types';
import { measureTownBodies } from '../measure-town-bodies';

const packDir = fileURLToPath(new URL('../../../../zones/zhangjiang/', import.meta.url));

export function loadZhangjiangPack(): ZonePack {
  const documents: Record<string, unknown> = {};
  for (const file of ['zone.yaml', 'organisations.yaml', 'responsibilities.yaml', 'layers.yaml', 'gazetteer.yaml', 'routing.yaml']) {
    documents[file] = parse(readFileSync(packDir + file, 'utf8')) as unknown;
  }
  const layers = (documents['layers.yaml'] as { layers: Array<{ file: string }> }).layers;
  for (const { file } of layers) documents[file] = JSON.parse(readFileSync(packDir + file, 'utf8')) as unknown;
  const result = parseZonePack(documents);
  if (!result.ok) throw new Error(`zone pack invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.pack;
}

/** The pack's towns, statistical units and bodies as the address resolver reads them. */
export function listAddressUnits(pack: ZonePack): AddressUnit[] {
  return pack.units.flatMap((unit): AddressUnit[] => {
    if (unit.kind === 'town' || unit.kind === 'statistical-unit') {
      return [{ kind: unit.kind, id: unit.id, code: unit.code, name: unit.name, nameEn: unit.nameEn }];
    }
    if (unit.kind === 'body') return [{ kind: 'body', id: unit.id, name: unit.name, nameEn: unit.nameEn, area: unit.area }];
    return [];
  });
}

let cached: { pack: ZonePack; resolver: Resolver; book: AddressBook } | undefined;

export function loadZhangjiangAddressBook(): { pack: ZonePack; resolver: Resolver; book: AddressBook } {
  if (cached) return cached;
  const pack = loadZhangjiangPack();
  const layers = loadZhangjiangLayers();
  const resolver = createResolver(layers);
  const book = buildAddressBook(pack.gazetteer!, listAddressUnits(pack), measureTownBodies(resolver, layers.towns));
  cached = { pack, resolver, book };
  return cached;
}
