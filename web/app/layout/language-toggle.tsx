import { GlobalOutlined } from '@ant-design/icons';
import { Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, isLanguage } from '../i18n/language';

/** 中文 / EN switch in the header; the choice is remembered in this browser. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const value = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : currentLanguage();
  return (
    <Space size={6} data-testid="language-toggle">
      <GlobalOutlined style={{ color: 'rgba(0,0,0,0.45)' }} aria-hidden />
      <Segmented
        size="small"
        aria-label={t('language.label')}
        value={value}
        options={[
          { label: <span lang="zh-CN">{t('language.zh')}</span>, value: 'zh-CN' },
          { label: <span lang="en">{t('language.en')}</span>, value: 'en' },
        ]}
        onChange={(next) => {
          if (isLanguage(next)) void chooseLanguage(next);
        }}
      />
    </Space>
  );
}
