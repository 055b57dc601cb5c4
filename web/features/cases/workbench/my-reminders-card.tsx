import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/use-api';
import { remindersPath, type CaseReminder } from '../cases-api';
import { RemindersList } from '../shared/reminders-list';

/** 我的时限提醒 — on the workbench: reminders for the unit I act for and escalations sent to me, newest first. */
export function MyRemindersCard() {
  const { t } = useTranslation();
  const { data } = useApi<{ total: number; items: CaseReminder[] }>(remindersPath({ mine: true, limit: 10 }));
  if (!data || data.total === 0) return null;
  return (
    <Card size="small" title={t('cases.reminders.mine')} style={{ marginBottom: 16 }} data-testid="my-reminders">
      <RemindersList items={data.items} withCase />
    </Card>
  );
}
