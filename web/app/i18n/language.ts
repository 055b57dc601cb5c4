import i18n from 'i18next';

/** 界面语言 — the languages the UI is offered in; zh-CN is the default. */
export type Language = 'zh-CN' | 'en';

export const defaultLanguage: Language = 'zh-CN';

// The key is namespaced so another app on the same origin cannot clash with it.
const storageKey = 'zjsc.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}

/** The language chosen earlier in this browser, or the default. Storage may be blocked (privacy modes). */
export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

/** Switches the UI language and remembers the choice for the next visit. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  await i18n.changeLanguage(language);
}

/** The language the UI is showing now; API calls send it as Accept-Language. */
export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(resolved) ? resolved : defaultLanguage;
}
