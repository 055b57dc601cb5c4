/**
 * 地址 — Chinese address text → town and body of the zone (pure). Build an AddressBook once from the gazetteer, the
 * zone's units and the measured town → bodies map, then resolve addresses against it.
 */
export { buildAddressBook, type AddressBook, type Place } from './address-book';
export type {
  AddressBodyRef,
  AddressCandidate,
  AddressResolution,
  AddressRule,
  AddressStatus,
  AddressTownRef,
  AddressUnit,
  ParsedAddress,
  TownBodies,
} from './address-types';
export { measureTownBodies, type MeasureTownBodiesOptions } from './measure-town-bodies';
export { normalizeAddress, parseAddress, type AddressVocabulary } from './parse-address';
export { MAX_ADDRESS_LENGTH, resolveAddress } from './resolve-address';
