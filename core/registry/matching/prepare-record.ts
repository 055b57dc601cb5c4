/** 记录预处理 — normalises a record's matching fields once, before blocking and comparison. */
import { checkCreditCode, normalizeCreditCode } from '../credit-code';
import { normalizeEnterpriseName, type NameNormalizationOptions } from '../normalize/normalize-enterprise-name';
import { normalizePersonName } from '../normalize/normalize-person-name';
import { normalizePhoneNumbers } from '../normalize/normalize-phone-numbers';
import { normalizeRegistryAddress } from '../normalize/normalize-registry-address';
import { parseRegistryDate } from '../normalize/parse-registry-date';
import type { PreparedRecord, RegistryRecord } from './registry-record';

export function prepareRecord(record: RegistryRecord, index: number, options: NameNormalizationOptions = {}): PreparedRecord {
  const codeText = record.creditCode ? normalizeCreditCode(record.creditCode) : '';
  // checkCreditCode normalises again; the code is already normal, so this costs little.
  const check = codeText === '' ? null : checkCreditCode(codeText);
  return {
    index,
    id: record.id,
    source: record.source,
    validCode: check?.valid ? check.code : null,
    codeText: codeText === '' ? null : codeText,
    name: normalizeEnterpriseName(record.name, options),
    address: record.address ? normalizeRegistryAddress(record.address) : null,
    legalRep: record.legalRep ? normalizePersonName(record.legalRep) : null,
    phones: record.phone ? normalizePhoneNumbers(record.phone) : [],
    founded: record.foundedOn ? parseRegistryDate(record.foundedOn) : null,
  };
}

export function prepareRecords(records: readonly RegistryRecord[], options: NameNormalizationOptions = {}): PreparedRecord[] {
  return records.map((record, index) => prepareRecord(record, index, options));
}
