import { Alert, Button, Flex, Form, Input, InputNumber, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorResult } from '../../../app/api-error-result';
import { formatDateTime } from '../../../app/format';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import { DateInput } from '../../policies/shared/date-input';
import { addCalendarOverride, calendarOverridesPath, removeCalendarOverride, type CalendarOverride } from '../cases-api';

type NewOverride = Pick<CalendarOverride, 'date' | 'kind' | 'reason'>;
const KINDS = ['workday', 'holiday'] as const;

/**
 * 工作日历调整 — for administrators: the zone's make-up working days and days off beside the official calendar, one
 * year at a time; add and remove (the server audits each change and the deadlines count with it at once).
 */
export function CalendarOverridesPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const list = useApi<{ items: CalendarOverride[] }>(calendarOverridesPath(year));
  const { run, pending } = useAction();
  const [form] = Form.useForm<NewOverride>();
  // The override says what the day becomes (补班 / 调休); the official arrangement is a plain working day or day off.
  const kindTag = (kind: CalendarOverride['kind'], labels: 'kinds' | 'officialKinds' = 'kinds') => (
    <Tag color={kind === 'workday' ? 'blue' : 'green'}>{t(`cases.calendar.${labels}.${kind}`)}</Tag>
  );

  const add = async (values: NewOverride) => {
    if (await run('add', () => addCalendarOverride(values), t('cases.calendar.added', { date: values.date }))) {
      form.resetFields();
      list.reload();
    }
  };
  const remove = async (date: string) => {
    if (await run(`remove:${date}`, () => removeCalendarOverride(date), t('cases.calendar.removed', { date }))) list.reload();
  };

  return (
    <div data-testid="calendar-overrides">
      <Alert type="info" showIcon title={t('cases.calendar.description')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="inline" onFinish={(values) => void add(values)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="date" label={t('cases.calendar.date')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="kind" label={t('cases.calendar.kind')} rules={[{ required: true }]}>
          <Select style={{ width: 170 }} options={KINDS.map((kind) => ({ value: kind, label: t(`cases.calendar.kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('cases.calendar.reason')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input style={{ width: 260 }} maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending === 'add'} data-testid="calendar-add">
          {t('cases.calendar.add')}
        </Button>
      </Form>
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <span>{t('cases.calendar.year')}</span>
        <InputNumber min={2000} max={2100} value={year} onChange={(next) => next && setYear(next)} />
      </Flex>
      {list.error ? (
        <ApiErrorResult error={list.error} onRetry={list.reload} />
      ) : (
        <Table<CalendarOverride>
          rowKey="date"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('cases.calendar.none') }}
          columns={[
            { key: 'date', title: t('cases.calendar.date'), dataIndex: 'date' },
            { key: 'kind', title: t('cases.calendar.kind'), render: (_, row) => kindTag(row.kind) },
            { key: 'official', title: t('cases.calendar.official'), render: (_, row) => kindTag(row.officialKind, 'officialKinds') },
            { key: 'reason', title: t('cases.calendar.reason'), dataIndex: 'reason' },
            { key: 'by', title: t('cases.calendar.createdBy'), render: (_, row) => `${row.createdBy?.name ?? t('common.none')} · ${formatDateTime(row.createdAt)}` },
            {
              key: 'remove',
              render: (_, row) => (
                <Popconfirm title={t('cases.calendar.removeConfirm', { date: row.date })} onConfirm={() => void remove(row.date)}>
                  <Button size="small" danger loading={pending === `remove:${row.date}`}>
                    {t('cases.calendar.remove')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
