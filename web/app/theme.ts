import type { ThemeConfig } from 'antd';
import type { Language } from './i18n/language';

/** 政务蓝 — a sober blue on light grey, with a deep navy side menu, as government back-offices expect. */
export const navy = '#0c2548';
export const primaryBlue = '#1f5fd1';

const baseTheme: ThemeConfig = {
  token: {
    colorPrimary: primaryBlue,
    colorInfo: primaryBlue,
    colorBgLayout: '#f2f4f8',
    borderRadius: 6,
  },
  components: {
    Layout: {
      siderBg: navy,
      headerBg: '#ffffff',
      headerHeight: 60,
      headerPadding: '0 24px',
      footerPadding: '12px 24px',
      footerBg: 'transparent',
    },
    Menu: {
      darkItemBg: navy,
      darkSubMenuItemBg: navy,
      darkPopupBg: navy,
      darkItemSelectedBg: primaryBlue,
      darkGroupTitleColor: 'rgba(255, 255, 255, 0.45)',
      itemHeight: 42,
    },
    Card: {
      headerFontSize: 15,
    },
    Statistic: {
      contentFontSize: 30,
    },
  },
};

const cjkFonts = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC"';
const systemFonts = '-apple-system, BlinkMacSystemFont, "Segoe UI"';
const latinFonts = 'Roboto, "Helvetica Neue", Arial, "Noto Sans"';

// Chinese text wants its CJK font early (full-width punctuation is right there); English wants Latin fonts
// first, or its quotes and apostrophes come out full-width from the CJK font.
const fontFamilies: Record<Language, string> = {
  'zh-CN': `${systemFonts}, ${cjkFonts}, ${latinFonts}, sans-serif`,
  en: `${systemFonts}, ${latinFonts}, ${cjkFonts}, sans-serif`,
};

/** The Ant Design theme for the UI language. */
export function themeFor(language: Language): ThemeConfig {
  return { ...baseTheme, token: { ...baseTheme.token, fontFamily: fontFamilies[language] } };
}
