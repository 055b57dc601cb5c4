import { describe, expect, it } from 'vitest';
import { likePrefix, nameBigrams, parseEnterpriseQuery } from './enterprise-query';

const PLACES = ['张江镇', '张江', '金桥镇', '金桥'];

describe('parseEnterpriseQuery', () => {
  it.each([
    ['上海张江示范生物医药有限公司', null, '张江示范生物医药', '示范生物医药'],
    ['张江示范生物医药（上海）有限公司', null, '张江示范生物医药', '示范生物医药'],
    ['示范生物', null, '示范生物', '示范生物'],
    ['91310115ma1fl0a1', '91310115MA1FL0A1', '91310115MA1FL0A1', '91310115MA1FL0A1'],
    ['９１３１０１１５', '91310115', '91310115', '91310115'],
    ['金桥', null, '金桥', '金桥'],
    ['IBM', null, 'IBM', 'IBM'],
  ])('%j → code %j, narrow %j, broad %j', (input, codePrefix, narrow, broad) => {
    expect(parseEnterpriseQuery(input, PLACES)).toEqual({ codePrefix, narrow, broad });
  });
});

describe('nameBigrams', () => {
  it.each([
    ['张江生物', ['张江', '江生', '生物']],
    ['张', []],
    ['', []],
    ['𠀀江A', ['𠀀江', '江A']],
  ])('%j → %j', (key, grams) => {
    expect(nameBigrams(key)).toEqual(grams);
  });
});

describe('likePrefix', () => {
  it('escapes the LIKE wildcards', () => {
    expect(likePrefix('A_B%C\\')).toBe('A\\_B\\%C\\\\%');
  });
});
