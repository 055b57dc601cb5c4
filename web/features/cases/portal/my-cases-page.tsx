import { FormOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Listy, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAuth } from '../../../app/auth/auth-context';
import { useApi } from '../../../app/use-api';
import { useListParams } from '../../../app/use-list-params';
import { policiesPath, type PolicySummary } from '../../policies/policies-api';
import { PolicySelect } from '../../policies/shared/policy-select';
import { usePick } from '../../policies/shared/use-pick';
import { casesPath, type CaseList } from '../cases-api';
import { CasesTable } from '../shared/cases-table';
import { listDraftKeys } from './application-draft';

/** 我的办件 — the enterprise's cases with stage and deadline, its drafts, and the way to a new application. */
export function MyCasesPage() {
  const { t } = useTranslation();
  const { pick } = usePick();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { values, page, pageSize, update } = useListParams(['q', 'status'] as const);
  const status = values.status === 'open' || values.status === 'closed' ? values.status : undefined;
  const list = useApi<CaseList>(casesPath({ q: values.q, status, mine: true, limit: pageSize, offset: (page - 1) * pageSize }));
  const policies = useApi<{ items: PolicySummary[] }>(policiesPath());
  const [isChoosing, setChoosing] = useState(false);
  const [policyId, setPolicyId] = useState<string>();
  const drafts = listDraftKeys(Object.keys(localStorage), me?.user.id ?? 'anonymous');
  const policyName = (id: string) => {
    const policy = policies.data?.items.find((p) => p.id === id);
    return policy ? pick(policy.name) : id;
  };

  return (
    <div data-testid="my-cases">
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          <Input.Search allowClear defaultValue={values.q} placeholder={t('cases.list.search')} onSearch={(q) => update({ q })} style={{ width: 260 }} />
          <Select
            allowClear
            value={status}
            placeholder={t('cases.list.anyStatus')}
            onChange={(next?: string) => update({ status: next })}
            style={{ width: 140 }}
            options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`cases.list.status.${s}`) }))}
          />
        </Flex>
        <Button type="primary" icon={<FormOutlined />} onClick={() => setChoosing(true)} data-testid="new-application">
          {t('cases.apply.new')}
        </Button>
      </Flex>
      {drafts.length > 0 && (
        <Card size="small" title={t('cases.apply.drafts')} style={{ marginBottom: 16 }} data-testid="drafts">
          <Listy
            items={drafts}
            rowKey="key"
            itemRender={(draft) => (
              <Flex justify="space-between" align="center" gap={8}>
                {policyName(draft.policyId)}
                <Link to={`/cases/apply/${encodeURIComponent(draft.policyId)}`}>{t('cases.apply.continue')}</Link>
              </Flex>
            )}
          />
        </Card>
      )}
      {list.error ? (
        <ApiErrorResult error={list.error} onRetry={list.reload} />
      ) : (
        <CasesTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={page}
          pageSize={pageSize}
          isLoading={list.isLoading}
          showApplicant={false}
          onPage={(next, size) => update({ page: next, pageSize: size })}
        />
      )}
      <Modal
        open={isChoosing}
        title={t('cases.apply.choose')}
        okText={t('cases.apply.start')}
        okButtonProps={{ disabled: !policyId, 'data-testid': 'start-application' }  as ButtonProps}
        onOk={() => policyId && void navigate(`/cases/apply/${encodeURIComponent(policyId)}`)}
        onCancel={() => setChoosing(false)}
      >
        <Typography.Paragraph type="secondary">{t('cases.apply.chooseHint')}</Typography.Paragraph>
        <PolicySelect policies={policies.data?.items ?? []} value={policyId} onChange={setPolicyId} loading={policies.isLoading} />
      </Modal>
    </div>
  );
}
