/**
 * 合成企业 — makes the true firms of a synthetic registry one by one, deterministic for a seed. Besides ordinary
 * firms it makes the cases that trip matching up: branches (分公司) of earlier firms, sister firms (same 字号, legal
 * representative and building, another industry), renamed firms (曾用名), and deregistered namesakes of live firms.
 */
import { chooseNameShape, composeEnterpriseName, type NameParts } from './compose-enterprise-name';
import { makeCreditCode } from './make-credit-code';
import { GIVEN_NAME_CHARACTERS, INDUSTRY_CLASSES, INDUSTRY_GROUP_WEIGHTS, SURNAMES, TRADE_NAME_CHARACTERS, type IndustryGroup } from './name-words';
import { BRANCH_LABELS, FALLBACK_ZONE_TOWNS, OUTSIDE_PLACES, type SyntheticTown } from './places';
import { SeededRandom } from './seeded-random';
import type { SyntheticEnterprise } from './synthetic-types';

/** Options of firm generation. */
export interface EnterpriseFactoryOptions {
  readonly seed: number;
  /** The zone's towns with roads (from the gazetteer); FALLBACK_ZONE_TOWNS when absent. */
  readonly towns?: readonly SyntheticTown[];
  /** Share of firms outside the zone (default 0.08). */
  readonly outsideShare?: number;
  /** A point inside a town, [lon, lat] in WGS-84, or null; coordinates are left empty without it. */
  readonly placePoint?: (townCode: string, random: () => number) => readonly [number, number] | null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface Entry {
  readonly enterprise: SyntheticEnterprise;
  readonly parts: NameParts;
}

const GROUPS = Object.keys(INDUSTRY_GROUP_WEIGHTS) as IndustryGroup[];
const INVESTMENT_CLASS = INDUSTRY_CLASSES.other.find((c) => c.code === '7212')!;
const POOL_SIZE = 4000;

export class EnterpriseFactory {
  private readonly random: SeededRandom;
  private readonly towns: readonly SyntheticTown[];
  private readonly outsideShare: number;
  private readonly codes = new Set<string>();
  private readonly names = new Set<string>();
  private readonly pool: Entry[] = [];
  private count = 0;

  constructor(private readonly options: EnterpriseFactoryOptions) {
    this.random = new SeededRandom(options.seed);
    this.towns = options.towns && options.towns.length > 0 ? options.towns : FALLBACK_ZONE_TOWNS;
    this.outsideShare = options.outsideShare ?? 0.08;
  }

  next(): SyntheticEnterprise {
    this.count += 1;
    const r = this.random.next();
    const base = this.pool.length > 50 ? this.random.pick(this.pool) : null;
    let entry: Entry;
    if (base && !base.enterprise.branchOf && r < 0.03) entry = this.makeBranch(base);
    else if (base && !base.enterprise.branchOf && r < 0.06) entry = this.makeSister(base);
    else if (base && !base.enterprise.branchOf && base.enterprise.status === 'active' && r < 0.062) entry = this.makeOldNamesake(base);
    else entry = this.makeFirm();
    if (this.pool.length < POOL_SIZE) this.pool.push(entry);
    else this.pool[this.random.int(0, POOL_SIZE - 1)] = entry;
    return entry.enterprise;
  }

  private makeFirm(): Entry {
    const random = this.random;
    const shape = chooseNameShape(random);
    // Partnerships in the zone are investment funds (投资与资产管理).
    const partnership = shape.form === '合伙企业（有限合伙）';
    const group = partnership ? 'other' : random.weighted(GROUPS, GROUPS.map((g) => INDUSTRY_GROUP_WEIGHTS[g]));
    const industry = partnership ? INVESTMENT_CLASS : random.pick(INDUSTRY_CLASSES[group]);
    let parts: NameParts = { ...shape, tradeName: this.makeTradeName(), phrase: random.pick(industry.phrases) };
    for (let attempt = 0; this.names.has(nameKey(parts)); attempt += 1) {
      parts = { ...parts, tradeName: attempt < 10 ? this.makeTradeName() : parts.tradeName + random.pick(TRADE_NAME_CHARACTERS) };
    }
    const name = composeEnterpriseName(parts);
    const firm = this.makeBody(name, parts.tradeName, group, industry.code);
    if (random.chance(0.02)) {
      // A rename: the old name had another industry phrase, or another 字号 altogether.
      const oldParts = random.chance(0.5)
        ? { ...parts, phrase: random.pick(INDUSTRY_CLASSES.other).phrases[0]! }
        : { ...parts, tradeName: this.makeTradeName() };
      const formerName = composeEnterpriseName(oldParts);
      if (formerName !== name && !this.names.has(nameKey(oldParts))) {
        firm.formerName = formerName;
        this.names.add(nameKey(oldParts));
      }
    }
    return this.remember(firm, parts);
  }

  private makeBranch(parent: Entry): Entry {
    const random = this.random;
    let name = `${parent.enterprise.name}${random.pick(BRANCH_LABELS)}分公司`;
    if (this.names.has(name)) name = `${parent.enterprise.name}${random.pick(['第二', '第三', '浦东第二'])}分公司`;
    if (this.names.has(name)) return this.makeFirm();
    const firm = this.makeBody(name, parent.enterprise.tradeName, parent.enterprise.industryGroup, parent.enterprise.industryCode);
    firm.branchOf = parent.enterprise.id;
    if (random.chance(0.3)) firm.legalRep = parent.enterprise.legalRep;
    firm.personInCharge = firm.legalRep;
    if (firm.foundedOn < parent.enterprise.foundedOn) firm.foundedOn = parent.enterprise.foundedOn;
    firm.registeredCapital = 0;
    return this.remember(firm, parent.parts);
  }

  private makeSister(sibling: Entry): Entry {
    const random = this.random;
    const group = random.weighted(GROUPS, GROUPS.map((g) => INDUSTRY_GROUP_WEIGHTS[g]));
    const industry = random.pick(INDUSTRY_CLASSES[group]);
    const phrase = industry.phrases.find((p) => p !== sibling.parts.phrase) ?? '科技发展';
    const parts: NameParts = { ...sibling.parts, phrase, form: '有限公司' };
    if (this.names.has(nameKey(parts))) return this.makeFirm();
    const name = composeEnterpriseName(parts);
    const s = sibling.enterprise;
    const firm = this.makeBody(name, parts.tradeName, group, industry.code);
    Object.assign(firm, {
      legalRep: s.legalRep, personInCharge: s.legalRep, inZone: s.inZone, townCode: s.townCode, townName: s.townName,
      district: s.district, road: s.road, lane: s.lane, houseNumber: s.houseNumber, building: s.building, lon: s.lon, lat: s.lat,
    });
    firm.room = (s.room ?? 100) + random.int(1, 20);
    if (random.chance(0.5)) firm.landline = s.landline;
    firm.creditCode = this.uniqueCode(s.inZone ? '310115' : s.creditCode.slice(2, 8), Number(firm.foundedOn.slice(0, 4)));
    return this.remember(firm, parts);
  }

  /** A deregistered firm of the same name as a live one, founded years earlier (名称在注销后被再次登记). */
  private makeOldNamesake(live: Entry): Entry {
    const random = this.random;
    const l = live.enterprise;
    const firm = this.makeBody(l.name, l.tradeName, l.industryGroup, l.industryCode);
    firm.status = 'deregistered';
    const year = Math.max(1995, Number(l.foundedOn.slice(0, 4)) - random.int(3, 12));
    firm.foundedOn = `${year}${firm.foundedOn.slice(4)}`;
    firm.creditCode = this.uniqueCode('310115', year);
    return { enterprise: firm, parts: live.parts };
  }

  private makeBody(name: string, tradeName: string, group: IndustryGroup, industryCode: string): Mutable<SyntheticEnterprise> {
    const random = this.random;
    const inZone = !random.chance(this.outsideShare);
    const town = random.weighted(this.towns, this.towns.map((t) => t.weight));
    const outside = random.pick(OUTSIDE_PLACES);
    const year = 2025 - Math.floor(30 * random.next() ** 1.2);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const capital = roundCapital(random.logUniform(10, 200_000));
    const employees = Math.max(1, Math.round(random.logUniform(1, 40) * Math.sqrt(capital / 100 + 1)));
    const revenue = Math.round(employees * random.logUniform(20, 200));
    const townCode = inZone ? town.code : outside.townCode;
    const point = inZone && this.options.placePoint ? this.options.placePoint(town.code, () => random.next()) : null;
    return {
      id: `E${String(this.count).padStart(7, '0')}`,
      creditCode: this.uniqueCode(inZone ? '310115' : outside.areaCode, year),
      name,
      formerName: null,
      tradeName,
      branchOf: null,
      status: 'active',
      inZone,
      townCode,
      townName: inZone ? town.name : outside.town,
      district: inZone ? '浦东新区' : outside.district,
      road: random.pick(inZone ? town.roads : outside.roads),
      lane: random.chance(0.3) ? random.int(1, 1500) : null,
      houseNumber: random.int(1, 3000),
      building: random.chance(0.4) ? random.int(1, 12) : null,
      room: random.chance(0.7) ? random.int(1, 12) * 100 + random.int(1, 30) : null,
      lon: point ? Math.round(point[0] * 1e6) / 1e6 : null,
      lat: point ? Math.round(point[1] * 1e6) / 1e6 : null,
      legalRep: this.makePersonName(),
      personInCharge: '',
      landline: `${random.pick(['5', '6', '2', '3'])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`,
      mobile: `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`,
      foundedOn: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      industryGroup: group,
      industryCode,
      registeredCapital: capital,
      employees,
      revenue,
      tax: Math.round(revenue * random.logUniform(0.01, 0.08) * 100) / 100,
    } satisfies Mutable<SyntheticEnterprise>;
  }

  private remember(firm: Mutable<SyntheticEnterprise>, parts: NameParts): Entry {
    if (firm.personInCharge === '') firm.personInCharge = this.random.chance(0.1) ? this.makePersonName() : firm.legalRep;
    this.names.add(firm.branchOf ? firm.name : nameKey(parts));
    return { enterprise: firm, parts };
  }

  private uniqueCode(areaCode: string, year: number): string {
    let code = makeCreditCode(this.random, areaCode, year);
    while (this.codes.has(code)) code = makeCreditCode(this.random, areaCode, year);
    this.codes.add(code);
    return code;
  }

  private makeTradeName(): string {
    const length = this.random.weighted([2, 3, 4], [0.72, 0.2, 0.08]);
    let name = '';
    for (let i = 0; i < length; i += 1) name += this.random.pick(TRADE_NAME_CHARACTERS);
    return name;
  }

  private makePersonName(): string {
    const random = this.random;
    // Frequent surnames first: the index is skewed towards the front of the list.
    const surname = SURNAMES[Math.floor(SURNAMES.length * random.next() ** 2)]!;
    const given = random.chance(0.7) ? random.pick(GIVEN_NAME_CHARACTERS) + random.pick(GIVEN_NAME_CHARACTERS) : random.pick(GIVEN_NAME_CHARACTERS);
    return surname + given;
  }
}

/**
 * Names are unique per 字号 + industry + legal form regardless of how the region is written (企业名称登记管理规定):
 * 上海某某科技有限公司 and 某某（上海）科技有限责任公司 cannot both be registered.
 */
function nameKey(parts: NameParts): string {
  const form = parts.form === '有限责任公司' ? '有限公司' : parts.form;
  const phrase = parts.form === '合伙企业（有限合伙）' ? '创业投资' : parts.phrase;
  return `${parts.tradeName}|${phrase}|${form}`;
}

function roundCapital(value: number): number {
  if (value < 100) return Math.max(10, Math.round(value / 10) * 10);
  if (value < 1000) return Math.round(value / 50) * 50;
  return Math.round(value / 100) * 100;
}
