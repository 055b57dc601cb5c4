import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { AuthProvider } from './auth/auth-provider';
import { RequireAuth } from './auth/require-auth';
import { AppLayout } from './layout/app-layout';
import { PageError } from './layout/page-error';
import { NotFoundPage } from './not-found-page';

// Each page is its own chunk: the shell stays small, and a module's heavy libraries (map, charts) load with it.
const HomePage = lazy(() => import('../features/home/home-page').then((m) => ({ default: m.HomePage })));
const TerritoryPage = lazy(() =>
  import('../features/territory/territory-page').then((m) => ({ default: m.TerritoryPage })),
);
const RegistryPage = lazy(() => import('../features/registry/registry-page').then((m) => ({ default: m.RegistryPage })));
const PoliciesPage = lazy(() => import('../features/policies/policies-page').then((m) => ({ default: m.PoliciesPage })));
const CasesPage = lazy(() => import('../features/cases/cases-page').then((m) => ({ default: m.CasesPage })));
const ApprovalsPage = lazy(() =>
  import('../features/approvals/approvals-page').then((m) => ({ default: m.ApprovalsPage })),
);
const ProjectsPage = lazy(() => import('../features/projects/projects-page').then((m) => ({ default: m.ProjectsPage })));
const MeetingsPage = lazy(() => import('../features/meetings/meetings-page').then((m) => ({ default: m.MeetingsPage })));
const InvestmentPage = lazy(() =>
  import('../features/investment/investment-page').then((m) => ({ default: m.InvestmentPage })),
);
const AccountsPage = lazy(() => import('../features/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })));
const AuditPage = lazy(() => import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const ProfilePage = lazy(() => import('../features/accounts/profile/profile-page').then((m) => ({ default: m.ProfilePage })));
const LoginPage = lazy(() => import('../features/accounts/login/login-page').then((m) => ({ default: m.LoginPage })));
const RegisterPage = lazy(() =>
  import('../features/accounts/register/register-page').then((m) => ({ default: m.RegisterPage })),
);

// Module paths end in /* so that each module can grow its own sub-pages without touching this file. The home page
// is public (the zone summary is public content); every module page needs a session, except the policies module,
// whose catalogue and self-check serve anonymous visitors (it guards its officers' pages itself).
const pages: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'policies/*', element: <PoliciesPage /> },
  {
    element: <RequireAuth />,
    children: [
      { path: 'territory/*', element: <TerritoryPage /> },
      { path: 'registry/*', element: <RegistryPage /> },
      { path: 'cases/*', element: <CasesPage /> },
      { path: 'approvals/*', element: <ApprovalsPage /> },
      { path: 'projects/*', element: <ProjectsPage /> },
      { path: 'meetings/*', element: <MeetingsPage /> },
      { path: 'investment/*', element: <InvestmentPage /> },
      { path: 'accounts/*', element: <AccountsPage /> },
      { path: 'audit/*', element: <AuditPage /> },
      { path: 'profile', element: <ProfilePage /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];

// Sign-in and registration stand alone, without the menu; the auth provider sits above both so that every page
// shares one session.
export const router = createBrowserRouter([
  {
    element: (
      <AuthProvider>
        <Outlet />
      </AuthProvider>
    ),
    errorElement: <PageError />,
    children: [
      { path: '/login', element: <StandalonePage page={<LoginPage />} /> },
      { path: '/register', element: <StandalonePage page={<RegisterPage />} /> },
      {
        path: '/',
        element: <AppLayout />,
        // The pathless child keeps the menu and header on screen when one page fails.
        children: [{ errorElement: <PageError />, children: pages }],
      },
    ],
  },
]);

function StandalonePage({ page }: { page: ReactNode }) {
  return <Suspense fallback={null}>{page}</Suspense>;
}
