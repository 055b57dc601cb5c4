import type zhCN from './zh-CN';

// Types `t('home.counts.towns')` against the Chinese catalogue, so a misspelt key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
