import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Descriptions, Flex, Row, Skeleton, Space, Tabs } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { WorkflowAction } from '../../../../core/workflow';
import { ApiErrorResult } from '../../../app/api-error-result';
import { formatDateTime } from '../../../app/format';
import { useLocalized } from '../../../app/localized';
import { PageHeader } from '../../../app/page-header';
import { useApi } from '../../../app/use-api';
import { usePageTitle } from '../../../app/use-page-title';
import { policyPath, type PolicyDetail } from '../../policies/policies-api';
import { formatYuan } from '../../policies/shared/format-value';
import { usePick } from '../../policies/shared/use-pick';
import { ActionModal } from '../actions/action-modal';
import { casePath, expertsPath, type CaseDetail, type ExpertUser } from '../cases-api';
import { CaseStatusTag } from '../shared/case-status-tag';
import { DeadlineTag } from '../shared/deadline-tag';
import { useCaseWords } from '../shared/use-case-words';
import { useUnitNames } from '../shared/use-unit-names';
import { ActionBar } from './action-bar';
import { ApplicationCard } from './application-card';
import { CaseSteps } from './case-steps';
import { ClocksCard } from './clocks-card';
import { CorrectionCard } from './correction-card';
import { DocumentsCard } from './documents-card';
import { EligibilityCard } from './eligibility-card';
import { ExpertsCard } from './experts-card';
import { NoticeCard } from './notice-card';
import { RatingCard } from './rating-card';
import { RemindersCard } from './reminders-card';
import { SigningCard } from './signing-card';
import { TimelineCard } from './timeline-card';
import { useActionOptions } from './use-action-options';
import { useCaseAction } from './use-case-action';

const EXPERT_ACTIONS = ['assign-experts', 'replace-expert'];

/**
 * 办件详情 — one case for whoever may see it: the applicant follows it, answers a correction, downloads documents
 * and rates; an officer or expert sees the trace, materials and scores and takes the actions the server offers.
 */
export function CaseDetailPage({ backTo }: { backTo: string }) {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const { name } = useLocalized();
  const { pick, language } = usePick();
  const loaded = useApi<CaseDetail>(casePath(caseId));
  // The answer of an action is the case after it: shown at once, without another round trip.
  const [latest, setLatest] = useState<CaseDetail>();
  const detail = latest?.id === caseId && (!loaded.data || latest.version >= loaded.data.version) ? latest : loaded.data;
  const { data: policy } = useApi<PolicyDetail>(detail ? policyPath(detail.policy.id) : null);
  const needsExperts = detail !== undefined && (detail.state.experts !== null || detail.abilities.some((a) => EXPERT_ACTIONS.includes(a)));
  const { data: expertList } = useApi<{ items: ExpertUser[] }>(needsExperts ? expertsPath : null);
  const experts = useMemo(() => expertList?.items ?? [], [expertList]);
  const expertNames = useMemo(() => new Map(experts.map((e) => [e.id, e.displayName])), [experts]);
  const words = useCaseWords(detail, expertNames);
  const { units } = useUnitNames();
  const options = useActionOptions(detail, policy, units, experts, words);
  const [chosen, setChosen] = useState<WorkflowAction>();
  const onDone = useCallback((next: CaseDetail) => {
    setLatest(next);
    setChosen(undefined);
  }, []);
  const { act, pending, isStale, clearStale } = useCaseAction(detail, onDone);
  usePageTitle(detail?.caseNumber ?? t('cases.title'));

  if (loaded.error) return <ApiErrorResult error={loaded.error} onRetry={loaded.reload} />;
  if (!detail) return <Skeleton active paragraph={{ rows: 12 }} />;

  const reload = () => {
    clearStale();
    setLatest(undefined);
    loaded.reload();
  };
  const subjectName = (subject: string) => {
    const material = policy?.materials.find((m) => m.id === subject);
    const field = policy?.form.find((f) => f.name === subject);
    return material ? pick(material.name) : field ? pick(field.label) : subject;
  };
  const { state } = detail;

  const progress = (
    <Flex vertical gap={16}>
      {state.correction && (
        <CorrectionCard
          detail={detail}
          materials={policy?.materials ?? []}
          words={words}
          subjectName={subjectName}
          isBusy={pending === 'resubmit'}
          onResubmit={(payload) => void act('resubmit', payload)}
        />
      )}
      {state.signing && <SigningCard signing={state.signing} words={words} />}
      {state.experts && <ExpertsCard panel={state.experts} rubric={policy?.rubric ?? null} words={words} />}
      {state.notice && <NoticeCard notice={state.notice} />}
      <TimelineCard entries={detail.timeline} words={words} />
    </Flex>
  );

  return (
    <div data-testid="case-detail" data-version={detail.version} data-stage={detail.stage.id}>
      <Link to={backTo}>
        <ArrowLeftOutlined /> {t('cases.detail.back')}
      </Link>
      <PageHeader
        title={<span data-testid="case-number">{detail.caseNumber}</span>}
        tags={
          <Space size={4}>
            <CaseStatusTag item={detail} />
            {detail.status === 'open' && <DeadlineTag deadline={detail.deadline} />}
          </Space>
        }
        description={`${name({ name: detail.policy.name, nameEn: detail.policy.nameEn })} · ${detail.applicant.name}`}
      />
      {isStale && (
        <Alert
          type="warning"
          showIcon
          title={t('cases.detail.stale')}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={reload} data-testid="reload-case">
              {t('cases.detail.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
          data-testid="stale-case"
        />
      )}
      <CaseSteps state={state} words={words} />
      <div style={{ marginBottom: 16 }}>
        <ActionBar abilities={detail.abilities} pending={pending} onChoose={setChosen} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Tabs
            items={[
              { key: 'progress', label: t('cases.detail.progress'), children: progress },
              { key: 'application', label: t('cases.detail.application'), children: <ApplicationCard detail={detail} policy={policy} /> },
              { key: 'eligibility', label: t('cases.detail.eligibility'), children: <EligibilityCard detail={detail} policy={policy} /> },
            ]}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Descriptions
              size="small"
              bordered
              column={1}
              items={[
                { key: 'submitted', label: t('cases.detail.submittedAt'), children: formatDateTime(detail.submittedAt) },
                { key: 'body', label: t('cases.detail.body'), children: detail.route?.body ? name(detail.route.body) : t('cases.detail.noBody') },
                {
                  key: 'route',
                  label: t('cases.detail.route'),
                  children: detail.route ? (language === 'en' ? detail.route.ruleNameEn : detail.route.ruleName) ?? t(`cases.route.${detail.route.status}`) : t('common.none'),
                },
                ...(state.decision
                  ? [
                      {
                        key: 'decision',
                        label: t('cases.detail.decision'),
                        children: `${t(`cases.decision.${state.decision.outcome}`)}${state.decision.amount !== null ? ` · ${formatYuan(state.decision.amount, language)}` : ''}`,
                      },
                    ]
                  : []),
              ]}
            />
            {detail.status === 'open' && <ClocksCard detail={detail} />}
            <RemindersCard caseId={detail.id} />
            <DocumentsCard detail={detail} />
            <RatingCard
              rating={state.rating}
              canRate={detail.abilities.includes('rate')}
              isBusy={pending === 'rate'}
              onRate={(payload) => void act('rate', payload)}
            />
          </Flex>
        </Col>
      </Row>
      <ActionModal action={chosen} options={options} isBusy={pending !== null} onSubmit={(action, payload) => void act(action, payload)} onCancel={() => setChosen(undefined)} />
    </div>
  );
}
