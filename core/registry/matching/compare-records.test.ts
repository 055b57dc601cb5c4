import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../credit-code';
import { compareRecords } from './compare-records';
import { DEFAULT_MATCH_MODEL, FIELD_LEVELS } from './match-model';
import { MATCH_FIELDS, type MatchField, type RegistryRecord } from './registry-record';
import { isWithinOneEdit, jaroWinkler } from './string-similarity';
import { makeRecord, prepareAll } from '../testdata/make-records';

// A valid code (check characters computed by GB 11714 and GB 32100) and a copy with one character mistyped.
const body = 'MA1K4A2B';
const first17 = `91310115${body}${organisationCodeCheckCharacter(body)}`;
const codeA = first17 + creditCodeCheckCharacter(first17);
const mistypedA = codeA.slice(0, 12) + (codeA[12] === '7' ? '8' : '7') + codeA.slice(13);

function levelOf(field: MatchField, left: Partial<RegistryRecord>, right: Partial<RegistryRecord>): string {
  const [a, b] = prepareAll([makeRecord(left), makeRecord(right)]);
  const vector = compareRecords(a!, b!, DEFAULT_MATCH_MODEL.similarity);
  return FIELD_LEVELS[field][vector[MATCH_FIELDS.indexOf(field)]!]!;
}

describe('comparison levels', () => {
  it.each<[MatchField, Partial<RegistryRecord>, Partial<RegistryRecord>, string]>([
    ['creditCode', { creditCode: codeA }, { creditCode: codeA.toLowerCase() }, 'exact'],
    ['creditCode', { creditCode: codeA }, { creditCode: mistypedA }, 'one-off'],
    ['creditCode', { creditCode: codeA }, { creditCode: codeA.slice(0, 17) }, 'one-off'],
    ['creditCode', { creditCode: codeA }, { creditCode: '913101150000000000' }, 'different'],
    ['creditCode', { creditCode: codeA }, { creditCode: null }, 'missing'],
    ['name', { name: '上海华欣生物科技有限公司' }, { name: '华欣（上海）生物科技有限公司' }, 'exact'],
    ['name', { name: '上海华欣生物科技有限公司' }, { name: '上海华欣生物科技股份有限公司' }, 'core-exact'],
    ['name', { name: '上海华欣生物科技有限公司' }, { name: '上海华新生物科技有限公司' }, 'close'],
    ['name', { name: '上海华欣生物科技有限公司' }, { name: '上海华欣生物医药科技有限公司' }, 'similar'],
    ['name', { name: '上海华欣生物科技有限公司' }, { name: '上海华欣生物科技有限公司张江分公司' }, 'branch-mismatch'],
    ['name', { name: '上海华欣生物科技有限公司' }, { name: '上海博瑞集成电路有限公司' }, 'different'],
    ['name', { name: '上海华欣生物科技有限公司' }, { name: '' }, 'missing'],
    ['address', { address: '上海市浦东新区张江路88号3幢501室' }, { address: '张江路88号' }, 'exact'],
    ['address', { address: '上海市浦东新区张江路88号' }, { address: '张江路1200号' }, 'same-road'],
    ['address', { address: '上海市浦东新区张江高科技园区某某大厦' }, { address: '浦东新区张江高科技园区某某大厦A座' }, 'close'],
    ['address', { address: '上海市浦东新区张江路88号' }, { address: '上海市浦东新区秀浦路2388号' }, 'different'],
    ['address', { address: null }, { address: '张江路88号' }, 'missing'],
    ['legalRep', { legalRep: '张立新' }, { legalRep: '张 立新' }, 'exact'],
    ['legalRep', { legalRep: '张立新' }, { legalRep: '张利新' }, 'close'],
    ['legalRep', { legalRep: '张伟' }, { legalRep: '张玮' }, 'different'],
    ['legalRep', { legalRep: 'John Smith' }, { legalRep: 'JON SMITH' }, 'close'],
    ['legalRep', { legalRep: '张伟' }, { legalRep: '李伟' }, 'different'],
    ['legalRep', { legalRep: '张立新' }, { legalRep: null }, 'missing'],
    ['phone', { phone: '021-50801234' }, { phone: '50801234/13912345678' }, 'exact'],
    ['phone', { phone: '021-50801234' }, { phone: '13912345678' }, 'different'],
    ['phone', { phone: null }, { phone: '13912345678' }, 'missing'],
    ['foundedOn', { foundedOn: '2019-03-05' }, { foundedOn: '2019/3/5' }, 'exact'],
    ['foundedOn', { foundedOn: '2019-03-05' }, { foundedOn: '201903' }, 'same-month'],
    ['foundedOn', { foundedOn: '2019-03-05' }, { foundedOn: '2019-11-20' }, 'same-year'],
    ['foundedOn', { foundedOn: '2019-03-05' }, { foundedOn: '2012-03-05' }, 'different'],
    ['foundedOn', { foundedOn: '2019-03-05' }, { foundedOn: 'unknown' }, 'missing'],
  ])('%s: %j vs %j → %s', (field, left, right, expected) => {
    expect(levelOf(field, left, right)).toBe(expected);
  });
});

describe('string similarity', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['华欣生物科技', '华欣生物科技', 1],
    ['', '', 0],
    ['abc', '', 0],
  ])('jaroWinkler(%s, %s) ≈ %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it.each([
    ['华欣生物科技', '华新生物科技', true],
    ['华欣生物科技', '华生物科技', true],
    ['华欣生物科技', '欣华生物科技', true],
    ['华欣生物科技', '华欣生物医药科技', false],
    ['abc', 'abc', true],
    ['abcd', 'abdc', true],
    ['abcd', 'badc', false],
  ])('isWithinOneEdit(%s, %s) = %s', (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
  });
});
