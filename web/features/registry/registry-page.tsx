import { Skeleton, Tabs } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { hasAnyPermission } from '../../app/auth/me';
import { ForbiddenResult } from '../../app/forbidden-result';
import { PageHeader } from '../../app/page-header';
import { Permission } from '../../app/permissions';
import { usePageTitle } from '../../app/use-page-title';
import { CoverageTab } from './coverage/coverage-tab';
import { ImportsTab } from './imports/imports-tab';
import { EnterprisesTab } from './list/enterprises-tab';
import { UnplacedTab } from './location/unplaced-tab';
import { RegistryReferenceProvider } from './registry-context';
import { ReviewTab } from './review/review-tab';

// The dashboard brings ECharts; the other tabs should not wait for it.
const StatisticsTab = lazy(() => import('./statistics/statistics-tab').then((m) => ({ default: m.StatisticsTab })));

const tabKeys = ['enterprises', 'imports', 'review', 'statistics', 'coverage', 'unplaced'] as const;
type TabKey = (typeof tabKeys)[number];

const tabs: Record<TabKey, ReactNode> = {
  enterprises: <EnterprisesTab />,
  imports: <ImportsTab />,
  review: <ReviewTab />,
  statistics: (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 12 }} />}>
      <StatisticsTab />
    </Suspense>
  ),
  coverage: <CoverageTab />,
  unplaced: <UnplacedTab />,
};

/**
 * 企业清单 — the zone's one reconciled enterprise list and what is built on it, one tab each at /registry/<tab>: the
 * list, imports, the review queue of likely duplicates, the statistics dashboard, the coverage report (应统尽统) and
 * the enterprises waiting to be placed by hand. Reading needs registry.read; what may be changed comes from the server.
 */
export function RegistryPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = pathname.split('/')[2] ?? '';
  usePageTitle(t('nav.registry'));

  if (!hasAnyPermission(me, [Permission.RegistryRead])) return <ForbiddenResult />;

  return (
    <RegistryReferenceProvider>
      <div data-testid="registry">
        <PageHeader title={t('nav.registry')} description={t('registry.description')} />
        <Tabs
          activeKey={current}
          onChange={(key) => void navigate(`/registry/${key}`)}
          items={tabKeys.map((key) => ({ key, label: <span data-testid={`tab-${key}`}>{t(`registry.tabs.${key}`)}</span> }))}
          style={{ marginBottom: 4 }}
        />
        <Routes>
          <Route index element={<Navigate to="enterprises" replace />} />
          {tabKeys.map((key) => (
            <Route key={key} path={key} element={tabs[key]} />
          ))}
          <Route path="*" element={<Navigate to="/registry/enterprises" replace />} />
        </Routes>
      </div>
    </RegistryReferenceProvider>
  );
}
