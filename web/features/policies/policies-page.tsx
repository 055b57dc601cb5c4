import { Skeleton } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { hasAnyPermission } from '../../app/auth/me';
import { RequireAuth } from '../../app/auth/require-auth';
import { ForbiddenResult } from '../../app/forbidden-result';
import { NotFoundPage } from '../../app/not-found-page';
import { Permission } from '../../app/permissions';
import { CataloguePage } from './catalogue/catalogue-page';
import { PolicyDetailPage } from './detail/policy-detail-page';
import { MatchingPage } from './matching/matching-page';
import { SelfCheckPage } from './self-check/self-check-page';

// Charts arrive only with the simulation page, so the public catalogue and self-check stay light.
const SimulationPage = lazy(() => import('./simulation/simulation-page').then((m) => ({ default: m.SimulationPage })));

/**
 * 政策 — the policies module. The catalogue, a policy and its self-check are public (an anonymous visitor may use
 * them); matching and simulation need a session and the acting unit's permission.
 */
export function PoliciesPage() {
  return (
    <Routes>
      <Route index element={<CataloguePage />} />
      <Route element={<RequireAuth />}>
        <Route path="matching/:policyId?" element={<Guarded permission={Permission.PolicyMatch} page={<MatchingPage />} />} />
        <Route
          path="simulation/:policyId?"
          element={
            <Guarded
              permission={Permission.PolicySimulate}
              page={
                <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>
                  <SimulationPage />
                </Suspense>
              }
            />
          }
        />
      </Route>
      <Route path=":policyId" element={<PolicyDetailPage />} />
      <Route path=":policyId/self-check" element={<SelfCheckPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function Guarded({ permission, page }: { permission: Permission; page: ReactNode }) {
  const { me } = useAuth();
  return hasAnyPermission(me, [permission]) ? page : <ForbiddenResult />;
}
