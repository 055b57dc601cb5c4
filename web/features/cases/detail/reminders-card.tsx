import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/use-api';
import { remindersPath, type CaseReminder } from '../cases-api';
import { RemindersList } from '../shared/reminders-list';

/** 时限提醒 — the reminders and escalations of this case; shown to officers only (the server lists none to applicants). */
export function RemindersCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data } = useApi<{ total: number; items: CaseReminder[] }>(remindersPath({ caseId, limit: 20 }));
  if (!data || data.total === 0) return null;
  return (
    <Card title={t('cases.reminders.title')} size="small" data-testid="case-reminders">
      <RemindersList items={data.items} withCase={false} />
    </Card>
  );
}
