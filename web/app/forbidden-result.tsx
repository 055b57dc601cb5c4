import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** A page the acting unit holds no permission for: says so, and that another unit may have it. */
export function ForbiddenResult() {
  const { t } = useTranslation();
  return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbiddenBody')} data-testid="forbidden" />;
}
