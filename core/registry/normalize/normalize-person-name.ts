/**
 * 人名规范化 — a legal representative's (法定代表人) or person in charge's name as sources agree on it: width folded,
 * spacing removed, the separator dots of minority and foreign names (· • ・ .) unified, Latin letters upper-cased
 * with single spaces, and titles (先生/女士) dropped.
 */
import { foldWidth } from './fold-width';

export function normalizePersonName(input: string): string | null {
  let text = foldWidth(input).trim();
  if (/[A-Za-z]/.test(text) && !/[\u4e00-\u9fff]/.test(text)) {
    const latin = text.toUpperCase().replace(/[^A-Z\s'-]/g, ' ').replace(/\s+/g, ' ').trim();
    return latin === '' ? null : latin;
  }
  text = text.replace(/[·•・.．‧]/g, '·').replace(/\s+/g, '').replace(/(?:先生|女士|同志)$/, '');
  text = text.replace(/^[·]+|[·]+$/g, '');
  return text === '' || /^[-—/\\无空]+$/.test(text) ? null : text;
}
