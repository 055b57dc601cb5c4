import { Tag, Tooltip } from 'antd';
import { INDUSTRY_COLORS } from './industry-colors';
import type { ChainSegment, Industry } from './registry-api';
import { useRegistryLabels } from './use-registry-labels';

/** 产业标签 — the leading industry in its colour, the chain segment beside it when there is one. */
export function IndustryTag({ industry, chainSegment, industryCode }: { industry: Industry | null; chainSegment?: ChainSegment | null; industryCode?: string | null }) {
  const labels = useRegistryLabels();
  if (!industry) return <span>{labels.industry(null)}</span>;
  const tag = (
    <Tag color={INDUSTRY_COLORS[industry]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {labels.industry(industry)}
      {chainSegment ? ` · ${labels.segment(chainSegment)}` : ''}
    </Tag>
  );
  return industryCode ? <Tooltip title={`GB/T 4754-2017: ${industryCode}`}>{tag}</Tooltip> : tag;
}
