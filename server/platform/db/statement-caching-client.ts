/**
 * 语句缓存 — a pg Client that prepares each parameterised query once per connection (named by a hash of its text)
 * instead of having PostgreSQL parse and plan it on every call. For the short queries of an API (a page, a count,
 * an identity) planning cost more than executing: a units page planned in 0.3–1.1 ms and ran in 0.2 ms.
 *
 * Only queries with parameters are named (a text without them may be DDL or several statements), and each
 * connection keeps at most MAX_STATEMENTS of them, so generated texts (multi-row inserts of varying length) cannot
 * fill a backend's memory: past the limit, queries run unnamed as before.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

const MAX_STATEMENTS = 500;
const MAX_TEXT_LENGTH = 16_384;
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `s_${createHash('sha1').update(text).digest('hex')}`;
    if (names.size < 10 * MAX_STATEMENTS) names.set(text, name);
  }
  return name;
}

export class StatementCachingClient extends pg.Client {
  readonly preparedNames = new Set<string>();
}

const baseQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;

StatementCachingClient.prototype.query = function query(this: StatementCachingClient, ...args: unknown[]) {
  const [text, values] = args;
  if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && text.length <= MAX_TEXT_LENGTH) {
    const name = statementName(text);
    if (this.preparedNames.has(name) || this.preparedNames.size < MAX_STATEMENTS) {
      this.preparedNames.add(name);
      args[0] = { name, text };
    }
  }
  return baseQuery.apply(this, args);
} as typeof pg.Client.prototype.query;
