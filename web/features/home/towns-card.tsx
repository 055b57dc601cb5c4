import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import { UnverifiedMark } from './unverified-mark';
import type { TownSummary } from './zone-summary';

/** 街镇 — the towns of the zone with their statistical codes. */
export function TownsCard({ towns }: { towns: TownSummary[] }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  return (
    <Card
      title={t('home.towns.title')}
      extra={<Typography.Text type="secondary">{t('home.towns.description')}</Typography.Text>}
      data-testid="towns"
    >
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 10 }}>
        {towns.map((town) => (
          <div
            key={town.code}
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              gap: 8,
              padding: '8px 12px',
              border: '1px solid #e8ecf3',
              borderRadius: 6,
              background: '#fafbfd',
            }}
          >
            <span style={{ fontWeight: 500 }}>
              {name(town)}
              {!town.verified && <UnverifiedMark />}
            </span>
            <Tag variant="filled" style={{ marginInlineEnd: 0, fontFamily: 'ui-monospace, monospace' }}>
              {town.code}
            </Tag>
          </div>
        ))}
      </div>
    </Card>
  );
}
