import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LayerInfo } from './territory-api';

/**
 * 示意标注 — marks a layer drawn from illustrative (approximate) data, or confirms a verified one; hovering shows
 * the source and the version in force, so nobody mistakes a demo boundary for an official one.
 */
export function LayerBadge({ info }: { info: LayerInfo }) {
  const { t } = useTranslation();
  const isApproximate = info.approximate || !info.verified;
  const hint = t(isApproximate ? 'territory.layers.approximateHint' : 'territory.layers.verifiedHint', {
    source: info.source,
    version: info.version,
  });
  return (
    <Tooltip title={hint}>
      <Tag
        color={isApproximate ? 'warning' : 'success'}
        icon={isApproximate ? <ExclamationCircleOutlined /> : <CheckCircleOutlined />}
        style={{ cursor: 'help', marginInlineEnd: 0, fontSize: 11, lineHeight: '18px', paddingInline: 5 }}
        data-testid={`layer-badge-${info.layer}`}
      >
        {t(isApproximate ? 'territory.layers.approximate' : 'common.verified')}
      </Tag>
    </Tooltip>
  );
}
