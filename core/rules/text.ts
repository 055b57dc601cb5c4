/** 双语文本 — a label or message in Chinese and English. */
export interface Text {
  zh: string;
  en: string;
}

export type RuleLocale = 'zh-CN' | 'en';

export function pickText(text: Text, locale: RuleLocale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
