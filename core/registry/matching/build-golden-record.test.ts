import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../credit-code';
import { buildGoldenRecord, type SurvivorshipRules } from './build-golden-record';
import { makeRecord } from '../testdata/make-records';

const first17 = `91310115MA1K4A2B${organisationCodeCheckCharacter('MA1K4A2B')}`;
const valid = first17 + creditCodeCheckCharacter(first17);
const rules: SurvivorshipRules = {
  sourceOrder: ['market-regulation', 'tax', 'statistics', 'body-list'],
  fieldOrder: { employees: ['statistics', 'tax'] },
};

describe('buildGoldenRecord', () => {
  const market = makeRecord({ id: 'm1', source: 'market-regulation', creditCode: '91310115XXXXXXXXXX', phone: null, attributes: { employees: 10 } });
  const tax = makeRecord({ id: 't1', source: 'tax', creditCode: valid, name: '华欣生物科技有限公司', phone: '13912345678', attributes: { employees: 12 } });
  const stats = makeRecord({ id: 's1', source: 'statistics', creditCode: null, legalRep: '王芳', attributes: { employees: 15, scale: '' } });
  const body = makeRecord({ id: 'b1', source: 'body-list', address: '  ', attributes: { contact: '李明' } });
  const golden = buildGoldenRecord([body, stats, tax, market], rules);

  it.each([
    ['name', '上海华欣生物科技有限公司', 'market-regulation', 'm1'],
    ['legalRep', '张立新', 'market-regulation', 'm1'],
    ['phone', '13912345678', 'tax', 't1'],
    ['creditCode', valid, 'tax', 't1'],
    ['employees', 15, 'statistics', 's1'],
    ['contact', '李明', 'body-list', 'b1'],
  ])('%s comes from the most trusted source that has it', (field, value, source, recordId) => {
    expect(golden.fields[field]).toEqual({ value, source, recordId });
  });

  it('skips empty values and never takes an invalid credit code', () => {
    expect(golden.fields.scale).toBeUndefined();
    expect(buildGoldenRecord([market], rules).fields.creditCode).toBeUndefined();
    expect(buildGoldenRecord([body], rules).fields.address).toBeUndefined();
  });

  it('ranks unlisted sources last', () => {
    const other = makeRecord({ id: 'x1', source: 'unknown', name: '别名' });
    expect(buildGoldenRecord([other, stats], rules).fields.name?.recordId).toBe('s1');
  });
});
