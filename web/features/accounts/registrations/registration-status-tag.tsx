import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegistrationStatus } from '../accounts-api';

const colours: Record<RegistrationStatus, string> = { pending: 'orange', verified: 'green', rejected: 'red' };

/** 审核状态 of an enterprise registration. */
export function RegistrationStatusTag({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`accounts.registrationStatus.${status}`)}</Tag>;
}
