/**
 * Test helper (not library code): registry records for matching tests, built from a few fields with defaults, and
 * prepared in one call.
 */
import { prepareRecord } from '../matching/prepare-record';
import type { PreparedRecord, RegistryRecord } from '../matching/registry-record';

let counter = 0;

/** A record of a fictitious firm; override any field. */
export function makeRecord(fields: Partial<RegistryRecord> = {}): RegistryRecord {
  counter += 1;
  return {
    id: `r${counter}`,
    source: 'market-regulation',
    creditCode: null,
    name: '上海华欣生物科技有限公司',
    address: '上海市浦东新区张江路88号3幢501室',
    legalRep: '张立新',
    phone: '021-50801234',
    foundedOn: '2019-03-05',
    ...fields,
  };
}

/** Prepared records, indexed in order. */
export function prepareAll(records: readonly RegistryRecord[]): PreparedRecord[] {
  return records.map((record, index) => prepareRecord(record, index));
}
