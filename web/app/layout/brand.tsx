import { useTranslation } from 'react-i18next';
import { primaryBlue } from '../theme';

/** The product mark at the top of the side menu; only the emblem remains when the menu is collapsed. */
export function Brand({ isCollapsed }: { isCollapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        height: 60,
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        padding: isCollapsed ? '0 0 0 24px' : '0 20px',
        borderBottom: '1px solid rgba(255,255,255,0.08)',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      }}
    >
      <BrandMark size={30} />
      {!isCollapsed && (
        <div style={{ lineHeight: 1.25 }}>
          <div style={{ color: '#fff', fontSize: 16, fontWeight: 600, letterSpacing: 1 }}>{t('app.brandTitle')}</div>
          <div style={{ color: 'rgba(255,255,255,0.55)', fontSize: 12 }}>{t('app.brandTagline')}</div>
        </div>
      )}
    </div>
  );
}

/** The product emblem alone: a hexagon with a Z, in the platform blue. */
export function BrandMark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ flex: 'none' }}>
      <path d="M16 1.5 29 9v14L16 30.5 3 23V9z" fill={primaryBlue} />
      <path d="M16 1.5 29 9v14L16 30.5z" fill="#3b82f6" opacity="0.55" />
      <path d="M10 10.5h12l-12 11h12" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinejoin="round" />
    </svg>
  );
}
