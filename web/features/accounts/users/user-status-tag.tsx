import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../accounts-api';

const colours: Record<UserStatus, string> = { active: 'green', disabled: 'default', pending: 'orange' };

/** 用户状态 — active, disabled, or waiting for its registration to be verified. */
export function UserStatusTag({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`accounts.userStatus.${status}`)}</Tag>;
}
