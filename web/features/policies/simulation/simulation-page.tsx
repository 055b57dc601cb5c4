import { Card, Col, Empty, Flex, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { PageHeader } from '../../../app/page-header';
import { Permission } from '../../../app/permissions';
import { useAction } from '../../../app/use-action';
import { useApi } from '../../../app/use-api';
import { usePageTitle } from '../../../app/use-page-title';
import {
  createDraft,
  deleteDraft,
  draftsPath,
  policyPath,
  publishDraft,
  simulateDraft,
  updateDraft,
  type DraftInput,
  type PolicyDetail,
  type PolicyDraft,
  type Simulation,
} from '../policies-api';
import { PoliciesTabs } from '../shared/policies-tabs';
import { PolicySelect } from '../shared/policy-select';
import { useChosenPolicy } from '../shared/use-chosen-policy';
import { DraftEditor } from './draft-editor';
import { DraftPanel } from './draft-panel';
import { DraftsCard } from './drafts-card';

/**
 * 模拟测算 — a policy's drafts: change parameters from a date, simulate the draft against the version in force over
 * the whole registry (who gains, who loses, the amount, by town, body and industry), export it for the joint
 * meeting, and publish it as a new version once decided.
 */
export function SimulationPage() {
  const { t } = useTranslation();
  usePageTitle(t('policies.tabs.simulation'));
  const navigate = useNavigate();
  const { me } = useAuth();
  const canPublish = hasAnyPermission(me, [Permission.PolicyEdit]);
  const { policyId, policies, catalogue, choose } = useChosenPolicy('simulation');
  const [search, setSearch] = useSearchParams();
  const selectedId = search.get('draft') ?? undefined;
  const policy = useApi<PolicyDetail>(policyId ? policyPath(policyId) : null);
  const drafts = useApi<{ items: PolicyDraft[] }>(policyId ? draftsPath(policyId) : null);
  const actions = useAction();
  const [editor, setEditor] = useState<{ draft: PolicyDraft | undefined } | null>(null);
  const [simulations, setSimulations] = useState<Record<string, Simulation>>({});
  const selected = drafts.data?.items.find((d) => d.id === selectedId);

  // A simulation belongs to the draft as it was when run: another policy or an edit forgets it.
  useEffect(() => setSimulations({}), [policyId]);

  const select = (draftId: string | undefined) =>
    setSearch(
      (previous) => {
        const params = new URLSearchParams(previous);
        if (draftId) params.set('draft', draftId);
        else params.delete('draft');
        return params;
      },
      { replace: true },
    );

  const save = async (input: DraftInput) => {
    if (!policyId) return;
    const editing = editor?.draft;
    const outcome: { draft?: PolicyDraft } = {};
    const isDone = await actions.run(
      'save',
      async () => {
        outcome.draft = editing ? await updateDraft(policyId, editing.id, input) : await createDraft(policyId, input);
      },
      t('policies.simulation.saved'),
    );
    const saved = outcome.draft;
    if (isDone && saved) {
      setEditor(null);
      setSimulations(({ [saved.id]: _stale, ...rest }) => rest);
      drafts.reload();
      select(saved.id);
    }
  };

  const remove = async (draft: PolicyDraft) => {
    if (!policyId) return;
    if (await actions.run('delete', () => deleteDraft(policyId, draft.id), t('policies.simulation.deleted'))) {
      select(undefined);
      drafts.reload();
    }
  };

  const simulate = async (draft: PolicyDraft) => {
    if (!policyId) return;
    await actions.run('simulate', async () => {
      const simulation = await simulateDraft(policyId, draft.id);
      setSimulations((previous) => ({ ...previous, [draft.id]: simulation }));
    });
  };

  const publish = async (draft: PolicyDraft) => {
    if (!policyId) return;
    if (await actions.run('publish', () => publishDraft(policyId, draft.id), t('policies.simulation.published'))) {
      void navigate(`/policies/${policyId}`);
    }
  };

  const failure = policy.error ?? drafts.error;
  return (
    <div data-testid="policy-simulation">
      <PageHeader title={t('policies.tabs.simulation')} description={t('policies.simulation.description')} />
      <PoliciesTabs active="simulation" policyId={policyId} />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <PolicySelect policies={policies} value={policyId} onChange={choose} loading={catalogue.isLoading} />
      </Flex>
      {failure ? (
        <ApiErrorResult
          error={failure}
          onRetry={() => {
            policy.reload();
            drafts.reload();
          }}
        />
      ) : (
        <Row gutter={[16, 16]} align="top">
          <Col xs={24} xl={7}>
            <DraftsCard
              drafts={drafts.data?.items ?? []}
              selectedId={selectedId}
              loading={!drafts.data}
              onSelect={select}
              onCreate={() => setEditor({ draft: undefined })}
            />
          </Col>
          <Col xs={24} xl={17}>
            {selected && policy.data ? (
              <DraftPanel
                policy={policy.data}
                draft={selected}
                simulation={simulations[selected.id]}
                canPublish={canPublish}
                actions={actions}
                onEdit={() => setEditor({ draft: selected })}
                onDelete={() => void remove(selected)}
                onSimulate={() => void simulate(selected)}
                onPublish={() => publish(selected)}
              />
            ) : (
              <Card>
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.simulation.chooseDraft')} />
              </Card>
            )}
          </Col>
        </Row>
      )}
      {policy.data && (
        <DraftEditor
          policy={policy.data}
          draft={editor?.draft}
          open={editor !== null}
          isBusy={actions.pending === 'save'}
          onSave={(input) => void save(input)}
          onCancel={() => setEditor(null)}
        />
      )}
    </div>
  );
}
