/** Enterprise size by the 2017 statistical standard: each sector's indicators, the "smallest size wins" rule, gaps. */
import { describe, expect, it } from 'vitest';
import { classifyEnterpriseSize, type SizeFigures } from './classify-enterprise-size';

const WAN = 10_000;

describe('classifyEnterpriseSize', () => {
  it.each<[string, SizeFigures, string | undefined]>([
    ['manufacturing, large on both', { industryCode: 'C27', employees: 1200, revenue: 50000 * WAN }, 'large'],
    ['manufacturing, large staff but medium revenue', { industryCode: 'C27', employees: 1200, revenue: 3000 * WAN }, 'medium'],
    ['manufacturing at the small limits', { industryCode: 'C', employees: 20, revenue: 300 * WAN }, 'small'],
    ['manufacturing one yuan under the small revenue limit', { industryCode: 'C3974', employees: 500, revenue: 300 * WAN - 1 }, 'micro'],
    ['manufacturing: micro staff alone decides', { industryCode: 'C', employees: 12, revenue: null }, 'micro'],
    ['manufacturing: big staff without revenue is unknown', { industryCode: 'C', employees: 800 }, undefined],
    ['software (I65)', { industryCode: 'I6513', employees: 150, revenue: 2000 * WAN }, 'medium'],
    ['telecoms (I63) need 2,000 staff to be large', { industryCode: 'I63', employees: 1500, revenue: 200000 * WAN }, 'medium'],
    ['research services (M) by staff alone', { industryCode: 'M73', employees: 320, revenue: null }, 'large'],
    ['research services, small', { industryCode: 'M', employees: 10 }, 'small'],
    ['research services, micro', { industryCode: 'M7320', employees: 9 }, 'micro'],
    ['wholesale (F51)', { industryCode: 'F5179', employees: 25, revenue: 6000 * WAN }, 'medium'],
    ['retail (F52)', { industryCode: 'F52', employees: 60, revenue: 400 * WAN }, 'small'],
    ['a bare F does not say wholesale or retail', { industryCode: 'F', employees: 60, revenue: 400 * WAN }, undefined],
    ['construction needs assets, unless revenue says micro', { industryCode: 'E48', employees: 500, revenue: 100 * WAN }, 'micro'],
    ['construction with a large revenue is unknown', { industryCode: 'E48', revenue: 90000 * WAN }, undefined],
    ['property management (K702)', { industryCode: 'K7020', employees: 150, revenue: 800 * WAN }, 'small'],
    ['estate agency (K703) is an unlisted sector', { industryCode: 'K703', employees: 150 }, 'medium'],
    ['agriculture by revenue alone', { industryCode: 'A01', revenue: 600 * WAN }, 'medium'],
    ['no industry code', { employees: 5, revenue: 1 }, undefined],
    ['a malformed industry code', { industryCode: 'c27', employees: 5 }, undefined],
    ['no figures', { industryCode: 'C' }, undefined],
  ])('%s → %s', (_, figures, expected) => {
    expect(classifyEnterpriseSize(figures)).toBe(expected);
  });
});
