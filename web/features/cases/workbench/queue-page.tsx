import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import { policiesPath, type PolicySummary } from '../../policies/policies-api';
import { usePick } from '../../policies/shared/use-pick';
import { casesPath, type CaseList, type StageRef } from '../cases-api';
import { CasesTable } from '../shared/cases-table';
import { DEADLINE_STATUSES, type DeadlineStatus } from '../shared/deadline-view';
import { acceptCases } from './bulk-accept';
import { MyRemindersCard } from './my-reminders-card';

/**
 * 待办 — the officer's queue, bounded by the server to the cases within their scope: filters by stage, deadline
 * colour and policy, "mine" for the cases assigned to the acting unit, and bulk accept of the chosen cases.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { pick } = usePick();
  const { message } = App.useApp();
  const { values, page, pageSize, update } = useListParams(['q', 'stage', 'deadline', 'policyId', 'mine', 'status'] as const);
  const deadline = DEADLINE_STATUSES.find((s) => s === values.deadline);
  const status = values.status === 'closed' ? 'closed' : 'open';
  const list = useApi<CaseList>(
    casesPath({ q: values.q, stage: values.stage, deadline, policyId: values.policyId, status, mine: values.mine !== 'false', limit: pageSize, offset: (page - 1) * pageSize }),
  );
  const policies = useApi<{ items: PolicySummary[] }>(policiesPath());
  // The stages met so far, to filter by; the list names them, the workflows are the server's.
  const [stages, setStages] = useState<Map<string, StageRef>>(new Map());
  const [selected, setSelected] = useState<string[]>([]);
  const [isAccepting, setAccepting] = useState(false);
  const items = list.data?.items ?? [];
  if (items.some((item) => !stages.has(item.stage.id))) setStages(new Map([...stages, ...items.map((item) => [item.stage.id, item.stage] as const)]));

  const bulkAccept = async () => {
    setAccepting(true);
    const result = await acceptCases(selected);
    setAccepting(false);
    setSelected([]);
    list.reload();
    const summary = t('cases.queue.bulkResult', { accepted: result.accepted.length, skipped: result.skipped.length, failed: result.failed.length });
    if (result.failed.length > 0) void message.warning(`${summary} ${result.failed.map((f) => `${f.caseNumber}: ${f.message}`).join('；')}`);
    else void message.success(summary);
  };

  return (
    <div data-testid="queue">
      <MyRemindersCard />
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap align="center">
          <Input.Search allowClear defaultValue={values.q} placeholder={t('cases.list.search')} onSearch={(q) => update({ q })} style={{ width: 240 }} />
          <Select
            allowClear
            value={values.stage}
            placeholder={t('cases.queue.anyStage')}
            onChange={(stage?: string) => update({ stage })}
            style={{ width: 150 }}
            options={[...stages.values()].map((stage) => ({ value: stage.id, label: name({ name: stage.name, nameEn: stage.nameEn }) }))}
            data-testid="filter-stage"
          />
          <Select<DeadlineStatus>
            allowClear
            value={deadline}
            placeholder={t('cases.queue.anyDeadline')}
            onChange={(next) => update({ deadline: next })}
            style={{ width: 140 }}
            options={DEADLINE_STATUSES.map((s) => ({ value: s, label: t(`cases.deadline.status.${s}`) }))}
            data-testid="filter-deadline"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={values.policyId}
            placeholder={t('cases.queue.anyPolicy')}
            onChange={(policyId?: string) => update({ policyId })}
            style={{ width: 240 }}
            options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: pick(p.name) }))}
          />
          <Select
            value={status}
            onChange={(next: string) => update({ status: next === 'open' ? undefined : next })}
            style={{ width: 110 }}
            options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`cases.list.status.${s}`) }))}
          />
          <Flex gap={6} align="center">
            <Switch size="small" checked={values.mine !== 'false'} onChange={(mine) => update({ mine: mine ? undefined : 'false' })} data-testid="filter-mine" />
            <Typography.Text>{t('cases.queue.mine')}</Typography.Text>
          </Flex>
        </Flex>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          disabled={selected.length === 0}
          loading={isAccepting}
          onClick={() => void bulkAccept()}
          data-testid="bulk-accept"
        >
          {t('cases.queue.bulkAccept', { count: selected.length })}
        </Button>
      </Flex>
      {list.error ? (
        <ApiErrorResult error={list.error} onRetry={list.reload} />
      ) : (
        <CasesTable
          items={items}
          total={list.data?.total ?? 0}
          page={page}
          pageSize={pageSize}
          isLoading={list.isLoading}
          onPage={(next, size) => update({ page: next, pageSize: size })}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (item) => ({ disabled: item.status !== 'open' }),
          }}
        />
      )}
    </div>
  );
}
