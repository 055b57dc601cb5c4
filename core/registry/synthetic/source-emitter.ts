/**
 * 来源记录生成 — turns a true firm into the rows one source holds about it (none, one, or a duplicate pair), with
 * the source's coverage, formats and noise. Each source draws from its own seeded generator, so adding a source
 * leaves the others' rows unchanged.
 */
import { mistypeCreditCode } from './make-credit-code';
import { SeededRandom } from './seeded-random';
import type { SourceProfile } from './source-profiles';
import type { SyntheticEnterprise, SyntheticRecord } from './synthetic-types';
import {
  formatAddress,
  formatDate,
  formatPhone,
  mistypeName,
  mistypePersonName,
  movedAddress,
  respellName,
  shiftDate,
  type AddressStyle,
  type PhoneStyle,
} from './vary-values';

const INDUSTRY_LABELS = { biomedicine: '生物医药', ic: '集成电路', ai: '人工智能', other: '其他' } as const;

export class SourceEmitter {
  private readonly random: SeededRandom;
  private count = 0;

  constructor(private readonly profile: SourceProfile, seed: number) {
    this.random = new SeededRandom(seed);
  }

  emit(e: SyntheticEnterprise): SyntheticRecord[] {
    const p = this.profile;
    const random = this.random;
    const base = e.status === 'deregistered' ? p.coverage.deregistered : e.branchOf ? p.coverage.branch : e.inZone ? p.coverage.inZone : p.coverage.outside;
    const sized = base * (1 + p.sizeBias * (Math.log10(e.employees) - 1));
    if (!random.chance(Math.min(base === 1 ? 1 : 0.98, sized))) return [];
    const records = [this.makeRecord(e)];
    if (random.chance(p.duplicate)) records.push(this.makeRecord(e));
    return records;
  }

  private makeRecord(e: SyntheticEnterprise): SyntheticRecord {
    const p = this.profile;
    const random = this.random;
    this.count += 1;

    let creditCode = e.creditCode;
    if (random.chance(p.code.missing)) creditCode = '';
    else if (random.chance(p.code.mistyped)) creditCode = mistypeCreditCode(random, e.creditCode);
    else if (random.chance(p.code.lowerCase)) creditCode = creditCode.toLowerCase();

    let name = e.formerName !== null && random.chance(p.name.formerName) ? e.formerName : e.name;
    if (random.chance(p.name.respelt)) name = respellName(random, name);
    if (random.chance(p.name.mistyped)) name = mistypeName(random, name, e.tradeName);

    const located = random.chance(p.address.moved) ? movedAddress(random, e) : e;
    const address = random.chance(p.address.missing) ? '' : formatAddress(random, located, pickStyle(random, p.address.styles));

    let legalRep = p.legalRep.personInCharge ? e.personInCharge : e.legalRep;
    if (random.chance(p.legalRep.missing)) legalRep = '';
    else if (random.chance(p.legalRep.mistyped)) legalRep = mistypePersonName(random, legalRep);

    let phone = '';
    if (!random.chance(p.phone.missing)) {
      const firm = random.chance(p.phone.changed)
        ? { ...e, landline: `5${String(random.int(0, 9_999_999)).padStart(7, '0')}`, mobile: `139${String(random.int(0, 99_999_999)).padStart(8, '0')}` }
        : e;
      phone = formatPhone(random, firm, pickStyle(random, p.phone.styles));
    }

    let foundedOn = '';
    if (!random.chance(p.founded.missing)) {
      foundedOn = formatDate(random.chance(p.founded.shifted) ? shiftDate(random, e.foundedOn) : e.foundedOn, p.founded.style);
    }

    return {
      source: p.id,
      recordId: `${p.idPrefix}${String(this.count).padStart(8, '0')}`,
      enterpriseId: e.id,
      creditCode,
      name,
      address,
      legalRep,
      phone,
      foundedOn,
      industryCode: e.industryCode,
      extra: this.makeExtra(e),
    };
  }

  /** The source's other columns, formatted the way it keeps them. */
  private makeExtra(e: SyntheticEnterprise): Record<string, string> {
    const random = this.random;
    const jitter = (value: number, spread: number) => value * (1 + (random.next() * 2 - 1) * spread);
    switch (this.profile.id) {
      case 'market-regulation':
        return {
          entityType: e.branchOf ? '有限责任公司分公司' : /股份/.test(e.name) ? '股份有限公司(非上市)' : /合伙/.test(e.name) ? '有限合伙企业' : '有限责任公司(自然人投资或控股)',
          registeredCapital: e.branchOf ? '' : `${e.registeredCapital}万人民币`,
          authority: e.district === '浦东新区' ? '浦东新区市场监督管理局' : `${e.district}市场监督管理局`,
          status: e.status === 'active' ? '存续' : '注销',
        };
      case 'tax':
        return {
          registeredCapital: e.branchOf ? '' : (e.registeredCapital * 10_000).toFixed(2),
          revenue: jitter(e.revenue, 0.05).toFixed(2),
          tax: jitter(e.tax, 0.02).toFixed(2),
          taxOffice: `国家税务总局上海市${e.district}税务局第${random.int(1, 30)}税务所`,
        };
      case 'statistics':
        return {
          divisionCode: e.townCode ? `${e.townCode}000` : '',
          employees: String(Math.max(1, Math.round(jitter(e.employees, 0.1)))),
          revenueThousand: String(Math.round(jitter(e.revenue, 0.05) * 10)),
          scale: e.revenue >= 2000 ? '规上' : '规下',
          // The directory keeps each unit's coordinates as the economic census surveyed them (地理坐标, CGCS2000 ≈ WGS-84).
          lon: e.lon === null ? '' : String(e.lon),
          lat: e.lat === null ? '' : String(e.lat),
        };
      case 'body-list':
        return {
          town: e.townName,
          reporter: `${e.townName}企业服务中心`,
          leadingIndustry: INDUSTRY_LABELS[e.industryGroup],
          contact: random.chance(0.5) ? e.legalRep : '',
          lon: e.lon === null ? '' : String(e.lon),
          lat: e.lat === null ? '' : String(e.lat),
        };
    }
  }
}

function pickStyle<S extends AddressStyle | PhoneStyle>(random: SeededRandom, styles: Readonly<Partial<Record<S, number>>>): S {
  const entries = Object.entries(styles) as Array<[S, number]>;
  return random.weighted(entries.map(([s]) => s), entries.map(([, w]) => w));
}
