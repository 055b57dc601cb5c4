import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import { primaryBlue } from '../../app/theme';
import type { UnitRef } from './zone-summary';

/** 工作组 — the working groups under the joint meeting. */
export function WorkingGroupsCard({ groups }: { groups: UnitRef[] }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  return (
    <Card
      title={t('home.workingGroups.title')}
      data-testid="working-groups"
      style={{ height: '100%' }}
      styles={{ body: { paddingBlock: 12 } }}
    >
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}>
        {groups.map((group, index) => (
          <li key={group.id} style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '6px 0' }}>
            <span
              aria-hidden
              style={{
                flex: 'none',
                width: 26,
                height: 26,
                borderRadius: '50%',
                display: 'inline-flex',
                alignItems: 'center',
                justifyContent: 'center',
                fontSize: 13,
                fontWeight: 600,
                color: primaryBlue,
                background: '#eef3fd',
              }}
            >
              {index + 1}
            </span>
            <span style={{ fontWeight: 500 }}>{name(group)}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
