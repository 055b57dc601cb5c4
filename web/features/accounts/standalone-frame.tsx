import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BrandMark } from '../../app/layout/brand';
import { LanguageToggle } from '../../app/layout/language-toggle';
import { navy, primaryBlue } from '../../app/theme';

/**
 * The frame of the pages one sees before signing in (login, enterprise registration): the product on a navy
 * backdrop, the language switch, and the page's card in the middle.
 */
export function StandaloneFrame({ children, width = 440 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: `radial-gradient(circle at 85% 10%, rgba(59,130,246,0.35), transparent 45%), linear-gradient(150deg, ${navy} 0%, #12356a 55%, ${primaryBlue} 100%)`,
      }}
    >
      <Flex component="header" align="center" justify="space-between" style={{ padding: '18px 32px' }}>
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <BrandMark size={36} />
          <span style={{ lineHeight: 1.25 }}>
            <span style={{ display: 'block', color: '#fff', fontSize: 17, fontWeight: 600, letterSpacing: 1 }}>
              {t('app.brandTitle')}
            </span>
            <span style={{ display: 'block', color: 'rgba(255,255,255,0.65)', fontSize: 12 }}>{t('app.brandTagline')}</span>
          </span>
        </Link>
        <div style={{ background: 'rgba(255,255,255,0.92)', borderRadius: 8, padding: '4px 10px' }}>
          <LanguageToggle />
        </div>
      </Flex>
      <main style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '24px 16px 40px' }}>
        <div style={{ width: '100%', maxWidth: width }}>{children}</div>
      </main>
      <footer style={{ textAlign: 'center', padding: '0 16px 20px' }}>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.55)', fontSize: 12 }}>{t('auth.footer')}</Typography.Text>
      </footer>
    </div>
  );
}
