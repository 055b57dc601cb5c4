import { Card, Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorResult } from '../../app/api-error-result';
import { useAuth } from '../../app/auth/auth-context';
import { useLocalized } from '../../app/localized';
import { PageHeader } from '../../app/page-header';
import { useApi } from '../../app/use-api';
import { usePageTitle } from '../../app/use-page-title';
import { PoliciesForMeCard } from '../policies/for-me/policies-for-me-card';
import { BodiesCard } from './bodies-card';
import { CountCards } from './count-cards';
import { ResponsibilityMatrix } from './responsibility-matrix';
import { TownsCard } from './towns-card';
import { WorkingGroupsCard } from './working-groups-card';
import type { ZoneSummary } from './zone-summary';

/** 首页 — the zone at a glance, from the database: counts, who is responsible for what, bodies and towns. */
export function HomePage() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { data, error, reload } = useApi<ZoneSummary>('/api/zone/summary');
  // Staff acting for an enterprise see the policies it may qualify for first.
  const isEnterprise = useAuth().me?.actingUnit?.kind === 'enterprise';
  usePageTitle(t('home.title'));

  if (error && !data) return <ApiErrorResult error={error} onRetry={reload} />;
  if (!data) return <HomeSkeleton />;

  return (
    <div data-testid="home">
      <PageHeader title={name(data.zone)} description={t('home.subtitle')} />
      {isEnterprise && <PoliciesForMeCard />}
      <CountCards counts={data.counts} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ResponsibilityMatrix rows={data.responsibilities} />
        </Col>
        <Col xs={24} xl={8}>
          <WorkingGroupsCard groups={data.workingGroups} />
        </Col>
        <Col span={24}>
          <BodiesCard bodies={data.bodies} />
        </Col>
        <Col span={24}>
          <TownsCard towns={data.towns} />
        </Col>
      </Row>
    </div>
  );
}

function HomeSkeleton() {
  return (
    <div data-testid="home-loading" aria-busy="true">
      <Skeleton active title={{ width: 320 }} paragraph={{ rows: 1 }} style={{ marginBottom: 20 }} />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))', gap: 16, marginBottom: 16 }}>
        {Array.from({ length: 5 }, (_, i) => (
          <Card key={i}>
            <Skeleton active title={false} paragraph={{ rows: 2 }} />
          </Card>
        ))}
      </div>
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    </div>
  );
}
