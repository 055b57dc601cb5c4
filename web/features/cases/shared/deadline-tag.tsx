import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineTagColor, deadlineTagView, type DeadlineLike, type DeadlineStatus } from './deadline-view';

/** 时限标签 — the case's deadline as a coloured tag; the due date in its tooltip. */
export function DeadlineTag({ deadline }: { deadline: DeadlineLike | null }) {
  const { t } = useTranslation();
  if (!deadline) return <span>{t('common.none')}</span>;
  const view = deadlineTagView(deadline);
  return (
    <Tooltip title={deadline.dueDate ? t('cases.deadline.due', { date: deadline.dueDate }) : undefined}>
      <Tag color={view.color} data-testid="deadline-tag" data-status={deadline.isPaused ? 'paused' : deadline.status}>
        {t(`cases.deadline.${view.key}`, { count: view.days })}
      </Tag>
    </Tooltip>
  );
}

/** 时限颜色 — a list row's deadline: its colour and its last day (the list carries no day counts). */
export function DueDateTag({ status, dueDate }: { status: DeadlineStatus | null; dueDate: string | null }) {
  const { t } = useTranslation();
  if (!status) return <span>{t('common.none')}</span>;
  return (
    <Tag color={deadlineTagColor(status)} data-testid="deadline-tag" data-status={status}>
      {dueDate ? t('cases.deadline.due', { date: dueDate }) : t(`cases.deadline.status.${status}`)}
    </Tag>
  );
}
