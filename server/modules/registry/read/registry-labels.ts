/**
 * 代码名称 — the words for the registry's codes (area, industry, chain segment, status, how placed) in both
 * languages, for statistics labels and Excel exports. An unknown code is shown as it is.
 */
import type { Locale } from '../../../../core/errors';

type Labels = Readonly<Record<string, readonly [zh: string, en: string]>>;

export const AREA_LABELS: Labels = { original: ['原区域', 'Original area'], expansion: ['扩区区域', 'Expansion area'] };

export const INDUSTRY_LABELS: Labels = {
  biomedicine: ['生物医药', 'Biomedicine'],
  'integrated-circuits': ['集成电路', 'Integrated circuits'],
  'artificial-intelligence': ['人工智能', 'Artificial intelligence'],
  other: ['其他', 'Other'],
};

export const CHAIN_SEGMENT_LABELS: Labels = {
  design: ['设计', 'Design'],
  manufacturing: ['制造', 'Manufacturing'],
  'packaging-testing': ['封测', 'Packaging and testing'],
  equipment: ['装备', 'Equipment'],
  materials: ['材料', 'Materials'],
  'innovative-drugs': ['创新药', 'Innovative drugs'],
  cro: ['CRO', 'CRO'],
  cdmo: ['CDMO', 'CDMO'],
  'cell-gene-therapy': ['细胞与基因治疗', 'Cell and gene therapy'],
  'medical-devices': ['医疗器械', 'Medical devices'],
};

export const STATUS_LABELS: Labels = { active: ['存续', 'Active'], deregistered: ['注销', 'Deregistered'] };

export const LOCATED_BY_LABELS: Labels = {
  coordinates: ['坐标', 'Coordinates'],
  address: ['地址', 'Address'],
  manual: ['人工', 'By hand'],
};

export const YES_NO_LABELS: Labels = { true: ['是', 'Yes'], false: ['否', 'No'] };

/** The label of `code` in `labels`, the code itself when unknown, null for null. */
export function labelOf(labels: Labels, code: string | null, locale: Locale): string | null {
  if (code === null) return null;
  const label = labels[code];
  return label ? label[locale === 'zh-CN' ? 0 : 1] : code;
}
