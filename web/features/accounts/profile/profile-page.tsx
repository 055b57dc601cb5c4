import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { PageHeader } from '../../../app/page-header';
import { Permission } from '../../../app/permissions';
import { usePageTitle } from '../../../app/use-page-title';
import { AccountCard } from './account-card';
import { ChangePasswordCard } from './change-password-card';
import { SessionsCard } from './sessions-card';
import { TokensCard } from './tokens-card';

/** 个人中心 — one's account and units, password, signed-in browsers and API tokens. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  usePageTitle(t('auth.profile'));
  if (!me) return null;

  return (
    <div data-testid="profile">
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <AccountCard me={me} />
        </Col>
        <Col xs={24} xl={14}>
          <ChangePasswordCard me={me} />
        </Col>
        <Col span={24}>
          <SessionsCard />
        </Col>
        {hasAnyPermission(me, [Permission.TokenManage]) && (
          <Col span={24}>
            <TokensCard me={me} />
          </Col>
        )}
      </Row>
    </div>
  );
}
