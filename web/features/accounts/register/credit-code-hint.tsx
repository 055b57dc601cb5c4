import { CheckCircleFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkCreditCode } from '../../../../core/registry/credit-code';
import { useLocalized } from '../../../app/localized';

/** Under the credit code field: the 18-character rule while typing, what the code says once it is valid. */
export function CreditCodeHint({ value }: { value: string | undefined }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const check = value ? checkCreditCode(value) : undefined;
  if (!check?.valid) return <span>{t('auth.register.creditCodeHelp')}</span>;
  return (
    <Typography.Text type="success" data-testid="credit-code-valid">
      <CheckCircleFilled />{' '}
      {t('auth.register.creditCodeDecoded', {
        authority: check.authority.zh ? text(check.authority.zh, check.authority.en) : check.authority.code,
        type: check.entityType.zh ? text(check.entityType.zh, check.entityType.en) : check.entityType.code,
        area: check.areaCode,
      })}
    </Typography.Text>
  );
}
