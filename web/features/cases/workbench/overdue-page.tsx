import { Card, Col, Empty, Flex, Listy, Row, Skeleton, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorResult } from '../../../app/api-error-result';
import { useApi } from '../../../app/use-api';
import { overduePath, type OverdueGroup } from '../cases-api';

/** 超期督办 — for the supervisor: the overdue cases of the zone, body by body, most overdue body first. */
export function OverduePage() {
  const { t } = useTranslation();
  const { data, error, reload } = useApi<{ items: OverdueGroup[] }>(overduePath);
  if (error) return <ApiErrorResult error={error} onRetry={reload} />;
  if (!data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const groups = [...data.items].sort((a, b) => b.overdue - a.overdue);
  return (
    <div data-testid="overdue">
      <Statistic title={t('cases.overdue.total')} value={groups.reduce((sum, g) => sum + g.overdue, 0)} style={{ marginBottom: 16 }} />
      {groups.length === 0 ? (
        <Empty description={t('cases.overdue.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {groups.map((group) => (
            <Col key={group.bodyId ?? 'none'} xs={24} md={12} xl={8}>
              <Card size="small" title={group.bodyName ?? t('cases.detail.noBody')} extra={<Tag color="error">{t('cases.overdue.count', { count: group.overdue })}</Tag>}>
                <Listy
                  items={group.cases}
                  rowKey="id"
                  itemRender={(item) => (
                    <Flex justify="space-between" align="center" gap={8}>
                      <Link to={`/cases/${item.id}`}>{item.caseNumber}</Link>
                      <span style={{ fontSize: 12, color: '#64748b' }}>
                        {item.stageId} · {t('cases.deadline.due', { date: item.dueDate ?? t('common.none') })}
                      </span>
                    </Flex>
                  )}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
