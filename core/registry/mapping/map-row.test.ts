import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../credit-code';
import { parseAmount, parseCount, unitOfHeader } from '../normalize/parse-amount';
import { mapRow } from './map-row';
import { renderRejectionReason, storeRejectionReason } from './rejection-reason';
import { planColumns } from './plan-columns';
import type { ColumnTemplate } from './registry-fields';

const first17 = `91310115MA1K4A2B${organisationCodeCheckCharacter('MA1K4A2B')}`;
const CODE = first17 + creditCodeCheckCharacter(first17);

const template: ColumnTemplate = {
  columns: {
    recordId: ['序号'],
    creditCode: ['统一社会信用代码', '信用代码', '纳税人识别号'],
    name: ['企业名称', '纳税人名称'],
    address: ['住所', '注册地址'],
    foundedOn: ['成立日期'],
    registeredCapital: ['注册资本'],
    revenue: ['营业收入'],
    employees: ['从业人员'],
    lng: ['经度'],
  },
  required: ['name', 'creditCode'],
  rowKey: 'recordId',
  amountUnit: '万元',
  crs: 'wgs84',
};

describe('planColumns', () => {
  it('finds each field by its aliases, in spite of width, spaces, a * and a unit in brackets', () => {
    const check = planColumns(['序号', ' *纳税人名称 ', '纳税人识别号', '注册资本（元）', '营业收入(千元)', '备注'], template);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.plan.fields.map((f) => [f.field, f.index, f.unit])).toEqual([
      ['recordId', 0, '万元'],
      ['name', 1, '万元'],
      ['creditCode', 2, '万元'],
      ['registeredCapital', 3, '元'],
      ['revenue', 4, '千元'],
    ]);
    expect(check.plan.others).toEqual([{ index: 5, header: '备注' }]);
    expect(check.plan.rowKey?.index).toBe(0);
  });

  it('prefers the first alias the header has', () => {
    const check = planColumns(['信用代码', '统一社会信用代码', '企业名称'], template);
    expect(check.ok && check.plan.fields.find((f) => f.field === 'creditCode')?.index).toBe(1);
  });

  it('names every required field without a column, with the headers it accepts', () => {
    expect(planColumns(['名称', '地址'], template)).toEqual({
      ok: false,
      missing: [
        { field: 'name', aliases: ['企业名称', '纳税人名称'] },
        { field: 'creditCode', aliases: ['统一社会信用代码', '信用代码', '纳税人识别号'] },
      ],
    });
  });
});

describe('mapRow', () => {
  const header = ['序号', '企业名称', '统一社会信用代码', '住所', '成立日期', '注册资本', '从业人员', '经度', '备注'];
  const plan = (() => {
    const check = planColumns(header, template);
    if (!check.ok) throw new Error('plan');
    return check.plan;
  })();

  it('normalises width and spacing, keeps the name’s own brackets, and reads each kind', () => {
    const result = mapRow(['A-1', ' 上海华欣（张江）生物科技有限公司 ', CODE.toLowerCase(), '上海市浦东新区张江路８８号', '2019年3月5日', '100万人民币', '1,200人', '121.6', 'x'], plan);
    expect(result).toEqual({
      ok: true,
      row: {
        fields: {
          creditCode: CODE, name: '上海华欣（张江）生物科技有限公司', address: '上海市浦东新区张江路88号', legalRep: null, phone: null,
          foundedOn: '2019-03-05', industryCode: null,
        },
        attributes: { registeredCapital: 100, employees: 1200, lng: 121.6, other: { 备注: 'x' } },
        rowKey: 'A-1',
        problems: [],
      },
    });
  });

  it('keeps a row whose code fails its check, reporting the column; the code stays as matching evidence', () => {
    const wrong = CODE.slice(0, 17) + (CODE[17] === '0' ? '1' : '0');
    const result = mapRow(['1', '华欣公司', wrong, '', '', '', '', '', ''], plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row.fields.creditCode).toBe(wrong);
    expect(result.row.problems).toEqual([{ column: '统一社会信用代码', value: wrong, reason: { code: 'REGISTRY_CELL_CREDIT_CODE_INVALID', details: expect.anything() } }]);
    const stored = storeRejectionReason(result.row.problems[0]!.reason);
    expect(renderRejectionReason(stored, 'zh-CN')).toMatch(/校验码错误.*行已保留/);
    expect(renderRejectionReason(stored, 'en')).toMatch(/check character.*the row was kept/);
  });

  it.each([
    ['成立日期', 4, '去年', 'REGISTRY_CELL_DATE_UNRECOGNISED', /日期/, /date/],
    ['注册资本', 5, '100万美元', 'REGISTRY_CELL_FOREIGN_CURRENCY', /外币/, /foreign currency/],
    ['注册资本', 5, '很多', 'REGISTRY_CELL_NOT_AMOUNT', /不是金额/, /Not an amount/],
    ['从业人员', 6, '约200', 'REGISTRY_CELL_NOT_COUNT', /不是人数/, /Not a head count/],
    ['经度', 7, '221.6', 'REGISTRY_CELL_LONGITUDE_INVALID', /经度/, /longitude/],
  ])('drops a bad %s cell (%s) and reports it, keeping the row', (column, index, value, code, zh, en) => {
    const cells = ['1', '华欣公司', '', '', '', '', '', '', ''];
    cells[index] = value;
    const result = mapRow(cells, plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row.problems).toEqual([{ column, value, reason: { code, details: {} } }]);
    expect(Object.keys(result.row.attributes)).toEqual([]);
    const stored = storeRejectionReason(result.row.problems[0]!.reason);
    expect(renderRejectionReason(stored, 'zh-CN')).toMatch(zh);
    expect(renderRejectionReason(stored, 'en')).toMatch(en);
  });

  it('refuses a row without a name', () => {
    const result = mapRow(['1', '  ', CODE, '', '', '', '', '', ''], plan);
    expect(result).toEqual({ ok: false, problems: [{ column: '企业名称', value: '', reason: { code: 'REGISTRY_ROW_NAME_EMPTY', details: {} } }] });
  });

  it('reports an over-long cell with the limit in either language', () => {
    const result = mapRow(['1', '华欣公司', '', '浦'.repeat(1001), '', '', '', '', ''], plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = storeRejectionReason(result.row.problems[0]!.reason);
    expect(renderRejectionReason(stored, 'zh-CN')).toBe('内容过长（超过 1000 字），已忽略');
    expect(renderRejectionReason(stored, 'en')).toBe('Too long (over 1000 characters); the value was ignored');
  });
});

describe('rejection reasons as stored', () => {
  it.each([
    ['Chinese text of a batch imported before reasons were coded', '企业名称为空，整行未导入'],
    ['an unknown code', '{"code":"NO_SUCH_CODE","details":{}}'],
    ['text that only looks like JSON', '{不是 JSON'],
  ])('shows %s as it is', (_what, stored) => {
    expect(renderRejectionReason(stored, 'en')).toBe(stored);
  });
});

describe('amounts', () => {
  it.each([
    ['1,000.50', '万元', 1000.5],
    ['100万人民币', '元', 100],
    ['12亿元', '万元', 120000],
    ['3000000.00', '元', 300],
    ['12345', '千元', 1234.5],
    ['￥5,000', '元', 0.5],
  ] as const)('parseAmount(%s, %s) = %d 万元', (text, unit, value) => {
    expect(parseAmount(text, unit)).toEqual({ ok: true, value });
  });

  it('reads units from headers and counts from cells', () => {
    expect(unitOfHeader('营业收入（千元）')).toBe('千元');
    expect(unitOfHeader('注册资本')).toBeNull();
    expect(parseCount('1,234人')).toBe(1234);
    expect(parseCount('12.5')).toBeNull();
  });
});
