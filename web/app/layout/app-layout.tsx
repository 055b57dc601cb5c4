import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Skeleton, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { findModuleByPath } from '../modules';
import { Brand } from './brand';
import { LanguageToggle } from './language-toggle';
import { NavMenu } from './nav-menu';
import { StatusBar } from './status-bar';

const siderWidth = 232;

/** The frame of every page: side menu, header with product name and language, content, status footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [isCollapsed, setCollapsed] = useState(false);
  const current = findModuleByPath(pathname);

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
          {current && current.key !== 'home' && (
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              / {t(`nav.${current.key}`)}
            </Typography.Text>
          )}
          <div style={{ flex: 1 }} />
          <LanguageToggle />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main style={{ maxWidth: 1440, margin: '0 auto' }}>
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
