/** 请求语境 — the caller's language (Accept-Language) and "today" in Shanghai, the default day of every question. */
import type { FastifyRequest } from 'fastify';
import { shanghaiDate } from '../../../core/calendar';
import type { RuleLocale } from '../../../core/rules';
import { pickLocale } from '../../platform/http/locale';

export function localeOf(request: FastifyRequest): RuleLocale {
  return pickLocale(request.headers['accept-language']);
}

export function todayInShanghai(): string {
  return shanghaiDate(new Date());
}
