import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Whether a fact is confirmed by an official source; hovering shows the source itself. */
export function SourceTag({ verified, source }: { verified: boolean; source: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('common.source', { source })}>
      <Tag
        color={verified ? 'success' : 'warning'}
        icon={verified ? <CheckCircleOutlined /> : <ExclamationCircleOutlined />}
        style={{ cursor: 'help', marginInlineEnd: 0 }}
      >
        {t(verified ? 'common.verified' : 'common.unverified')}
      </Tag>
    </Tooltip>
  );
}
