import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** A small warning beside a fact no official source confirms yet (the zone pack's `verified: false`). */
export function UnverifiedMark() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('home.unverifiedHint')}>
      <ExclamationCircleOutlined
        aria-label={t('common.unverified')}
        data-testid="unverified"
        style={{ color: '#d97706', cursor: 'help', marginInlineStart: 6 }}
      />
    </Tooltip>
  );
}
