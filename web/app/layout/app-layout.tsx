import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Alert, Button, Layout, Skeleton, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { findModuleByPath } from '../modules';
import { Brand } from './brand';
import { LanguageToggle } from './language-toggle';
import { NavMenu } from './nav-menu';
import { StatusBar } from './status-bar';
import { UserMenu } from './user-menu';

const siderWidth = 232;

/**
 * The frame of every page: side menu, header with product name, language and the user (acting unit, profile, sign
 * out), content, status footer. The content is keyed by user and acting unit, so switching the unit reloads the
 * page's data for it.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [isCollapsed, setCollapsed] = useState(false);
  const current = findModuleByPath(pathname);
  const { me } = useAuth();
  const crumb = current && current.key !== 'home' ? t(`nav.${current.key}`) : pathname === '/profile' ? t('auth.profile') : null;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={siderWidth}
        collapsible
        collapsed={isCollapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        trigger={null}
      >
        {/* The navy column spans the whole page; the menu inside it stays in view while the page scrolls. */}
        <div style={{ position: 'sticky', top: 0, maxHeight: '100vh', overflowY: 'auto' }}>
          <Brand isCollapsed={isCollapsed} />
          <nav aria-label={t('app.name')}>
            <NavMenu isCollapsed={isCollapsed} />
          </nav>
        </div>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            position: 'sticky',
            top: 0,
            zIndex: 10,
            boxShadow: '0 1px 4px rgba(12, 37, 72, 0.08)',
          }}
        >
          <Button
            type="text"
            aria-label={t(isCollapsed ? 'nav.expand' : 'nav.collapse')}
            icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!isCollapsed)}
          />
          <Typography.Title level={1} style={{ fontSize: 17, margin: 0, whiteSpace: 'nowrap' }} data-testid="product-name">
            {t('app.name')}
          </Typography.Title>
          {crumb && (
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              / {crumb}
            </Typography.Text>
          )}
          <div style={{ flex: 1 }} />
          <LanguageToggle />
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main style={{ maxWidth: 1440, margin: '0 auto' }} key={me ? `${me.user.id}:${me.actingUnit?.id ?? ''}` : 'anonymous'}>
            {me?.user.mustChangePassword && pathname !== '/profile' && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="must-change-password"
                title={t('auth.mustChangePassword')}
                action={<Link to="/profile">{t('auth.changeNow')}</Link>}
              />
            )}
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
        <Layout.Footer>
          <StatusBar />
        </Layout.Footer>
      </Layout>
      {/* A new page starts at its top; back and forward return to where the reader was. */}
      <ScrollRestoration />
    </Layout>
  );
}
