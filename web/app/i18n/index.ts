import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import { currentLanguage, defaultLanguage, readStoredLanguage } from './language';
import zhCN from './zh-CN';

const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

// Screen readers, fonts and the browser's translate offer follow <html lang>, so it tracks the UI language.
i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

// Resources are bundled, so initialisation is synchronous and the first render already has its strings.
void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: ['zh-CN', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
});
