import { CloudUploadOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../app/api';
import type { ActionRunner } from '../../../app/use-action';
import { simulationExportPath, type PolicyDetail, type PolicyDraft, type Simulation } from '../policies-api';
import { formatValue } from '../shared/format-value';
import { usePick } from '../shared/use-pick';
import { ChangesTable } from './changes-table';
import { ComparisonCharts } from './comparison-charts';
import { dayBefore, listDraftChanges, versionReplacedBy, type DraftChange } from './draft-form';
import { SimulationFigures } from './simulation-figures';

/**
 * 草稿详情 — one draft: the parameters it changes against the values in force, the simulation over the whole
 * registry with its figures, charts and changed enterprises, the Excel export, and publication as a new version
 * (with a confirmation that says from when, and that history stays as it is).
 */
export function DraftPanel({
  policy,
  draft,
  simulation,
  canPublish,
  actions,
  onEdit,
  onDelete,
  onSimulate,
  onPublish,
}: {
  policy: PolicyDetail;
  draft: PolicyDraft;
  simulation: Simulation | undefined;
  canPublish: boolean;
  actions: ActionRunner;
  onEdit: () => void;
  onDelete: () => void;
  onSimulate: () => void;
  onPublish: () => void;
}) {
  const { t } = useTranslation();
  const { pick, language } = usePick();
  const { modal } = App.useApp();
  const isDraft = draft.status === 'draft';
  const changes = listDraftChanges(policy.parameters, draft.parameters);

  const confirmPublish = () =>
    modal.confirm({
      title: t('policies.simulation.publishTitle'),
      content: (
        <span data-testid="publish-confirmation">
          {t('policies.simulation.publishBody', {
            from: draft.validFrom,
            version: versionReplacedBy(policy.versions, draft.validFrom) ?? policy.version.version,
            to: dayBefore(draft.validFrom),
          })}
        </span>
      ),
      okText: t('policies.simulation.publish'),
      onOk: onPublish,
    });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="draft-panel">
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            <span>{t('policies.validFrom', { from: draft.validFrom })}</span>
            <Tag color={isDraft ? 'blue' : 'green'}>
              {isDraft ? t('policies.simulation.status.draft') : t('policies.simulation.publishedAs', { version: draft.publishedVersion ?? '' })}
            </Tag>
          </Flex>
        }
        extra={
          isDraft && (
            <Space size={4}>
              <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
                {t('common.edit')}
              </Button>
              <Popconfirm title={t('policies.simulation.deleteConfirm')} onConfirm={onDelete}>
                <Button size="small" danger icon={<DeleteOutlined />} loading={actions.pending === 'delete'}>
                  {t('policies.simulation.deleteDraft')}
                </Button>
              </Popconfirm>
            </Space>
          )
        }
      >
        {draft.note && <Typography.Paragraph type="secondary">{draft.note}</Typography.Paragraph>}
        <Table<DraftChange>
          rowKey={(c) => c.parameter.name}
          size="small"
          pagination={false}
          dataSource={changes}
          data-testid="draft-changes"
          columns={[
            { title: t('policies.simulation.parameter'), render: (_, c) => pick(c.parameter.label) },
            { title: t('policies.simulation.currentValue'), width: 160, render: (_, c) => formatValue(c.parameter.type, c.current, language) },
            {
              title: t('policies.simulation.proposedValue'),
              width: 160,
              render: (_, c) => <Typography.Text strong>{formatValue(c.parameter.type, c.proposed, language)}</Typography.Text>,
            },
          ]}
        />
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button type="primary" icon={<PlayCircleOutlined />} loading={actions.pending === 'simulate'} onClick={onSimulate} data-testid="run-simulation">
            {t(simulation ? 'policies.simulation.rerun' : 'policies.simulation.run')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={actions.pending === 'export'}
            onClick={() => void actions.run('export', () => downloadFile(simulationExportPath(policy.id, draft.id), `${policy.id}-simulation.xlsx`))}
            data-testid="export-simulation"
          >
            {t('policies.simulation.export')}
          </Button>
          {isDraft && canPublish && (
            <Button icon={<CloudUploadOutlined />} loading={actions.pending === 'publish'} onClick={confirmPublish} data-testid="publish-draft">
              {t('policies.simulation.publish')}
            </Button>
          )}
        </Flex>
      </Card>
      {simulation ? (
        <>
          <Typography.Text type="secondary" data-testid="simulation-as-of">
            {t('policies.simulation.asOf', { asOf: simulation.asOf, count: simulation.enterprises })}
          </Typography.Text>
          <SimulationFigures simulation={simulation} />
          <ComparisonCharts simulation={simulation} />
          <ChangesTable changes={simulation.changes} />
        </>
      ) : (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.simulation.notRun')} />
        </Card>
      )}
    </Space>
  );
}
