import { isAppError, type Locale } from '../../core/errors';

/** The CLI speaks Chinese when the operator's locale is Chinese, English otherwise. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** One clear line for an operator: what went wrong (and, in the message, what to do). */
export function formatCliError(error: unknown, locale: Locale = cliLocale()): string {
  if (isAppError(error)) return `zjsc: ${error.localizedMessage(locale)} [${error.code}]`;
  const message = error instanceof Error ? error.message : String(error);
  return `zjsc: ${locale === 'zh-CN' ? '意外错误' : 'unexpected error'}: ${message}`;
}
