import { ApartmentOutlined, BankOutlined, BarChartOutlined, ClusterOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Statistic, Typography } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountKey, ZoneSummary } from './zone-summary';

const cards: { key: CountKey; icon: ComponentType; color: string }[] = [
  { key: 'towns', icon: ClusterOutlined, color: '#1f5fd1' },
  { key: 'bodies', icon: BankOutlined, color: '#0e9f6e' },
  { key: 'departments', icon: ApartmentOutlined, color: '#7e3af2' },
  { key: 'workingGroups', icon: TeamOutlined, color: '#d97706' },
  { key: 'statisticalUnits', icon: BarChartOutlined, color: '#0891b2' },
];

/** The zone's key counts, as the database holds them. */
export function CountCards({ counts }: { counts: ZoneSummary['counts'] }) {
  const { t } = useTranslation();
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))', gap: 16, marginBottom: 16 }}
    >
      {cards.map(({ key, icon: Icon, color }) => (
        <Card key={key} data-testid={`count-${key}`} styles={{ body: { padding: '18px 20px' } }}>
          <div style={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 12 }}>
            <Statistic title={t(`home.counts.${key}`)} value={counts[key]} />
            <span
              aria-hidden
              style={{
                display: 'inline-flex',
                alignItems: 'center',
                justifyContent: 'center',
                width: 40,
                height: 40,
                borderRadius: 10,
                fontSize: 20,
                color,
                background: `${color}14`,
              }}
            >
              <Icon />
            </span>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`home.countHints.${key}`)}
          </Typography.Text>
        </Card>
      ))}
    </div>
  );
}
