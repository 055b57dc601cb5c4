import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './i18n/language';

/** 双语名称 — anything the server names in Chinese and, where known, in English. */
export interface Named {
  name: string;
  nameEn?: string | null;
}

/** Chooses between a Chinese text and its English version; Chinese stands in where no English exists yet. */
export function pickText(language: Language, zh: string, en?: string | null): string {
  return language === 'en' && en ? en : zh;
}

/** Helpers bound to the current UI language, for server data that carries both names. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'zh-CN';
  return {
    language,
    name: (item: Named) => pickText(language, item.name, item.nameEn),
    text: (zh: string, en?: string | null) => pickText(language, zh, en),
  };
}
