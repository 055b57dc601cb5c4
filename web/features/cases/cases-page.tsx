import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { hasAnyPermission } from '../../app/auth/me';
import { ForbiddenResult } from '../../app/forbidden-result';
import { PageHeader } from '../../app/page-header';
import { Permission } from '../../app/permissions';
import { usePageTitle } from '../../app/use-page-title';
import { CalendarOverridesPage } from './calendar/calendar-overrides-page';
import { CaseDetailPage } from './detail/case-detail-page';
import { ApplyPage } from './portal/apply-page';
import { MyCasesPage } from './portal/my-cases-page';
import { OverduePage } from './workbench/overdue-page';
import { QueuePage } from './workbench/queue-page';

/** The list pages of the module, each with the permission that opens it. */
const listPages = [
  { key: 'mine', permission: Permission.CaseApply },
  { key: 'queue', permission: Permission.CaseAct },
  { key: 'overdue', permission: Permission.CaseSupervise },
  { key: 'calendar', permission: Permission.CaseCalendarManage },
] as const;

/**
 * 办件 — the enterprise's portal (my cases, apply, follow a case) and the officers' workbench (queue, case
 * detail, overdue cases by body) and the administrators' working-day calendar. Which lists show depends on the acting unit's permissions; what may be done to a
 * case comes with the case.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  usePageTitle(t('cases.title'));
  // An enterprise applies and follows its own cases; the queue is for those who handle other people's.
  const isApplicant = hasAnyPermission(me, [Permission.CaseApply]);
  const allowed = listPages.filter((page) => hasAnyPermission(me, [page.permission]) && !(page.key === 'queue' && isApplicant));
  const current = pathname.split('/')[2] ?? '';

  if (!hasAnyPermission(me, [Permission.CaseRead]) || allowed.length === 0) return <ForbiddenResult />;
  const home = `/cases/${allowed[0]!.key}`;

  const list = (page: (typeof listPages)[number]['key'], element: React.ReactNode) =>
    allowed.some((p) => p.key === page) ? (
      <div>
        <PageHeader title={t('cases.title')} description={t(isApplicant ? 'cases.portalDescription' : 'cases.workbenchDescription')} />
        <Tabs
          activeKey={current}
          onChange={(key) => void navigate(`/cases/${key}`)}
          items={allowed.map((p) => ({ key: p.key, label: <span data-testid={`tab-${p.key}`}>{t(`cases.tabs.${p.key}`)}</span> }))}
          style={{ marginBottom: 4 }}
        />
        {element}
      </div>
    ) : (
      <ForbiddenResult />
    );

  return (
    <Routes>
      <Route index element={<Navigate to={home} replace />} />
      <Route path="mine" element={list('mine', <MyCasesPage />)} />
      <Route path="queue" element={list('queue', <QueuePage />)} />
      <Route path="overdue" element={list('overdue', <OverduePage />)} />
      <Route path="calendar" element={list('calendar', <CalendarOverridesPage />)} />
      <Route path="apply/:policyId" element={isApplicant ? <ApplyPage /> : <ForbiddenResult />} />
      <Route path=":caseId" element={<CaseDetailPage backTo={home} />} />
    </Routes>
  );
}
