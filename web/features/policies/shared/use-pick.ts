import { useLocalized } from '../../../app/localized';
import type { Text } from '../policies-api';

/** The policy texts (`{ zh, en }`) in the UI language, and the language itself for formatting. */
export function usePick() {
  const { language } = useLocalized();
  return { language, pick: (text: Text) => (language === 'en' ? text.en : text.zh) };
}
