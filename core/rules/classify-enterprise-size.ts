/**
 * 企业规模划分 — micro / small / medium / large from employees and revenue, by 《统计上大中小微型企业划分办法
 * （2017）》(国统字〔2017〕213号): each sector lists its indicators with the lower limits of large, medium and small;
 * large, medium and small must meet every listed limit (otherwise the next size down), micro needs only one. So the
 * size is the smallest size any indicator gives. Total assets (资产总额), which construction, real estate and
 * leasing also list, is not in the registry: those sectors get a size only when a known figure already says micro.
 * An unknown sector or a missing figure gives no size — never a guess.
 */

export type EnterpriseSize = 'micro' | 'small' | 'medium' | 'large';

/** 划分指标 — employees (persons), revenue (营业收入) and assets (资产总额) in yuan. */
export interface SizeFigures {
  /** GB/T 4754-2017 code: a section letter, optionally with 2–4 digits (C, C27, I6513). */
  industryCode?: string | null;
  employees?: number | null;
  revenue?: number | null;
}

type Indicator = 'employees' | 'revenue' | 'assets';
/** Lower limits of large, medium and small; revenue and assets in 万元 as the document writes them. */
type Limits = readonly [large: number, medium: number, small: number];
type Sector = Partial<Record<Indicator, Limits>>;

const INDUSTRY: Sector = { employees: [1000, 300, 20], revenue: [40000, 2000, 300] };

/** By section letter or division / group prefix; the longest matching prefix wins. */
const SECTORS: Readonly<Record<string, Sector>> = {
  A: { revenue: [20000, 500, 50] },
  B: INDUSTRY,
  C: INDUSTRY,
  D: INDUSTRY,
  E: { revenue: [80000, 6000, 300], assets: [80000, 5000, 300] },
  F51: { employees: [200, 20, 5], revenue: [40000, 5000, 1000] },
  F52: { employees: [300, 50, 10], revenue: [20000, 500, 100] },
  G: { employees: [1000, 300, 20], revenue: [30000, 3000, 200] },
  G59: { employees: [200, 100, 20], revenue: [30000, 1000, 100] },
  G60: { employees: [1000, 300, 20], revenue: [30000, 2000, 100] },
  H: { employees: [300, 100, 10], revenue: [10000, 2000, 100] },
  I63: { employees: [2000, 100, 10], revenue: [100000, 1000, 100] },
  I64: { employees: [2000, 100, 10], revenue: [100000, 1000, 100] },
  I65: { employees: [300, 100, 10], revenue: [10000, 1000, 50] },
  K701: { revenue: [200000, 1000, 100], assets: [10000, 5000, 2000] },
  K702: { employees: [1000, 300, 100], revenue: [5000, 1000, 500] },
  L: { employees: [300, 100, 10], assets: [120000, 8000, 100] },
};

/** 其他未列明行业 — by employees alone (research and technical services, M, among them). */
const OTHER: Sector = { employees: [300, 100, 10] };

const SIZES: readonly EnterpriseSize[] = ['large', 'medium', 'small', 'micro'];
const YUAN_PER_WAN = 10_000;

function findSector(code: string): Sector | undefined {
  if (!/^[A-T](\d{2,4})?$/.test(code)) return undefined;
  for (let length = code.length; length >= 1; length--) {
    const sector = SECTORS[code.slice(0, length)];
    if (sector) return sector;
  }
  // A bare letter whose divisions differ (F, I, K) does not say which table applies.
  const isDivided = Object.keys(SECTORS).some((key) => key.length > 1 && key[0] === code[0]);
  return code.length === 1 && isDivided ? undefined : OTHER;
}

/** 0 = large … 3 = micro, for one indicator. */
function rank(value: number, limits: Limits, scale: number): number {
  const index = limits.findIndex((limit) => value >= limit * scale);
  return index < 0 ? 3 : index;
}

export function classifyEnterpriseSize(figures: SizeFigures): EnterpriseSize | undefined {
  if (!figures.industryCode) return undefined;
  const sector = findSector(figures.industryCode);
  if (!sector) return undefined;
  const known: Record<Indicator, number | null | undefined> = { employees: figures.employees, revenue: figures.revenue, assets: undefined };
  let smallest = 0;
  let isComplete = true;
  for (const [indicator, limits] of Object.entries(sector) as [Indicator, Limits][]) {
    const value = known[indicator];
    if (value === undefined || value === null || !Number.isFinite(value)) {
      isComplete = false;
      continue;
    }
    smallest = Math.max(smallest, rank(value, limits, indicator === 'employees' ? 1 : YUAN_PER_WAN));
  }
  if (smallest === 3) return 'micro';
  return isComplete ? SIZES[smallest] : undefined;
}
