import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "page — product", so tabs and history entries are told apart. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const productName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${productName}` : productName;
  }, [pageTitle, productName]);
}
