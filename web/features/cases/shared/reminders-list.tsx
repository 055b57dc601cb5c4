import { Listy, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/format';
import { useLocalized } from '../../../app/localized';
import type { CaseReminder } from '../cases-api';

/** 时限提醒 — reminders (yellow) and escalations (red) as a compact list; with the case number when `withCase`. */
export function RemindersList({ items, withCase }: { items: CaseReminder[]; withCase: boolean }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  if (items.length === 0) return <Typography.Text type="secondary">{t('cases.reminders.none')}</Typography.Text>;
  // Listy, not List: antd 6.6 deprecates List (its development build warns on every render).
  return (
    <Listy<CaseReminder>
      items={items}
      rowKey="id"
      itemRender={(item) => (
        <span data-testid={`reminder-${item.kind}`}>
          <Tag color={item.kind === 'escalation' ? 'error' : 'warning'}>{t(`cases.reminders.kind.${item.kind}`)}</Tag>
          {withCase && <Link to={`/cases/${item.caseId}`} style={{ marginRight: 8 }}>{item.caseNumber}</Link>}
          <span style={{ fontSize: 12, color: '#64748b' }}>
            {t('cases.reminders.line', { stage: name(item.stage), visit: item.visit, due: item.dueDate ?? t('common.none'), at: formatDateTime(item.createdAt) })}
          </span>
        </span>
      )}
    />
  );
}
