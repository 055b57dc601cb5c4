/**
 * 产业与产业链环节 — the zone's three leading industries (三大先导产业) and the chain segments (产业链环节) the
 * statistics are broken down by. Stable codes shared by the zone pack, the database and the API.
 */

export const INDUSTRIES = ['biomedicine', 'integrated-circuits', 'artificial-intelligence', 'other'] as const;
/** 产业 — 生物医药, 集成电路, 人工智能, or other. */
export type Industry = (typeof INDUSTRIES)[number];

/** 产业链环节 per leading industry (人工智能 has none in the action plan). */
export const CHAIN_SEGMENTS_BY_INDUSTRY = {
  'integrated-circuits': ['design', 'manufacturing', 'packaging-testing', 'equipment', 'materials'],
  biomedicine: ['innovative-drugs', 'cro', 'cdmo', 'cell-gene-therapy', 'medical-devices'],
  'artificial-intelligence': [],
  other: [],
} as const satisfies Record<Industry, readonly string[]>;

export const CHAIN_SEGMENTS = [
  ...CHAIN_SEGMENTS_BY_INDUSTRY['integrated-circuits'],
  ...CHAIN_SEGMENTS_BY_INDUSTRY.biomedicine,
] as const;
/** 产业链环节 — IC: 设计/制造/封测/装备/材料; biomedicine: 创新药/CRO/CDMO/细胞与基因治疗/医疗器械. */
export type ChainSegment = (typeof CHAIN_SEGMENTS)[number];

/** Whether a chain segment belongs to an industry. */
export function isSegmentOf(industry: Industry, segment: ChainSegment): boolean {
  return (CHAIN_SEGMENTS_BY_INDUSTRY[industry] as readonly string[]).includes(segment);
}
