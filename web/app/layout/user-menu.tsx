import { LoginOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Divider, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { loginPathFor } from '../auth/return-path';
import { primaryBlue } from '../theme';
import { ActingUnitSwitch } from './acting-unit-switch';

/** The right of the header: the acting unit and the user's menu (profile, sign out), or a sign-in button. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { me, state, signOut } = useAuth();

  if (!me) {
    if (state.status === 'checking') return null;
    const here = `${location.pathname}${location.search}`;
    return (
      <Button type="primary" icon={<LoginOutlined />} data-testid="sign-in" onClick={() => void navigate(loginPathFor(here))}>
        {t('auth.signIn')}
      </Button>
    );
  }

  return (
    <Space size={12} style={{ lineHeight: 1.4 }} separator={<Divider orientation="vertical" style={{ margin: 0 }} />}>
      <ActingUnitSwitch />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'profile', icon: <UserOutlined />, label: t('auth.profile'), onClick: () => void navigate('/profile') },
            { type: 'divider' },
            { key: 'sign-out', icon: <LogoutOutlined />, label: t('auth.signOut'), danger: true, onClick: () => void signOut() },
          ],
        }}
      >
        <Button type="text" data-testid="user-menu" style={{ paddingInline: 6, height: 40 }}>
          <Space size={8}>
            <Avatar size={28} style={{ background: primaryBlue }} icon={<UserOutlined />} />
            <Typography.Text strong style={{ maxWidth: 180 }} ellipsis>
              {me.user.displayName}
            </Typography.Text>
          </Space>
        </Button>
      </Dropdown>
    </Space>
  );
}
