import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { hasAnyPermission } from '../../app/auth/me';
import { ForbiddenResult } from '../../app/forbidden-result';
import { accountsPages, type AccountsPageKey } from '../../app/modules';
import { PageHeader } from '../../app/page-header';
import { usePageTitle } from '../../app/use-page-title';
import { GrantsTab } from './grants/grants-tab';
import { RegistrationsTab } from './registrations/registrations-tab';
import { RolesTab } from './roles/roles-tab';
import { UnitsTab } from './units/units-tab';
import { UsersTab } from './users/users-tab';

const tabs: Record<AccountsPageKey, ReactNode> = {
  users: <UsersTab />,
  registrations: <RegistrationsTab />,
  units: <UnitsTab />,
  roles: <RolesTab />,
  grants: <GrantsTab />,
};

/**
 * 账号与权限 — users, the registration queue, units, roles and grants, one tab each at /accounts/<tab>. A tab shows
 * when the acting unit holds its permission; what can be done to each row comes with the row.
 */
export function AccountsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const allowed = accountsPages.filter((page) => hasAnyPermission(me, [page.permission]));
  const current = pathname.split('/')[2] ?? '';
  usePageTitle(t('nav.accounts'));

  if (allowed.length === 0) return <ForbiddenResult />;

  return (
    <div data-testid="accounts">
      <PageHeader title={t('nav.accounts')} description={t('accounts.description')} />
      <Tabs
        activeKey={current}
        onChange={(key) => void navigate(`/accounts/${key}`)}
        items={allowed.map((page) => ({ key: page.key, label: <span data-testid={`tab-${page.key}`}>{t(`accounts.tabs.${page.key}`)}</span> }))}
        style={{ marginBottom: 4 }}
      />
      <Routes>
        <Route index element={<Navigate to={allowed[0]!.key} replace />} />
        {accountsPages.map((page) => (
          <Route key={page.key} path={page.key} element={allowed.includes(page) ? tabs[page.key] : <ForbiddenResult />} />
        ))}
        <Route path="*" element={<Navigate to={`/accounts/${allowed[0]!.key}`} replace />} />
      </Routes>
    </div>
  );
}
