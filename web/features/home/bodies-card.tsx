import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import { UnverifiedMark } from './unverified-mark';
import type { BodySummary } from './zone-summary';

/** 管理主体 — the bodies of the zone, whether they serve the original or the expansion area. */
export function BodiesCard({ bodies }: { bodies: BodySummary[] }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  return (
    <Card
      title={t('home.bodies.title')}
      extra={<Typography.Text type="secondary">{t('home.bodies.description')}</Typography.Text>}
      data-testid="bodies"
    >
      <ul
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
          gap: 12,
        }}
      >
        {bodies.map((body) => (
          <li
            key={body.id}
            style={{
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'space-between',
              gap: 8,
              padding: '12px 14px',
              border: '1px solid #e8ecf3',
              borderRadius: 6,
              background: '#fafbfd',
            }}
          >
            <span style={{ fontWeight: 500 }}>
              {name(body)}
              {!body.verified && <UnverifiedMark />}
            </span>
            <span style={{ display: 'inline-flex', gap: 6, flexWrap: 'wrap' }}>
              <Tag color={body.area === 'original' ? 'blue' : 'cyan'} style={{ marginInlineEnd: 0 }}>
                {t(body.area === 'original' ? 'home.bodies.original' : 'home.bodies.expansion')}
              </Tag>
              {body.approvalMark && (
                <Tooltip title={t('home.bodies.approvalMark', { mark: body.approvalMark })}>
                  <Tag icon={<SafetyCertificateOutlined />} color="purple" style={{ marginInlineEnd: 0, cursor: 'help' }}>
                    {t('home.bodies.delegated')}
                  </Tag>
                </Tooltip>
              )}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
