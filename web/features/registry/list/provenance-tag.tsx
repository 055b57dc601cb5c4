import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Provenance } from '../registry-api';
import { useRegistryLabels } from '../use-registry-labels';

/** 值来源标签 — which source a golden-record value came from; the batch, row and record on hover. */
export function ProvenanceTag({ provenance }: { provenance: Provenance | undefined }) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  if (!provenance) return null;
  return (
    <Tooltip
      title={t('registry.detail.provenanceHint', {
        source: labels.source(provenance.sourceId),
        batch: provenance.batchId ?? t('common.none'),
        row: provenance.rowNo ?? t('common.none'),
        record: provenance.recordId ?? t('common.none'),
      })}
    >
      <Tag variant="filled" color="blue" style={{ marginInlineStart: 8, cursor: 'help', fontSize: 11 }} data-testid="provenance-tag">
        {labels.source(provenance.sourceId)}
      </Tag>
    </Tooltip>
  );
}
