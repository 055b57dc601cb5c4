/**
 * 企业名称（合成） — a registered name as 区域 + 字号 + 行业 + 组织形式, in the registry's own spelling (full-width
 * brackets), in one of the shapes Shanghai firms have: 上海某某生物科技有限公司, 某某（上海）医药科技有限公司,
 * 某某生物医药科技股份有限公司, 上海某某创业投资合伙企业（有限合伙）.
 */
import type { SeededRandom } from './seeded-random';

/** The parts a name is built from; also what a sister firm or a renamed firm varies. */
export interface NameParts {
  readonly regionStyle: 'prefix' | 'bracket' | 'none';
  readonly tradeName: string;
  readonly phrase: string;
  readonly form: '有限公司' | '有限责任公司' | '股份有限公司' | '集团有限公司' | '合伙企业（有限合伙）';
}

export function chooseNameShape(random: SeededRandom): Pick<NameParts, 'regionStyle' | 'form'> {
  const regionStyle = random.weighted(['prefix', 'bracket', 'none'] as const, [0.86, 0.08, 0.06]);
  const form = random.weighted(
    ['有限公司', '有限责任公司', '股份有限公司', '集团有限公司', '合伙企业（有限合伙）'] as const,
    [0.86, 0.03, 0.06, 0.015, 0.035],
  );
  return { regionStyle, form };
}

export function composeEnterpriseName(parts: NameParts): string {
  // Partnerships in the zone are mostly investment funds.
  const phrase = parts.form === '合伙企业（有限合伙）' ? '创业投资' : parts.phrase;
  switch (parts.regionStyle) {
    case 'prefix':
      return `上海${parts.tradeName}${phrase}${parts.form}`;
    case 'bracket':
      return `${parts.tradeName}（上海）${phrase}${parts.form}`;
    case 'none':
      return `${parts.tradeName}${phrase}${parts.form}`;
  }
}
