import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { Permission } from '../../../app/permissions';

export type PoliciesSection = 'catalogue' | 'matching' | 'simulation';

const sections: { key: PoliciesSection; path: string; permission?: Permission }[] = [
  { key: 'catalogue', path: '/policies' },
  { key: 'matching', path: '/policies/matching', permission: Permission.PolicyMatch },
  { key: 'simulation', path: '/policies/simulation', permission: Permission.PolicySimulate },
];

/**
 * The sections of the policies module for officers: the public catalogue, matching and simulation (each shown
 * when the acting unit holds its permission). A visitor with neither sees no tabs, only the catalogue. Moving
 * between matching and simulation keeps the policy in view.
 */
export function PoliciesTabs({ active, policyId }: { active: PoliciesSection; policyId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const allowed = sections.filter((section) => !section.permission || hasAnyPermission(me, [section.permission]));
  if (allowed.length < 2) return null;
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => {
        const section = allowed.find((s) => s.key === key)!;
        void navigate(section.key !== 'catalogue' && policyId ? `${section.path}/${policyId}` : section.path);
      }}
      items={allowed.map((section) => ({ key: section.key, label: <span data-testid={`policies-tab-${section.key}`}>{t(`policies.tabs.${section.key}`)}</span> }))}
      style={{ marginBottom: 4 }}
    />
  );
}
