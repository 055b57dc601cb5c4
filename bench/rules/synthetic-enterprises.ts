/**
 * Seeded synthetic facts for the rules benchmark: enterprise facts as the registry would give them, and, for a share
 * of enterprises, the figures an application would declare — so results mix eligible (with amounts), ineligible and
 * undetermined. Every object has the same keys in the same order (absent facts are undefined), as a registry
 * export would.
 */

export function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ['original', 'original', 'expansion', 'expansion', 'outside'] as const;
const LEADING = ['biomedicine', 'integrated-circuits', 'artificial-intelligence', 'other'] as const;
const SEGMENTS = ['cell-therapy', 'gene-therapy', 'small-molecule', 'design', 'equipment', 'software'] as const;
const SIZES = ['micro', 'small', 'medium', 'large'] as const;
const CREDIT = ['good', 'good', 'good', 'good', 'good', 'good', 'good', 'good', 'watch', 'seriously-dishonest'] as const;
const STAGES = ['phase-1', 'phase-2', 'phase-3', 'approved'] as const;
const CARRIER_LEVELS = ['national', 'municipal', 'district', 'none'] as const;
const FIRST_SET_LEVELS = ['national', 'municipal', 'none'] as const;
const DEGREES = ['bachelor', 'master', 'doctor'] as const;

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function date(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Yuan with fen, e.g. 1234567.89. */
function money(random: () => number, max: number): number {
  return Math.round(random() * max * 100) / 100;
}

export function generateEnterprises(count: number, seed: number): Record<string, unknown>[] {
  const random = mulberry32(seed);
  const out = new Array<Record<string, unknown>>(count);
  for (let i = 0; i < count; i++) {
    const area = pick(random, AREAS);
    const declares = random() < 0.6; // has filled in an application
    const some = <T>(value: T): T | undefined => (declares && random() < 0.95 ? value : undefined);
    const rdPrevious = money(random, 20_000_000);
    out[i] = {
      'location.area': area,
      'location.townCode': '310115125',
      'location.bodyId': 'zhangjiang-office',
      'industry.code': 'M7320',
      'industry.leading': pick(random, LEADING),
      'industry.segment': pick(random, SEGMENTS),
      foundedOn: date(random, 1995, 2024),
      size: pick(random, SIZES),
      employees: Math.floor(random() * 2000),
      revenue: money(random, 200_000_000),
      creditStatus: pick(random, CREDIT),
      registeredInZone: area !== 'outside' && random() < 0.95,
      taxedInZone: area !== 'outside' && random() < 0.9,
      itemIds: declares ? [`ITEM-${i}`] : undefined,
      rdSpending: some(Math.round(rdPrevious * (0.8 + random() * 0.6) * 100) / 100),
      rdSpendingPreviousYear: some(rdPrevious),
      tapeoutType: some(random() < 0.5 ? 'mpw' : 'engineering-lot'),
      tapeoutCost: some(money(random, 30_000_000)),
      edaIpSpending: some(money(random, 5_000_000)),
      drugClass: some(random() < 0.7 ? 'class-1' : 'class-2'),
      clinicalStage: some(pick(random, STAGES)),
      stageReachedOn: some(date(random, 2022, 2024)),
      clinicalSpending: some(money(random, 40_000_000)),
      mahHolder: some(random() < 0.8),
      cgtIndApproved: some(random() < 0.7),
      cgtProjectSpending: some(money(random, 20_000_000)),
      gmpFacilityBuilt: some(random() < 0.3),
      firstSetLevel: some(pick(random, FIRST_SET_LEVELS)),
      firstSetContractValue: some(money(random, 100_000_000)),
      firstSetSoldOn: some(date(random, 2021, 2024)),
      platformInvestment: some(money(random, 20_000_000)),
      platformServedEnterprises: some(Math.floor(random() * 60)),
      platformExternalShare: some(Math.round(random() * 100) / 100),
      carrierKind: some(random() < 0.5 ? 'incubator' : 'accelerator'),
      carrierLevel: some(pick(random, CARRIER_LEVELS)),
      incubatedEnterprises: some(Math.floor(random() * 80)),
      carrierArea: some(Math.floor(random() * 10000)),
      relocatedOn: some(date(random, 2019, 2024)),
      hqCertified: some(random() < 0.1),
      annualRent: some(money(random, 8_000_000)),
      'applicant.degree': some(pick(random, DEGREES)),
      'applicant.birthDate': some(date(random, 1975, 2000)),
      'applicant.annualSalary': some(money(random, 600_000)),
      'applicant.isCoreTalent': some(random() < 0.2),
      'applicant.residencePermitSince': some(date(random, 2012, 2023)),
      'applicant.socialInsuranceYears': some(Math.floor(random() * 12)),
      'applicant.ownsHomeInShanghai': some(random() < 0.4),
      'applicant.rentMonths': some(Math.floor(random() * 13)),
    };
  }
  return out;
}
